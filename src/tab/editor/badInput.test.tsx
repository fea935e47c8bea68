import { screen, waitFor, within } from '@testing-library/react';
import { fakeEditorServices, seedPlan, SEED_PLAN_ID } from '../../../test/support/fakeEditorServices';
import { SINGLE_LINE_ACCEPTED, textOfLength } from '../../../test/support/hostileInputs';
import { renderEditor } from '../../../test/support/renderEditor';
import { trapUnhandledRejections } from '../../../test/support/unhandledRejections';

/**
 * The bad-input suite in the editor: what a teacher types or pastes is shown as text and saved
 * exactly, or refused with a message at the field; nothing is cut short and nothing becomes markup.
 */
trapUnhandledRejections();

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror="alert(1)">';
const HOSTILE_USER = { name: "Liam O'Brien", email: "liam.o'brien@oakfield.example" };

/** Pasting and saving each value takes a second in jsdom; the store suite covers the whole corpus. */
const EDITOR_CASES = SINGLE_LINE_ACCEPTED.filter((h) =>
  /apostrophes|double quotes|bidi|zero-width joiner|byte order|a tab|script|onerror|lone ampersand|escaped entity|CDATA/.test(
    h.name,
  ),
);

const targetRegion = (n: number) => screen.getByRole('region', { name: `Short-term target ${n}` });
const targetText = (n: number) =>
  within(targetRegion(n)).getByRole('textbox', { name: /^Target/ }) as HTMLInputElement;
const likes = () => screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement;
const saveButton = () => screen.getByRole('button', { name: 'Save plan' });
/** No element made from what a user typed: the page's own markup has no script, image or frame. */
const injectedElements = () => document.body.querySelectorAll('script, img, iframe, object, embed');

beforeEach(() => {
  sessionStorage.clear();
  localStorage.clear();
});

describe('the editor with hostile input', () => {
  test('a 256-character target shows the message at the field, keeps all 256 characters, and is not saved', async () => {
    const { user, services } = await renderEditor();
    const field = targetText(1);
    await user.clear(field);
    await user.click(field);
    await user.paste(textOfLength(255));
    expect(within(targetRegion(1)).queryByText(/Target is too long/)).toBeNull();

    await user.type(field, '!');
    expect(field.value).toHaveLength(256);
    expect(field.value).toBe(`${textOfLength(255)}!`);
    const message = within(targetRegion(1)).getByText(
      'Target is too long: 256 characters, at most 255. Remove 1 to save.',
    );
    // The message belongs to the field: assistive technology reads it with the input.
    expect(field.getAttribute('aria-describedby') ?? '').toContain(message.closest('[id]')?.id ?? '(none)');
    expect(field.getAttribute('aria-invalid')).toBe('true');

    await user.click(saveButton());
    expect(await screen.findByText(/Not saved: 1 field needs correcting/)).toBeTruthy();
    expect(services.saves).toHaveLength(0);
    expect(document.activeElement).toBe(field);
    expect(field.value).toHaveLength(256);
  });

  test('a pupil name, target and note made of markup are shown as text and saved exactly', async () => {
    const services = fakeEditorServices([
      seedPlan({ pupil: { ...seedPlan().pupil, name: SCRIPT }, parentViews: IMG }),
    ]);
    const { user } = await renderEditor({ services, pupilName: SCRIPT });
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(SCRIPT);
    expect(injectedElements()).toHaveLength(0);

    const field = targetText(1);
    await user.clear(field);
    await user.click(field);
    await user.paste(SCRIPT);
    await user.clear(likes());
    await user.click(likes());
    await user.paste(IMG);
    expect(field.value).toBe(SCRIPT);
    expect(likes().value).toBe(IMG);
    expect(injectedElements()).toHaveLength(0);

    await user.click(saveButton());
    await screen.findByText(/^Saved at/);
    const saved = services.server.get(SEED_PLAN_ID);
    expect([saved?.shortTermTargets[0]?.text, saved?.profile.likes, saved?.parentViews]).toEqual([
      SCRIPT,
      IMG,
      IMG,
    ]);
    expect(injectedElements()).toHaveLength(0);
  });

  test('a control character pasted into a note is refused at that field, naming it', async () => {
    const { user, services } = await renderEditor();
    await user.clear(likes());
    await user.click(likes());
    await user.paste('Trains\u0007 and buses');
    await user.click(saveButton());
    expect(await screen.findByText(/Not saved: 1 field needs correcting/)).toBeTruthy();
    const field = likes();
    expect(field.value).toBe('Trains\u0007 and buses');
    expect(document.activeElement).toBe(field);
    const describedBy = (field.getAttribute('aria-describedby') ?? '').split(' ').filter(Boolean);
    const described = describedBy.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
    expect(described).toContain('Likes contains a control character that cannot be saved; remove it.');
    expect(services.saves).toHaveLength(0);
  });

  test('a target with each hostile value is shown and saved exactly as pasted', async () => {
    expect(EDITOR_CASES.length).toBeGreaterThanOrEqual(10);
    const { user, services } = await renderEditor();
    for (const { name, value } of EDITOR_CASES) {
      const field = targetText(1);
      await user.clear(field);
      await user.click(field);
      await user.paste(value);
      expect([name, field.value]).toEqual([name, value]);
      await user.click(saveButton());
      await waitFor(() =>
        expect([name, services.server.get(SEED_PLAN_ID)?.shortTermTargets[0]?.text]).toEqual([name, value]),
      );
      expect(injectedElements()).toHaveLength(0);
    }
  }, 60_000);

  test('drafts go to sessionStorage under a hashed key (no email), and nothing to localStorage', async () => {
    const services = fakeEditorServices(undefined, HOSTILE_USER);
    const { user } = await renderEditor({ services });
    await user.clear(likes());
    await user.click(likes());
    const typed = `${SCRIPT} Zoë 👩🏽‍🏫`;
    await user.paste(typed);
    const draftLikes = () =>
      Object.keys(sessionStorage)
        .filter((key) => key.startsWith('iep-draft:'))
        .map(
          (key) =>
            (JSON.parse(sessionStorage.getItem(key) ?? '{}') as { edited?: { profile?: { likes?: string } } })
              .edited?.profile?.likes,
        );
    await waitFor(() => expect(draftLikes()).toEqual([typed]));
    for (const key of Object.keys(sessionStorage)) {
      expect(key).toMatch(/^iep-draft:[a-z0-9]+:plan-sam$/);
      expect(key.toLowerCase()).not.toMatch(/liam|brien|oakfield|@/);
    }
    expect(localStorage).toHaveLength(0);
  });
});
