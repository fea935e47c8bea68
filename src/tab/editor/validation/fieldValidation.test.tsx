import { screen, waitFor, within } from '@testing-library/react';
import { renderEditor } from '../../../../test/support/renderEditor';

beforeEach(() => sessionStorage.clear());

describe('validation at the field', () => {
  test('a 256-character target is kept whole, flagged at the field, and not saved', async () => {
    const { user, services } = await renderEditor();
    const region = screen.getByRole('region', { name: 'Short-term target 1' });
    const text = within(region).getByRole('textbox', { name: /^Target/ }) as HTMLInputElement;
    const long = `By the end of term Sam will read ${'the words '.repeat(30)}`.slice(0, 256);
    expect(long).toHaveLength(256);
    await user.clear(text);
    await user.click(text);
    await user.paste(long);

    expect(text.value).toBe(long);
    expect(text.getAttribute('aria-invalid')).toBe('true');
    expect(
      within(region).getByText('Target is too long: 256 characters, at most 255. Remove 1 to save.'),
    ).toBeTruthy();
    expect(within(region).getByText(/256 of 255 characters/)).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(services.saves).toHaveLength(0);
    expect(document.activeElement).toBe(text);
    expect(screen.getByText('Not saved: 1 field needs correcting')).toBeTruthy();
    expect(text.value).toHaveLength(256);

    // Shortening it clears the message at once.
    await user.keyboard('{End}{Backspace}');
    expect(text.getAttribute('aria-invalid')).toBeNull();
    expect(within(region).queryByText(/is too long/)).toBeNull();
  });

  test('on Save, focus moves to the first invalid field on the page, and the summary links to each', async () => {
    const { user, services } = await renderEditor();
    await user.type(screen.getByRole('textbox', { name: 'SENCO email' }), 'not an email');
    const secondTarget = within(screen.getByRole('region', { name: 'Short-term target 2' })).getByRole(
      'textbox',
      { name: /^Target/ },
    );
    await user.clear(secondTarget);

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(services.saves).toHaveLength(0);
    expect(document.activeElement).toBe(secondTarget);
    expect(secondTarget.getAttribute('aria-invalid')).toBe('true');
    // An email alone is not enough: the SENCO needs a name too, and the summary says which name.
    const summary = screen
      .getByText('Not saved: 3 fields need correcting')
      .closest('[tabindex="-1"]') as HTMLElement;
    expect(within(summary).getByRole('button', { name: 'SENCO name: Name is required.' })).toBeTruthy();
    expect(
      within(summary).getByRole('button', { name: 'Short-term target 2 › Target is required.' }),
    ).toBeTruthy();
    await user.click(within(summary).getByRole('button', { name: /SENCO email.*email address/ }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'SENCO email' }));

    // Corrections clear the messages as the user types, and the plan then saves.
    await user.type(secondTarget, 'By the end of term Sam will take turns on 3 occasions.');
    await user.clear(screen.getByRole('textbox', { name: 'SENCO email' }));
    await waitFor(() => expect(screen.queryByText(/fields? needs? correcting/)).toBeNull());
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(services.saves).toHaveLength(1);
  });

  test('every control in the form has an accessible name', async () => {
    await renderEditor();
    const roles = ['textbox', 'combobox', 'checkbox', 'radio', 'button'] as const;
    expect(screen.getAllByRole('textbox').length).toBeGreaterThan(30);
    for (const role of roles) expect(screen.queryAllByRole(role, { name: '' })).toHaveLength(0);
  });
});
