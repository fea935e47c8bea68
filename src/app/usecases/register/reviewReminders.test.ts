import { asClassTeamId, fixedClock, UK_TIME_ZONE } from '../../../domain';
import { buildRegisterRows } from './registerRows';
import { classesToRemind, reminderSummaryText, summariseReminders } from './reviewReminders';
import { currentPlan, meetingFor, registerPupil } from './testing/registerFixtures';

const clock = fixedClock('2026-12-03T10:00:00Z');

test('each class is reminded of its overdue reviews and those due in 14 days, not of booked or later ones', () => {
  const late = registerPupil('1', { classTeamId: 'team-4b' });
  const soon = registerPupil('2', { classTeamId: 'team-4b' });
  const lateElsewhere = registerPupil('3', { classTeamId: 'team-5a' });
  const bookedLate = registerPupil('4', { classTeamId: 'team-5a' });
  const later = registerPupil('5', { classTeamId: 'team-6c' });
  const noPlan = registerPupil('6', { classTeamId: 'team-6c' });
  const bookedPlan = currentPlan(bookedLate, '2026-11-01');
  const rows = buildRegisterRows(
    {
      pupils: [late, soon, lateElsewhere, bookedLate, later, noPlan],
      plans: [
        currentPlan(late, '2026-11-30'),
        currentPlan(soon, '2026-12-17'),
        currentPlan(lateElsewhere, '2026-10-01'),
        bookedPlan,
        currentPlan(later, '2026-12-18'),
      ],
      booked: [meetingFor(bookedPlan, '2026-12-08T09:00:00Z')],
    },
    clock,
    UK_TIME_ZONE,
  );
  expect(classesToRemind(rows)).toEqual([
    { classTeamId: 'team-4b', pupilCount: 2 },
    { classTeamId: 'team-5a', pupilCount: 1 },
  ]);
});

test('the result says who was reached and what to do about the rest', () => {
  const summary = summariseReminders([
    { classTeamId: asClassTeamId('a'), reached: 2, failed: 0, teachersKnown: true },
    { classTeamId: asClassTeamId('b'), reached: 0, failed: 1, teachersKnown: true },
    { classTeamId: asClassTeamId('c'), reached: 0, failed: 0, teachersKnown: false },
    { classTeamId: asClassTeamId('d'), reached: 0, failed: 0, teachersKnown: true },
  ]);
  expect(reminderSummaryText(summary)).toBe(
    'Reminders reached 2 teachers. 1 reminder was not delivered: check that IEP Planner is added to those class teams, then send again. ' +
      'The teachers of 1 class could not be looked up: check you are a member of those class teams, then send again. ' +
      '1 class team has no owner other than you: make the class teacher an owner of the team in Teams.',
  );
});
