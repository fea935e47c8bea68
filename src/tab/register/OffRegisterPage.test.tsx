import { render, screen, within } from '@testing-library/react';
import { asClassTeamId, type Pupil } from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { planFor } from '../../../test/integration/support/pupils';
import { OffRegisterPage } from './OffRegisterPage';
import { PupilPlans } from './PupilPlans';

const OTTERS = asClassTeamId('team-otters');

const register = async () => {
  const store = createInMemoryIepStore();
  const [maja, tomos, ruby] = (await store.addPupils(
    ['Maja', 'Tomos', 'Ruby'].map((givenName, n) => ({
      givenName,
      familyName: ['Kowalczyk', 'Bevan', 'Adeyemi'][n] as string,
      classTeamId: OTTERS,
      className: 'Year 4 Otters',
      yearGroup: 'Year 4',
      senStatus: 'K' as const,
      primaryNeed: 'SPLD' as const,
    })),
  )) as [Pupil, Pupil, Pupil];
  const plan = await store.createPlan({ pupil: maja, plan: planFor(maja, 1) });
  await store.updatePupil({ ...maja, registerStatus: 'left', leftOn: '2026-10-23' }, maja);
  await store.updatePupil({ ...tomos, registerStatus: 'no-longer-sen' }, tomos);
  return { store, maja, ruby, plan };
};

describe('pupils no longer on the register', () => {
  it('lists who left and who no longer needs support, and not pupils still on the register', async () => {
    const { store } = await register();
    render(<OffRegisterPage services={fakeServices({ store })} />);

    const table = await screen.findByRole('table', { name: 'Pupils no longer on the SEN register' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([
      ['Tomos Bevan', 'Year 4 Otters', 'No longer needs SEN support'],
      ['Maja Kowalczyk', 'Year 4 Otters', 'Left the school on 23/10/2026'],
    ]);
  });

  it("lists a pupil's plan versions, a closed one as a read-only record linked to its page", async () => {
    const { store, maja, ruby, plan } = await register();
    const { unmount } = render(<PupilPlans store={store} pupilId={maja.id} />);

    const link = await screen.findByRole('link', { name: 'Version 1 (closed, a read-only record)' });
    expect(link.getAttribute('href')).toBe(`#/plan/${plan.id}`);
    expect(screen.getByText(', written in Year 4 Otters')).toBeTruthy();
    unmount();

    render(<PupilPlans store={store} pupilId={ruby.id} />);
    expect(await screen.findByText('No plan has been written for this pupil yet.')).toBeTruthy();
  });
});
