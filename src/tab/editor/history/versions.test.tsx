import { screen, within } from '@testing-library/react';
import { asPlanId } from '../../../domain/ids';
import { fakeEditorServices, seedPlan } from '../../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../../test/support/renderEditor';

const VERSION_1 = asPlanId('plan-sam-v1');

const twoVersions = () => {
  const current = seedPlan();
  const closed = seedPlan({
    id: VERSION_1,
    version: 1,
    status: 'closed',
    profile: { ...current.profile, likes: 'Dinosaurs' },
    updatedAt: '2026-07-15T12:00:00Z',
    nextReviewDate: '2026-07-10',
  });
  return fakeEditorServices([current, closed]);
};

beforeEach(() => sessionStorage.clear());

describe('a closed version', () => {
  test('opens read-only: no Save, no add or remove, fields cannot be changed', async () => {
    const { user, services } = await renderEditor({ services: twoVersions(), planId: VERSION_1 });
    expect(screen.getByText('Version 1 is closed')).toBeTruthy();
    expect(screen.getByText('Closed (read-only)')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save plan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add short-term target' })).toBeNull();
    expect(screen.queryByRole('button', { name: /^Remove/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Add evidence' })).toBeNull();

    const likes = screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement;
    expect(likes.readOnly).toBe(true);
    await user.type(likes, ' and more');
    expect(likes.value).toBe('Dinosaurs');
    await user.keyboard('{Control>}s{/Control}');
    expect(services.saves).toHaveLength(0);
    expect(Object.keys(sessionStorage)).toHaveLength(0);
  });
});

describe('withdrawn targets', () => {
  const withdrawnFrom = (plan: ReturnType<typeof seedPlan>) => {
    const [first, ...rest] = plan.shortTermTargets;
    if (!first) throw new Error('The seed plan has targets.');
    return {
      ...plan,
      shortTermTargets: rest,
      withdrawnTargets: [{ ...first, withdrawnOn: '2026-03-12' }],
    };
  };

  test('a withdrawn target is not among the targets, but is listed under the history, dated', async () => {
    const current = withdrawnFrom(seedPlan());
    const withdrawn = current.withdrawnTargets[0]?.text ?? '';
    await renderEditor({ services: fakeEditorServices([current]) });
    expect(screen.getAllByRole('region', { name: /^Short-term target \d/ })).toHaveLength(
      current.shortTermTargets.length,
    );
    const section = screen.getByRole('region', { name: 'Withdrawn targets' });
    expect(within(section).getByText(withdrawn)).toBeTruthy();
    expect(within(section).getByText(/Withdrawn on 12\/03\/2026/)).toBeTruthy();
    // The history also offers who changed what, loaded when asked for.
    expect(screen.getByRole('button', { name: 'Show changes to this plan' })).toBeTruthy();
  });

  test('a closed version read as a record shows what was withdrawn from it', async () => {
    const current = seedPlan();
    const closed = withdrawnFrom(seedPlan({ id: VERSION_1, version: 1, status: 'closed' }));
    await renderEditor({ services: fakeEditorServices([current, closed]), planId: VERSION_1 });
    const sections = screen.getAllByRole('region', { name: 'Withdrawn targets' });
    expect(sections.some((section) => within(section).queryByText(/Withdrawn on 12\/03\/2026/))).toBe(true);
  });
});

describe('version history', () => {
  test('lists versions, opens an earlier one read-only, and returns to the plan being edited', async () => {
    const { user } = await renderEditor({ services: twoVersions() });
    await user.type(screen.getByRole('textbox', { name: 'Likes' }), ' and trains');
    await user.click(screen.getByRole('button', { name: 'Show version history' }));
    const table = await screen.findByRole('table', { name: 'Versions of this plan' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(within(table).getByText('15/07/2026 by Ms Priya Shah')).toBeTruthy();

    await user.click(within(table).getByRole('button', { name: 'View version 1' }));
    expect(await screen.findByText('Viewing version 1 (read-only)')).toBeTruthy();
    const likes = screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement;
    expect(likes.value).toBe('Dinosaurs');
    expect(likes.readOnly).toBe(true);
    expect(screen.queryByRole('button', { name: 'Save plan' })).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Back to version 2' }));
    expect((screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement).value).toBe(
      'Lego and trains',
    );
  });

  test('compares an earlier version with this one, field by field', async () => {
    const { user } = await renderEditor({ services: twoVersions() });
    await user.click(screen.getByRole('button', { name: 'Show version history' }));
    await user.click(await screen.findByRole('button', { name: 'Compare version 1 with version 2' }));
    const table = await screen.findByRole('table', { name: 'Differences between version 1 and version 2' });
    const rows = within(table).getAllByRole('row').slice(1);
    const cells = rows.map((row) =>
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );
    expect(cells).toContainEqual(['Likes', 'Dinosaurs', 'Lego']);
    expect(cells).toContainEqual(['Next review date', '10/07/2026', '01/02/2027']);
    expect(cells).toHaveLength(2);
  });
});
