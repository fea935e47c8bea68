import { screen, within } from '@testing-library/react';
import { fakeEditorServices, seedPlan, SEED_PLAN_ID } from '../../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../../test/support/renderEditor';

beforeEach(() => sessionStorage.clear());

describe("the plan's nation decides the words and choices", () => {
  test('England: SEN stages, a SENCO, and no wellbeing indicators', async () => {
    await renderEditor();
    const stage = screen.getByRole('combobox', { name: 'Stage of support' });
    expect(
      within(stage)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['SEN Support', 'EHC plan']);
    expect(screen.getByRole('textbox', { name: 'SENCO name' })).toBeTruthy();
    expect(screen.queryByRole('group', { name: 'Wellbeing indicators (SHANARRI)' })).toBeNull();
  });

  test('Scotland: staged levels, its co-ordinator, and SHANARRI on long-term targets, saved', async () => {
    const services = fakeEditorServices([seedPlan({ nation: 'scotland', stage: 'level-2' })]);
    const { user } = await renderEditor({ services });
    const stage = screen.getByRole('combobox', { name: 'Stage of support' }) as HTMLSelectElement;
    expect(stage.value).toBe('level-2');
    expect(within(stage).getAllByRole('option')).toHaveLength(6);
    expect(screen.getByRole('textbox', { name: 'Support for Learning co-ordinator name' })).toBeTruthy();

    const longTerm = screen.getByRole('region', { name: 'Long-term target 1' });
    const wellbeing = within(longTerm).getByRole('group', { name: 'Wellbeing indicators (SHANARRI)' });
    await user.click(within(wellbeing).getByRole('checkbox', { name: 'Included' }));
    await user.click(within(wellbeing).getByRole('checkbox', { name: 'Achieving' }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(services.server.get(SEED_PLAN_ID)?.longTermTargets[0]?.wellbeing).toEqual([
      'achieving',
      'included',
    ]);
  });

  test('a plan at a legacy stage keeps it selectable and says it is no longer offered', async () => {
    await renderEditor({ services: fakeEditorServices([seedPlan({ stage: 'school-action-plus' })]) });
    const stage = screen.getByRole('combobox', { name: 'Stage of support' }) as HTMLSelectElement;
    expect(stage.value).toBe('school-action-plus');
    expect(screen.getByText('This plan is at a stage no longer offered for new plans.')).toBeTruthy();
  });
});
