import { screen, waitFor } from '@testing-library/react';
import { fakeEditorServices, SEED_PLAN_ID } from '../../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../../test/support/renderEditor';
import { clearAllDrafts, draftKey } from '../../../app/usecases/editing/draftStorage';

const PRIYA = { name: 'Ms Priya Shah', email: 'priya.shah@school.example' };
const TOM = { name: 'Mr Tom Reid', email: 'tom.reid@school.example' };

const draftKeys = () => Object.keys(sessionStorage).filter((k) => k.startsWith('iep-draft:'));
const likes = () => screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement;

const editLikes = async (user: Awaited<ReturnType<typeof renderEditor>>['user'], text: string) => {
  await user.clear(likes());
  await user.type(likes(), text);
  await waitFor(() => expect(draftKeys()).toHaveLength(1));
};

beforeEach(() => sessionStorage.clear());

describe('drafts keep unsaved work on this device', () => {
  test('are restored after the editor is mounted again, with a message and Discard', async () => {
    const services = fakeEditorServices();
    const first = await renderEditor({ services });
    await editLikes(first.user, 'Trains');
    first.unmount();

    const second = await renderEditor({ services });
    expect(likes().value).toBe('Trains');
    expect(screen.getByText('Unsaved changes restored from this device')).toBeTruthy();

    await second.user.click(screen.getByRole('button', { name: 'Discard restored changes' }));
    expect(likes().value).toBe('Lego');
    expect(screen.queryByText('Unsaved changes restored from this device')).toBeNull();
    expect(draftKeys()).toHaveLength(0);
  });

  test('are written at once when the editor closes, even before the autosave pause', async () => {
    const services = fakeEditorServices();
    const first = await renderEditor({ services });
    await first.user.type(likes(), '!');
    first.unmount();
    expect(draftKeys()).toHaveLength(1);
    await renderEditor({ services });
    expect(likes().value).toBe('Lego!');
  });

  test('are cleared after a successful save', async () => {
    const { user, services } = await renderEditor();
    await editLikes(user, 'Trains');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(services.server.get(SEED_PLAN_ID)?.profile.likes).toBe('Trains');
    expect(draftKeys()).toHaveLength(0);
  });

  test('are scoped by user, and the storage key holds no email address', async () => {
    const services = fakeEditorServices(undefined, PRIYA);
    const priya = await renderEditor({ services });
    await editLikes(priya.user, 'Trains');
    priya.unmount();
    const [key] = draftKeys();
    expect(key).toBe(draftKey(PRIYA.email, SEED_PLAN_ID));
    expect(key).not.toMatch(/priya|@|school/i);
    expect(key).toMatch(/^iep-draft:[a-z0-9]+:plan-sam$/);

    // Another member of staff on the same browser tab does not get Priya's edits.
    await renderEditor({ services: { ...services, currentUser: TOM } });
    expect(likes().value).toBe('Lego');
    expect(screen.queryByText('Unsaved changes restored from this device')).toBeNull();
  });

  test('are kept in sessionStorage, never localStorage', async () => {
    localStorage.clear();
    const { user } = await renderEditor();
    await editLikes(user, 'Trains');
    expect(Object.keys(localStorage)).toHaveLength(0);
  });

  test('clearAllDrafts removes every draft (for sign-out)', async () => {
    const { user } = await renderEditor();
    await editLikes(user, 'Trains');
    sessionStorage.setItem('unrelated', 'kept');
    clearAllDrafts();
    expect(draftKeys()).toHaveLength(0);
    expect(sessionStorage.getItem('unrelated')).toBe('kept');
  });
});
