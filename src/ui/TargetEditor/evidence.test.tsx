import { screen, within } from '@testing-library/react';
import { SEED_PLAN_ID } from '../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../test/support/renderEditor';

beforeEach(() => sessionStorage.clear());

describe('progress evidence per target', () => {
  test('adds a dated note with a 1-5 rating; the chart and its table follow', async () => {
    const { user, services } = await renderEditor();
    const target = screen.getByRole('region', { name: 'Short-term target 1' });
    const form = within(target).getByRole('group', { name: 'Add evidence for short-term target 1' });
    expect((within(form).getByLabelText(/^Evidence date/) as HTMLInputElement).value).toBe('2026-11-24');
    expect(within(form).getByText('Day/month/year: 24/11/2026')).toBeTruthy();

    await user.click(within(form).getByRole('button', { name: 'Add evidence' }));
    expect(within(form).getByText('Choose a rating from 1 to 5.')).toBeTruthy();

    await user.click(within(form).getByRole('radio', { name: '4 – Mostly' }));
    await user.type(within(form).getByRole('textbox', { name: 'Evidence note' }), 'Read 17 words');
    await user.click(within(form).getByRole('button', { name: 'Add evidence' }));

    const list = within(target).getByRole('list', { name: 'Evidence for short-term target 1' });
    expect(within(list).getByText(/24\/11\/2026: 4 of 5 \(Mostly\) – Read 17 words/)).toBeTruthy();
    const chart = within(target).getByRole('img');
    expect(chart.getAttribute('aria-label')).toBe(
      'Progress for short-term target 1: 2 ratings from 01/10/2026 to 24/11/2026. First 2 of 5 (Emerging), latest 4 of 5 (Mostly); trend up.',
    );
    const table = within(target).getByRole('table', {
      name: 'Ratings behind the progress chart for short-term target 1',
    });
    expect(within(table).getAllByRole('row')).toHaveLength(3);

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(services.server.get(SEED_PLAN_ID)?.shortTermTargets[0]?.evidence.map((e) => e.rating)).toEqual([
      2, 4,
    ]);
  });

  test('only unsaved evidence can be removed', async () => {
    const { user } = await renderEditor();
    const target = screen.getByRole('region', { name: 'Short-term target 1' });
    expect(within(target).queryByRole('button', { name: /Remove unsaved evidence/ })).toBeNull();
    const form = within(target).getByRole('group', { name: 'Add evidence for short-term target 1' });
    await user.click(within(form).getByRole('radio', { name: '1 – Not yet' }));
    await user.click(within(form).getByRole('button', { name: 'Add evidence' }));
    await user.click(within(target).getByRole('button', { name: 'Remove unsaved evidence from 24/11/2026' }));
    expect(within(target).getByRole('img').getAttribute('aria-label')).toMatch(
      /^Progress for short-term target 1: 1 rating, on 01\/10\/2026/,
    );
  });

  test('a target with no evidence says so instead of drawing an empty chart', async () => {
    await renderEditor();
    const target = screen.getByRole('region', { name: 'Short-term target 2' });
    expect(within(target).queryByRole('img')).toBeNull();
    expect(
      within(target).getByText('Progress for short-term target 2: no evidence recorded yet.'),
    ).toBeTruthy();
  });
});
