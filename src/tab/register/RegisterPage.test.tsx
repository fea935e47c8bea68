import { fireEvent, render, screen, within } from '@testing-library/react';
import { asClassTeamId, type SchoolRegister } from '../../domain';
import { fakeServices, planSummary, pupil } from '../../../test/support/fakeServices';
import { RegisterPage } from './RegisterPage';

const OWLS = asClassTeamId('team-owls');
const ruby = pupil({
  id: 'p1',
  givenName: 'Ruby',
  familyName: 'Adeyemi',
  yearGroup: 'Year 4',
  senStatus: 'K',
});
const tomos = pupil({
  id: 'p2',
  givenName: 'Tomos',
  familyName: 'Bevan',
  yearGroup: 'Year 5',
  className: 'Year 5 Owls',
  classTeamId: OWLS,
  senStatus: 'E',
  primaryNeed: 'ASD',
});
const zara = pupil({ id: 'p3', givenName: 'Zara', familyName: 'Ali', yearGroup: 'Year 4', senStatus: 'K' });
const noPlan = pupil({
  id: 'p4',
  givenName: 'Alfie',
  familyName: 'Cole',
  yearGroup: 'Year 6',
  senStatus: 'K',
});

/** The day of the tests is 24/11/2026: Zara's review is overdue, Tomos's is due soon and booked. */
const REGISTER: SchoolRegister = {
  pupils: [ruby, tomos, zara, noPlan],
  plans: [
    planSummary(ruby, { nextReviewDate: '2027-03-01' }),
    planSummary(tomos, { nextReviewDate: '2026-12-01', stage: 'ehc-plan' }),
    planSummary(zara, { nextReviewDate: '2026-11-01' }),
  ],
  booked: [{ planSeriesId: planSummary(tomos).seriesId, start: '2026-11-30T15:30:00Z' }],
  problems: [],
};

const pupilNames = (): string[] =>
  within(screen.getByRole('table', { name: 'Pupils on the SEN register' }))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('link')[0]?.textContent ?? '');

describe('the whole-school SEN register', () => {
  it('opens with the counts and the pupil whose review is overdue first', async () => {
    render(<RegisterPage services={fakeServices({ loadRegister: () => Promise.resolve(REGISTER) })} />);

    expect(await screen.findByRole('heading', { name: 'SEN register', level: 1 })).toBeTruthy();
    expect(
      screen.getByText(
        '3 pupils on SEN support · 1 with an EHC plan · 1 review overdue · 0 due in the next 14 days · 1 booked',
      ),
    ).toBeTruthy();
    expect(pupilNames()[0]).toBe('Zara Ali');
    const tomosRow = screen.getByRole('link', { name: 'Tomos Bevan' }).closest('tr') as HTMLElement;
    expect(within(tomosRow).getByText('Booked')).toBeTruthy();
    expect(within(tomosRow).queryByText('Due soon')).toBeNull();
    expect(within(tomosRow).getByText('ASD: Autistic spectrum disorder')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Start a plan for Alfie Cole' }).getAttribute('href')).toBe(
      '#/new/p4',
    );
  });

  it('narrows to a year group and says how many of the register are shown', async () => {
    render(<RegisterPage services={fakeServices({ loadRegister: () => Promise.resolve(REGISTER) })} />);
    await screen.findByRole('table', { name: 'Pupils on the SEN register' });

    fireEvent.change(screen.getByRole('combobox', { name: 'Year group' }), { target: { value: 'Year 4' } });

    expect(pupilNames().sort()).toEqual(['Ruby Adeyemi', 'Zara Ali']);
    expect(screen.getByText('Showing 2 of 4 pupils')).toBeTruthy();
  });

  it('says how pupils get onto an empty register', async () => {
    const empty: SchoolRegister = { pupils: [], plans: [], booked: [], problems: [] };
    render(<RegisterPage services={fakeServices({ loadRegister: () => Promise.resolve(empty) })} />);
    expect(await screen.findByText(/Nobody is on the SEN register yet/)).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Add a pupil' }).getAttribute('href')).toBe('#/register/add');
  });
});
