import { fixedClock, UK_TIME_ZONE } from '../../../domain';
import { countRegister } from './registerCounts';
import { buildRegisterRows } from './registerRows';
import { currentPlan, meetingFor, registerPupil } from './testing/registerFixtures';

const clock = fixedClock('2026-12-03T10:00:00Z');

test('counts pupils by provision and by how their review stands, a booked review only as booked', () => {
  const onSupport = registerPupil('1', { senStatus: 'K' });
  const withPlan = registerPupil('2', { senStatus: 'E', primaryNeed: 'ASD' });
  const bookedLate = registerPupil('3', { senStatus: 'E', primaryNeed: 'SLD' });
  const dueSoon = registerPupil('4', { senStatus: 'K' });
  const monitored = registerPupil('5', { senStatus: 'N', primaryNeed: null });
  const bookedPlan = currentPlan(bookedLate, '2026-11-01');
  const rows = buildRegisterRows(
    {
      pupils: [onSupport, withPlan, bookedLate, dueSoon, monitored],
      plans: [
        currentPlan(onSupport, '2026-11-30'),
        currentPlan(withPlan, '2027-01-20'),
        bookedPlan,
        currentPlan(dueSoon, '2026-12-17'),
      ],
      booked: [meetingFor(bookedPlan, '2026-12-08T09:00:00Z')],
    },
    clock,
    UK_TIME_ZONE,
  );
  expect(countRegister(rows)).toEqual({
    pupils: 5,
    senSupport: 2,
    statutoryPlan: 2,
    overdue: 1,
    dueSoon: 1,
    booked: 1,
  });
});

test('an empty register counts nothing', () => {
  expect(countRegister([])).toEqual({
    pupils: 0,
    senSupport: 0,
    statutoryPlan: 0,
    overdue: 0,
    dueSoon: 0,
    booked: 0,
  });
});
