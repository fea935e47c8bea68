import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen, waitFor, within } from '@testing-library/react';
import { asPupilId } from '../../domain';
import { CLASS_4B, pupil } from '../../../test/support/fakeServices';
import { SEED_PLAN_ID, fakeEditorServices, seedPlan } from '../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../test/support/renderEditor';
import { ClassDashboard } from '../dashboard/ClassDashboard';

const sam = pupil({ id: 'pupil-sam', givenName: 'Sam', familyName: 'Taylor' });
const draftServices = () => fakeEditorServices([seedPlan({ status: 'draft' })], undefined, { pupils: [sam] });
const toolbar = () => screen.getByRole('toolbar', { name: 'Plan actions' });
/**
 * In jsdom Fluent's focus manager leaves aria-hidden on an open dialog, so buttons in it are found with
 * `hidden: true`; the browser finds them as a user would. The dialog is found by its title: a role query
 * over the whole editor computes every element's accessible name on each retry, which on a busy 2-core
 * machine outlasted the wait and made these tests fail at random.
 */
const confirmDialog = async (): Promise<HTMLElement> => {
  const title = await screen.findByText('Delete this draft plan?', { selector: 'h2' });
  const dialog = title.closest<HTMLElement>('[role="dialog"]');
  if (!dialog) throw new Error('The title "Delete this draft plan?" is not inside a dialog.');
  return dialog;
};
const button = (scope: HTMLElement, name: string) =>
  within(scope).getByRole('button', { name, hidden: true });

beforeEach(() => sessionStorage.clear());

describe('a draft plan', () => {
  test('can be deleted after confirming, and is then gone from the class dashboard', async () => {
    const services = draftServices();
    const { user, onBack, unmount } = await renderEditor({ services });
    await user.click(within(toolbar()).getByRole('button', { name: 'Delete draft' }));
    const dialog = await confirmDialog();
    expect(within(dialog).getByText(/cannot be undone/)).toBeTruthy();

    await user.click(button(dialog, 'Keep it'));
    await waitFor(() => expect(document.querySelector('[role="dialog"]')).toBeNull());
    expect(services.calls.deleteDraft).toBeUndefined();

    await user.click(within(toolbar()).getByRole('button', { name: 'Delete draft' }));
    await user.click(button(await confirmDialog(), 'Delete draft'));
    await waitFor(() => expect(onBack).toHaveBeenCalled());
    expect(services.server.has(SEED_PLAN_ID)).toBe(false);
    unmount();

    render(
      <FluentProvider theme={webLightTheme}>
        <ClassDashboard services={services} classTeamId={CLASS_4B} />
      </FluentProvider>,
    );
    const start = await screen.findByRole('link', { name: 'Start a plan for Sam Taylor' });
    expect(start.getAttribute('href')).toBe(`#/new/${asPupilId('pupil-sam')}`);
    expect(screen.queryByRole('link', { name: 'Open plan for Sam Taylor' })).toBeNull();
  });

  test('a draft someone else changed is not deleted, and the user is told why', async () => {
    const services = draftServices();
    const { user, onBack } = await renderEditor({ services });
    services.otherUserSaves(SEED_PLAN_ID, (plan) => ({ ...plan, childInput: 'Changed by Tom' }));
    await user.click(within(toolbar()).getByRole('button', { name: 'Delete draft' }));
    await user.click(button(await confirmDialog(), 'Delete draft'));
    expect(await screen.findByText('Not deleted: someone else changed this draft')).toBeTruthy();
    expect(services.server.has(SEED_PLAN_ID)).toBe(true);
    expect(onBack).not.toHaveBeenCalled();
  });

  test('"Make this plan active" saves it as active, after which it can no longer be deleted', async () => {
    const services = draftServices();
    const { user } = await renderEditor({ services });
    await user.click(within(toolbar()).getByRole('button', { name: 'Make this plan active' }));
    await screen.findByText(/^Saved at/);
    expect(services.server.get(SEED_PLAN_ID)?.status).toBe('active');
    expect(within(toolbar()).queryByRole('button', { name: 'Delete draft' })).toBeNull();
    expect(within(toolbar()).queryByRole('button', { name: 'Make this plan active' })).toBeNull();
  });

  test('an active plan offers neither', async () => {
    await renderEditor();
    expect(within(toolbar()).queryByRole('button', { name: 'Delete draft' })).toBeNull();
    expect(within(toolbar()).queryByRole('button', { name: 'Make this plan active' })).toBeNull();
  });
});
