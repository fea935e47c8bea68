import { screen, waitFor, within } from '@testing-library/react';
import { renderEditor } from '../../../test/support/renderEditor';

const targetRegion = (n: number) => screen.getByRole('region', { name: `Short-term target ${n}` });
const targetText = (n: number) =>
  (within(targetRegion(n)).getByRole('textbox', { name: /^Target/ }) as HTMLInputElement).value;

beforeEach(() => sessionStorage.clear());

describe('short-term target list', () => {
  test('adds a target from the keyboard and puts the cursor in its text', async () => {
    const { user } = await renderEditor();
    screen.getByRole('button', { name: 'Add short-term target' }).focus();
    await user.keyboard('{Enter}');
    const added = targetRegion(3);
    const text = within(added).getByRole('textbox', { name: /^Target/ });
    expect(document.activeElement).toBe(text);
    await user.keyboard('By the end of term Sam will count to 20 on 4 out of 5 occasions.');
    expect(targetText(3)).toBe('By the end of term Sam will count to 20 on 4 out of 5 occasions.');
  });

  test('reorders with Move up and Move down buttons, keeping focus on the pressed button', async () => {
    const { user } = await renderEditor();
    const first = targetText(1);
    const second = targetText(2);
    const moveUp = screen.getByRole('button', { name: 'Move up short-term target 2' });
    moveUp.focus();
    await user.keyboard('{Enter}');
    expect(targetText(1)).toBe(second);
    expect(targetText(2)).toBe(first);
    // Now first in the list: its Move up is disabled but still holds focus, so the user is not lost.
    const focused = document.activeElement as HTMLElement;
    expect(focused.getAttribute('aria-label')).toBe('Move up short-term target 1');
    expect(focused.getAttribute('aria-disabled')).toBe('true');
    await waitFor(() => expect(screen.getByText('Short-term target moved to position 1 of 2.')).toBeTruthy());

    await user.keyboard('{Enter}');
    expect(targetText(1)).toBe(second);

    // Tab order is the browser's own (and tabster's dummy inputs make jsdom's unreliable): focus directly.
    screen.getByRole('button', { name: 'Move down short-term target 1' }).focus();
    await user.keyboard('{Enter}');
    expect(targetText(1)).toBe(first);
    expect(targetText(2)).toBe(second);
    expect((document.activeElement as HTMLElement).getAttribute('aria-label')).toBe(
      'Move down short-term target 2',
    );
  });

  test('withdraws a saved target, sends focus to Add short-term target, and the save keeps it as withdrawn', async () => {
    const { user, services } = await renderEditor();
    const first = targetText(1);
    const second = targetText(2);
    await user.click(screen.getByRole('button', { name: 'Withdraw short-term target 1' }));
    expect(screen.queryByRole('region', { name: 'Short-term target 2' })).toBeNull();
    expect(targetText(1)).toBe(second);
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add short-term target' }));
    await waitFor(() => expect(screen.getByText(/Short-term target 1 withdrawn\./)).toBeTruthy());
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    const stored = services.server.get('plan-sam');
    expect(stored?.shortTermTargets.map((t) => t.text)).toEqual([second]);
    expect(stored?.withdrawnTargets?.map((t) => t.text)).toEqual([first]);
  });

  test('a target added and removed before saving is simply dropped', async () => {
    const { user, services } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add short-term target' }));
    await user.click(screen.getByRole('button', { name: 'Remove short-term target 3' }));
    expect(screen.queryByRole('region', { name: 'Short-term target 3' })).toBeNull();
    await waitFor(() => expect(screen.getByText('Short-term target 3 removed.')).toBeTruthy());
    expect(services.server.get('plan-sam')?.withdrawnTargets).toBeUndefined();
  });

  test('links a target to a long-term target and saves the link', async () => {
    const { user, services } = await renderEditor();
    const link = within(targetRegion(2)).getByRole('combobox', {
      name: 'Linked long-term target',
    }) as HTMLSelectElement;
    await user.selectOptions(link, 'Long-term target 1: Read books at his reading age');
    expect(link.value).toBe('ltt-reading');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(services.server.get('plan-sam')?.shortTermTargets[1]?.longTermTargetId).toBe('ltt-reading');
  });

  test('removing a long-term target unlinks the short-term targets that pointed at it', async () => {
    const { user } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Remove long-term target 2' }));
    const link = within(targetRegion(2)).getByRole('combobox', {
      name: 'Linked long-term target',
    }) as HTMLSelectElement;
    expect(link.value).toBe('');
    expect(
      screen.getByText(/Long-term target 2 removed. 1 short-term target is no longer linked to it./),
    ).toBeTruthy();
  });

  test('saving a new target creates it in the store once, in the chosen order', async () => {
    const { user, services } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add short-term target' }));
    await user.keyboard('By the end of term Sam will write his name independently.');
    await user.click(screen.getByRole('button', { name: 'Move up short-term target 3' }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    const saved = services.server.get('plan-sam')?.shortTermTargets.map((t) => t.text) ?? [];
    expect(saved).toHaveLength(3);
    expect(saved[1]).toBe('By the end of term Sam will write his name independently.');
  });
});

describe('SMART hints beside each target', () => {
  test('a vague target gets a hint, announced politely', async () => {
    const { user } = await renderEditor();
    const region = targetRegion(1);
    const text = within(region).getByRole('textbox', { name: /^Target/ });
    await user.clear(text);
    await user.type(text, 'Sam will understand phonics better');
    const hints = within(region).getByRole('complementary', { name: 'SMART check for short-term target 1' });
    await waitFor(() => expect(within(hints).getByText(/"understand" describes a hope/)).toBeTruthy());
    expect(
      within(hints)
        .getByText(/"understand" describes a hope/)
        .closest('[aria-live="polite"]'),
    ).not.toBeNull();
  });

  test('a good seed target shows no hints', async () => {
    await renderEditor();
    const hints = within(targetRegion(1)).getByRole('complementary', {
      name: 'SMART check for short-term target 1',
    });
    await waitFor(() =>
      expect(within(hints).getByText(/No suggestions: this target reads as SMART/)).toBeTruthy(),
    );
    expect(within(hints).queryAllByRole('listitem')).toHaveLength(0);
  });

  test('target-count guidance appears when there are more than four key targets', async () => {
    const { user } = await renderEditor();
    expect(screen.queryByText('Number of targets')).toBeNull();
    for (let i = 0; i < 3; i++)
      await user.click(screen.getByRole('button', { name: 'Add short-term target' }));
    expect(screen.getByText(/5 targets is within the 4-8 usual/)).toBeTruthy();
  });
});
