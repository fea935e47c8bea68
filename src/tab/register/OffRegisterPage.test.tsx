import { render, screen, within } from '@testing-library/react';
import { asClassTeamId, type Pupil } from '../../domain';
import { fakeServices } from '../../../test/support/fakeServices';
import { createInMemoryIepStore } from '../../../test/support/inMemoryIepStore';
import { planFor } from '../../../test/integration/support/pupils';
import { OffRegisterPage } from './OffRegisterPage';
import { PupilPage } from './PupilPage';
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
      ['Tomos Bevan', 'Year 4 Otters', 'No longer needs SEN support', 'Unknown: no date of birth recorded'],
      [
        'Maja Kowalczyk',
        'Year 4 Otters',
        'Left the school on 23/10/2026',
        'Unknown: no date of birth recorded',
      ],
    ]);
    expect(screen.getByText(/2 pupils have no date of birth recorded/)).toBeTruthy();
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

describe("records past the school's retention period", () => {
  // The day of the tests is 24/11/2026 (fakeServices TEST_NOW).
  const leavers = async () => {
    const store = createInMemoryIepStore();
    const pupils = (await store.addPupils(
      [
        ['Aled', 'Jones', '2000-01-10'],
        ['Bea', 'Okafor', '2001-11-24'],
        ['Cai', 'Morgan', '2001-11-25'],
      ].map(([givenName, familyName, dateOfBirth]) => ({
        givenName: givenName as string,
        familyName: familyName as string,
        dateOfBirth: dateOfBirth as string,
        classTeamId: OTTERS,
        className: 'Year 11 Otters',
        yearGroup: 'Year 11',
        senStatus: 'K' as const,
        primaryNeed: 'SPLD' as const,
      })),
    )) as [Pupil, Pupil, Pupil];
    for (const pupil of pupils) {
      await store.createPlan({ pupil, plan: planFor(pupil, 1) });
      await store.updatePupil({ ...pupil, registerStatus: 'left', leftOn: '2018-07-20' }, pupil);
    }
    return { store, pupils };
  };

  it('leaves out pupils past it, from the day they reach the age, and says how many are due for deletion', async () => {
    const { store } = await leavers();
    render(<OffRegisterPage services={fakeServices({ store })} />);

    const table = await screen.findByRole('table', { name: 'Pupils no longer on the SEN register' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(
      rows.map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.textContent),
      ),
    ).toEqual([['Cai Morgan', 'Year 11 Otters', 'Left the school on 20/07/2018', '25/11/2026']]);
    expect(
      screen.getByText(
        /^2 pupils' records are past the school's retention period \(until the age of 25\) and are not shown\. They are due for deletion under the school's records policy\.$/,
      ),
    ).toBeTruthy();
    expect(screen.queryByText(/Aled|Bea/)).toBeNull();
  });

  it("follows the school's own figure", async () => {
    const { store } = await leavers();
    render(<OffRegisterPage services={fakeServices({ store, retainUntilAgeYears: 31 })} />);
    const table = await screen.findByRole('table', { name: 'Pupils no longer on the SEN register' });
    expect(within(table).getAllByRole('row').slice(1)).toHaveLength(3);
    expect(screen.queryByText(/past the school's retention period/)).toBeNull();
  });

  it("a past pupil's page says the records are due for deletion, and shows none of them", async () => {
    const { store, pupils } = await leavers();
    const [aled] = pupils;
    const services = fakeServices({ store, listMyClasses: () => Promise.resolve([]) });
    render(<PupilPage services={services} pupilId={aled.id} />);
    expect(await screen.findByRole('heading', { level: 1, name: 'Aled Jones' })).toBeTruthy();
    expect(
      screen.getByText(
        "These records are past the school's retention period and are due for deletion under the school's records policy.",
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('link', { name: /Version 1/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /Download everything held/ })).toBeNull();
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(services.calls.listPupilPlans).toBeUndefined();
  });
});
