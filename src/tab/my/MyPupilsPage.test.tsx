import { render, screen, within } from '@testing-library/react';
import { AccessDenied } from '../../domain';
import { fakeServices, planSummary, pupil } from '../../../test/support/fakeServices';
import { MyPupilsPage } from './MyPupilsPage';

const amira = pupil({ id: 'p1', givenName: 'Amira', familyName: 'Khan' });
const ben = pupil({ id: 'p2', givenName: 'Ben', familyName: 'Jones', className: 'Class 5C' });
const chloe = pupil({ id: 'p3', givenName: 'Chloe', familyName: 'Evans' });

describe('MyPupilsPage', () => {
  it("lists the signed-in member of staff's plans across classes, soonest review first", async () => {
    const services = fakeServices({
      loadMyPupils: () =>
        Promise.resolve({
          plans: [
            planSummary(amira, { nextReviewDate: '2027-02-01' }),
            planSummary(ben, { nextReviewDate: '2026-11-20' }),
            planSummary(chloe, { nextReviewDate: null }),
          ],
          booked: [],
        }),
    });
    render(<MyPupilsPage services={services} />);
    const table = await screen.findByRole('table', { name: 'Plans you work on' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[0]?.textContent)).toEqual([
      'Ben Jones',
      'Amira Khan',
      'Chloe Evans',
    ]);
    expect(within(rows[0] as HTMLElement).getByText('Class 5C')).toBeTruthy();
    expect(within(rows[0] as HTMLElement).getByText('Overdue')).toBeTruthy();
    expect(within(rows[2] as HTMLElement).getByText('Not set')).toBeTruthy();
    expect(
      within(rows[1] as HTMLElement)
        .getByRole('link', { name: 'Open plan for Amira Khan' })
        .getAttribute('href'),
    ).toBe('#/plan/plan-p1');
    expect(services.calls.loadMyPupils).toEqual([[['priya.shah@school.example']]]);
  });

  it('shows "Meeting booked" with its date, not "Overdue", for a review whose meeting is booked', async () => {
    const overdue = planSummary(ben, { nextReviewDate: '2026-11-20' });
    const services = fakeServices({
      loadMyPupils: () =>
        Promise.resolve({
          plans: [overdue, planSummary(amira, { nextReviewDate: '2026-11-21' })],
          // A meeting already held no longer counts; the one still to come does.
          booked: [
            { planSeriesId: overdue.seriesId, start: '2026-12-09T15:30:00Z' },
            { planSeriesId: planSummary(amira).seriesId, start: '2026-10-01T09:00:00Z' },
          ],
        }),
    });
    render(<MyPupilsPage services={services} />);
    const table = await screen.findByRole('table', { name: 'Plans you work on' });
    const [benRow, amiraRow] = within(table).getAllByRole('row').slice(1) as HTMLElement[];
    expect(within(benRow as HTMLElement).getByText('Meeting booked')).toBeTruthy();
    expect(within(benRow as HTMLElement).getByText('09/12/2026')).toBeTruthy();
    expect(within(benRow as HTMLElement).queryByText('Overdue')).toBeNull();
    expect(within(amiraRow as HTMLElement).getByText('Overdue')).toBeTruthy();
  });

  it('says how a plan comes to list you when none does', async () => {
    render(
      <MyPupilsPage
        services={fakeServices({ loadMyPupils: () => Promise.resolve({ plans: [], booked: [] }) })}
      />,
    );
    expect(await screen.findByText(/No current plan names you yet/)).toBeTruthy();
  });

  it('shows the access-denied screen rather than an empty list when access is refused', async () => {
    render(
      <MyPupilsPage services={fakeServices({ loadMyPupils: () => Promise.reject(new AccessDenied()) })} />,
    );
    expect(await screen.findByRole('heading', { name: "You don't have access to IEPs" })).toBeTruthy();
    expect(screen.queryByText(/No current plan names you yet/)).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
