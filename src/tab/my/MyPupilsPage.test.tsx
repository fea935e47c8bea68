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
      listPlansForStaff: () =>
        Promise.resolve([
          planSummary(amira, { nextReviewDate: '2027-02-01' }),
          planSummary(ben, { nextReviewDate: '2026-11-20' }),
          planSummary(chloe, { nextReviewDate: null }),
        ]),
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
    expect(services.calls.listPlansForStaff).toEqual([[['priya.shah@school.example']]]);
  });

  it('says how a plan comes to list you when none does', async () => {
    render(<MyPupilsPage services={fakeServices({ listPlansForStaff: () => Promise.resolve([]) })} />);
    expect(await screen.findByText(/No current plan names you yet/)).toBeTruthy();
  });

  it('shows the access-denied screen rather than an empty list when access is refused', async () => {
    render(
      <MyPupilsPage
        services={fakeServices({ listPlansForStaff: () => Promise.reject(new AccessDenied()) })}
      />,
    );
    expect(await screen.findByRole('heading', { name: "You don't have access to IEPs" })).toBeTruthy();
    expect(screen.queryByText(/No current plan names you yet/)).toBeNull();
    expect(screen.getAllByRole('heading', { level: 1 })).toHaveLength(1);
  });
});
