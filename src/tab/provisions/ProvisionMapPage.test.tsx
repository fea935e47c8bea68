import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { type NewProvision, type ProvisionStore } from '../../domain';
import { asPupilId, fakeServices, pupil } from '../../../test/support/fakeServices';
import { createInMemoryProvisionStore } from '../../../test/support/inMemoryProvisionStore';
import { ProvisionMapPage } from './ProvisionMapPage';

// The fake clock is 24/11/2026: Autumn term 2026 (07/09 to 18/12, 70 school days, half term after 35).
const AUTUMN = '2026-09-07';

const year3 = (id: string, givenName: string) =>
  pupil({ id, givenName, familyName: 'Ash', classTeamId: 'team-3a', className: '3A', yearGroup: 'Year 3' });
const year4 = (id: string, givenName: string) =>
  pupil({ id, givenName, familyName: 'Birch', classTeamId: 'team-4b', className: '4B', yearGroup: 'Year 4' });
const pupils = [
  year3('ada', 'Ada'),
  year3('ben', 'Ben'),
  year3('cara', 'Cara'),
  year4('dev', 'Dev'),
  year4('eve', 'Eve'),
];

const phonics: NewProvision = {
  name: 'Phonics catch-up',
  areaOfNeed: 'cognition-and-learning',
  delivery: 'group',
  groupSize: 6,
  staffRole: 'teaching-assistant',
  staffNames: ['Mrs Patel'],
  sessionsPerWeek: 2,
  minutesPerSession: 30,
  weeksPerTerm: 10,
  costPerHourPence: 3000,
  resourcesCostPence: 6000,
};
const elsa: NewProvision = {
  name: 'ELSA sessions',
  areaOfNeed: 'social-emotional-mental-health',
  delivery: 'one-to-one',
  groupSize: 1,
  staffRole: 'specialist',
  sessionsPerWeek: 1,
  minutesPerSession: 30,
  weeksPerTerm: 10,
  costPerHourPence: 2500,
  entryExit: { name: 'Boxall profile', higherIsBetter: true },
};

/**
 * By hand: phonics is 2 × 30 minutes for 10 weeks, 10 hours at £30 plus £60 of books, £360 for a
 * group of five; Eve joined after half term, so the shares are 2:2:2:2:1, £80 each and £40 for Eve.
 * ELSA is 30 minutes for 10 weeks, 5 hours at £25, £125 for Dev. The school: 15 hours, £485.
 */
const school = async () => {
  const provisions = createInMemoryProvisionStore();
  provisions.setPupils(pupils);
  const [p, e] = [await provisions.createProvision(phonics), await provisions.createProvision(elsa)];
  await provisions.addPlacements([
    ...pupils.map((child) => ({
      provisionId: p.id,
      pupilId: child.id,
      term: AUTUMN,
      start: child.id === 'eve' ? '2026-11-02' : AUTUMN,
      end: '2026-12-18',
    })),
    {
      provisionId: e.id,
      pupilId: asPupilId('dev'),
      term: AUTUMN,
      start: AUTUMN,
      end: '2026-12-18',
      entryScore: 20,
      exitScore: 26,
    },
  ]);
  return provisions;
};

const rowsOf = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .map((row) =>
      within(row)
        .queryAllByRole('cell')
        .map((cell) => cell.textContent),
    )
    .filter((cells) => cells.length > 1);

const renderMap = (provisions: ProvisionStore) =>
  render(<ProvisionMapPage services={fakeServices({ provisions })} />);

describe('the provision map page', () => {
  it("shows this term's provisions by year group with pupils, staff hours and cost as worked out by hand", async () => {
    renderMap(await school());
    const grid = await screen.findByRole('table', { name: 'Provision map for Autumn term 2026' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Provision', 'Year 3', 'Year 4', 'Pupils', 'Groups', 'Staff hours', 'Cost']);
    expect(rowsOf(grid)).toEqual([
      ['Phonics catch-up', '3', '2', '5', '1', '10 hours', '£360.00'],
      ['Cognition and learning total', '3', '2', '5', '1', '10 hours', '£360.00'],
      ['ELSA sessions', '0', '1', '1', '1', '5 hours', '£125.00'],
      ['Social, emotional and mental health total', '0', '1', '1', '1', '5 hours', '£125.00'],
      ['School total', '3', '2', '5', '2', '15 hours', '£485.00'],
      ['Cost of each column’s pupils', '£240.00', '£245.00', ''],
    ]);
    expect(within(grid).getByRole('link', { name: 'Phonics catch-up' }).getAttribute('href')).toMatch(
      /^#\/provision\/provision-\d+$/,
    );
  });

  it('narrows the map by area of need and staff role, and turns the columns into classes', async () => {
    const user = userEvent.setup();
    renderMap(await school());
    await screen.findByRole('table', { name: 'Provision map for Autumn term 2026' });

    await user.selectOptions(screen.getByLabelText('Area of need'), 'Social, emotional and mental health');
    let grid = screen.getByRole('table', { name: 'Provision map for Autumn term 2026' });
    expect(rowsOf(grid).map((r) => r[0])).toEqual([
      'ELSA sessions',
      'Social, emotional and mental health total',
      'School total',
      'Cost of each column’s pupils',
    ]);
    expect(rowsOf(grid)[2]).toEqual(['School total', '1', '1', '1', '5 hours', '£125.00']);

    await user.selectOptions(screen.getByLabelText('Area of need'), 'Every area of need');
    await user.selectOptions(screen.getByLabelText('Staff role'), 'Teacher');
    expect(screen.getByText(/No provision this term matches these filters/)).toBeTruthy();

    await user.selectOptions(screen.getByLabelText('Staff role'), 'Every staff role');
    await user.selectOptions(screen.getByLabelText('Columns'), 'By class');
    grid = screen.getByRole('table', { name: 'Provision map for Autumn term 2026' });
    expect(
      within(grid)
        .getAllByRole('columnheader')
        .slice(1, 3)
        .map((h) => h.textContent),
    ).toEqual(['3A', '4B']);
  });

  it("gives a pupil's cost statement: each provision, the hours they receive, the cost and the total", async () => {
    const user = userEvent.setup();
    renderMap(await school());
    await user.selectOptions(await screen.findByLabelText(/^Pupil/), 'Dev Birch, Year 4: £205.00');
    const statement = screen.getByRole('table', {
      name: 'Cost of provision for Dev Birch, Autumn term 2026',
    });
    expect(rowsOf(statement)).toEqual([
      ['ELSA sessions', '07/09/2026 to 18/12/2026', '5 hours', '£125.00'],
      ['Phonics catch-up', '07/09/2026 to 18/12/2026', '10 hours', '£80.00'],
      ['Total', '', '15 hours', '£205.00'],
    ]);
    await user.selectOptions(screen.getByLabelText(/^Pupil/), 'Eve Birch, Year 4: £40.00');
    expect(rowsOf(screen.getByRole('table', { name: /Eve Birch/ }))).toEqual([
      ['Phonics catch-up', '02/11/2026 to 18/12/2026', '5 hours', '£40.00'],
      ['Total', '', '5 hours', '£40.00'],
    ]);
  });

  it("shows each named member of staff's hours this term", async () => {
    renderMap(await school());
    const staff = await screen.findByRole('table', { name: 'Staff time on provision, Autumn term 2026' });
    expect(rowsOf(staff)).toEqual([['Mrs Patel', '10 hours']]);
  });

  it('says whether each provision works: measured, improved and mean change, in a table and a chart', async () => {
    renderMap(await school());
    const impact = await screen.findByRole('table', { name: 'Entry and exit measures, Autumn term 2026' });
    expect(rowsOf(impact)).toEqual([
      ['Phonics catch-up', 'No measure set', '0 of 5', '–', 'Not measured yet'],
      ['ELSA sessions', 'Boxall profile', '1 of 1', '1 of 1', '+6'],
    ]);
    expect(
      screen.getByRole('img', { name: /ELSA sessions \+6.*Not measured yet: Phonics catch-up/ }),
    ).toBeTruthy();
  });

  it('says what to do when no one is on a provision in the chosen term', async () => {
    const user = userEvent.setup();
    renderMap(await school());
    await screen.findByRole('table', { name: 'Provision map for Autumn term 2026' });
    await user.selectOptions(screen.getByLabelText('Term'), 'Spring term 2027 (04/01/2027 to 19/03/2027)');
    const message = await screen.findByText(/No pupils are on a provision this term/);
    expect(within(message).getByRole('link', { name: 'Provisions' }).getAttribute('href')).toBe(
      '#/provisions',
    );
    expect(screen.queryByRole('table', { name: /Provision map/ })).toBeNull();
  });

  it('says the map could not be loaded and loads it again on Try again', async () => {
    const user = userEvent.setup();
    const provisions = await school();
    let failures = 1;
    const flaky: ProvisionStore = {
      ...provisions,
      loadProvisionMap: (term) =>
        failures-- > 0 ? Promise.reject(new Error('network down')) : provisions.loadProvisionMap(term),
    };
    renderMap(flaky);
    expect(await screen.findByText('The provision map could not be loaded')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('table', { name: 'Provision map for Autumn term 2026' })).toBeTruthy();
  });
});
