import { screen, waitFor, within } from '@testing-library/react';
import { Offline, Throttled } from '../../domain/errors';
import { SEED_PLAN_ID } from '../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../test/support/renderEditor';

const draftKeys = () => Object.keys(sessionStorage).filter((k) => k.startsWith('iep-draft:'));
const likes = () => screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement;

beforeEach(() => sessionStorage.clear());

describe('saving', () => {
  test('a failed save keeps the edits, says why and what to do, and Retry saves them', async () => {
    const { user, services } = await renderEditor();
    services.failSaves(new Offline());
    await user.clear(likes());
    await user.type(likes(), 'Trains');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    const title = await screen.findByText('Not saved: no connection');
    const bar = title.closest('[tabindex="-1"]') as HTMLElement;
    expect(document.activeElement).toBe(bar);
    expect(within(bar).getByText(/Check your connection. Your changes are kept on this device/)).toBeTruthy();
    expect(likes().value).toBe('Trains');
    await waitFor(() => expect(draftKeys()).toHaveLength(1));

    await user.click(within(bar).getByRole('button', { name: 'Retry save' }));
    await screen.findByText(/^Saved at/);
    expect(services.server.get(SEED_PLAN_ID)?.profile.likes).toBe('Trains');
    expect(draftKeys()).toHaveLength(0);
  });

  test('throttling says Microsoft 365 is busy and keeps the changes', async () => {
    const { user, services } = await renderEditor();
    services.failSaves(new Throttled(30));
    await user.type(likes(), ' and trains');
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    expect(await screen.findByText('Not saved yet: Microsoft 365 is busy')).toBeTruthy();
    expect(screen.getByText(/Your changes are kept; try again in a minute/)).toBeTruthy();
    expect(services.server.get(SEED_PLAN_ID)?.profile.likes).toBe('Lego');
  });

  test('leaving the page is guarded only while there are unsaved changes', async () => {
    const { user } = await renderEditor();
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };
    expect(leave()).toBe(false);
    await user.type(likes(), '!');
    expect(leave()).toBe(true);
    expect(screen.getByText('Unsaved changes (kept on this device until you save)')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await screen.findByText(/^Saved at/);
    expect(leave()).toBe(false);
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });

  test('typing while a save is in flight is kept, and the new target is not created twice', async () => {
    const { user, services } = await renderEditor();
    await user.click(screen.getByRole('button', { name: 'Add short-term target' }));
    await user.paste('By the end of term Sam will write his name independently.');
    const release = services.holdSaves();
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    const newTarget = screen.getByRole('region', { name: 'Short-term target 3' });
    const who = within(newTarget).getByRole('textbox', { name: 'Who delivers it' });
    await user.type(who, 'TA');
    release();
    // The save finished (the button is back), but what was typed meanwhile is still to be saved.
    await screen.findByRole('button', { name: 'Save plan' });
    expect(screen.queryByText(/^Saved at/)).toBeNull();
    expect(
      (
        within(screen.getByRole('region', { name: 'Short-term target 3' })).getByRole('textbox', {
          name: 'Who delivers it',
        }) as HTMLInputElement
      ).value,
    ).toBe('TA');
    expect(screen.getByText('Unsaved changes (kept on this device until you save)')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    await waitFor(() => expect(screen.getByText('All changes saved')).toBeTruthy());
    const targets = services.server.get(SEED_PLAN_ID)?.shortTermTargets ?? [];
    expect(targets).toHaveLength(3);
    expect(targets[2]?.deliveredBy).toBe('TA');
  });

  test('Ctrl+S saves', async () => {
    const { user, services } = await renderEditor();
    await user.type(likes(), '!');
    await user.keyboard('{Control>}s{/Control}');
    await screen.findByText(/^Saved at/);
    expect(services.server.get(SEED_PLAN_ID)?.profile.likes).toBe('Lego!');
  });
});
