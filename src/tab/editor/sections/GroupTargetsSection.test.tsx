import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { asPupilId, NO_ACCESS, type PupilProvisions } from '../../../domain';
import { fakeEditorServices, seedPlan } from '../../../../test/support/fakeEditorServices';
import { seedPhonicsGroup } from '../../../../test/support/groupPlanFixtures';
import { createInMemoryProvisionStore } from '../../../../test/support/inMemoryProvisionStore';
import { renderEditor } from '../../../../test/support/renderEditor';
import { GroupTargetsSection } from './GroupTargetsSection';

const sam = asPupilId('pupil-sam');
const plan = seedPlan();
/** Within the seeded plan's period (07/09/2026 to 01/02/2027). */
const AUTUMN_2026 = { term: '2026-09-02', start: '2026-09-14', end: '2026-12-18' };
/** After the plan's next review. */
const SUMMER_2027 = { term: '2027-04-19', start: '2027-04-19', end: '2027-07-16' };

describe("the child's group targets in the plan editor", () => {
  it('shows each group target with the child’s own outcome, and a SEN lead the way to record them', async () => {
    const provisions = createInMemoryProvisionStore();
    const { phonics } = await seedPhonicsGroup(provisions, sam, AUTUMN_2026);
    render(<GroupTargetsSection services={{ provisions }} plan={plan} canOpenProvisions />);

    const section = await screen.findByRole('region', { name: 'Group targets' });
    expect(within(section).getByRole('heading', { level: 3, name: 'Phonics catch-up group' })).toBeTruthy();
    const table = within(section).getByRole('table', { name: 'Group targets: Phonics catch-up group' });
    const cells = within(table)
      .getAllByRole('row')
      .map((row) =>
        within(row)
          .queryAllByRole('cell')
          .map((cell) => cell.textContent),
      );
    expect(cells[1]).toEqual(['Blend CVC words', '', '18/12/2026', 'Partly achieved', '6 of 10']);
    expect(
      within(section).getByRole('link', { name: 'Open Phonics catch-up group to record outcomes' }),
    ).toHaveProperty('href', expect.stringContaining(`#/provision/${phonics.id}`));
    expect(within(section).queryByRole('textbox')).toBeNull();
  });

  it('offers no link to a member of staff who cannot open the provision, and says who records outcomes', async () => {
    const provisions = createInMemoryProvisionStore();
    await seedPhonicsGroup(provisions, sam, AUTUMN_2026);
    render(<GroupTargetsSection services={{ provisions }} plan={plan} canOpenProvisions={false} />);
    await screen.findByRole('region', { name: 'Group targets' });
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText(/The SENCO records each child’s outcome/)).toBeTruthy();
  });

  it('shows nothing for a child with no group targets in this plan’s period', async () => {
    const provisions = createInMemoryProvisionStore();
    await seedPhonicsGroup(provisions, sam, SUMMER_2027);
    const { container } = render(
      <GroupTargetsSection services={{ provisions }} plan={plan} canOpenProvisions />,
    );
    await waitFor(() =>
      expect(screen.queryByRole('status', { name: 'Loading the group targets' })).toBeNull(),
    );
    expect(container.textContent).toBe('');
  });

  it('says the group targets could not be loaded, and tries again when asked', async () => {
    const provisions = createInMemoryProvisionStore();
    await seedPhonicsGroup(provisions, sam, AUTUMN_2026);
    const answer = provisions.pupilProvisions.bind(provisions);
    let fail = true;
    const flaky = {
      ...provisions,
      pupilProvisions: (id: typeof sam): Promise<PupilProvisions> =>
        fail ? Promise.reject(new Error('offline')) : answer(id),
    };
    render(<GroupTargetsSection services={{ provisions: flaky }} plan={plan} canOpenProvisions />);
    expect(await screen.findByText('The group targets could not be loaded')).toBeTruthy();
    fail = false;
    await userEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('region', { name: 'Group targets' })).toBeTruthy();
  });

  it('appears in the plan editor, read-only', async () => {
    const services = fakeEditorServices([plan], undefined, { access: { ...NO_ACCESS, isSenLead: true } });
    await seedPhonicsGroup(services.provisions, sam, AUTUMN_2026);
    await renderEditor({ services });
    // The section is its own chunk: its first import in a test run compiles it, so allow for that.
    const section = await screen.findByRole('region', { name: 'Group targets' }, { timeout: 15_000 });
    expect(within(section).getByText('Partly achieved')).toBeTruthy();
  });
});
