import { screen, waitFor, within } from '@testing-library/react';
import { fakeEditorServices, SEED_PLAN_ID } from '../../../../test/support/fakeEditorServices';
import { renderEditor } from '../../../../test/support/renderEditor';

beforeEach(() => sessionStorage.clear());

const replaceText = async (
  user: Awaited<ReturnType<typeof renderEditor>>['user'],
  field: HTMLElement,
  text: string,
) => {
  await user.clear(field);
  await user.click(field);
  await user.paste(text);
};

/** Sam's plan, edited here and, meanwhile, by a colleague on the same fields. */
const editBothSides = async () => {
  const services = fakeEditorServices();
  const rendered = await renderEditor({ services });
  const { user } = rendered;
  await replaceText(user, screen.getByRole('textbox', { name: 'Likes' }), 'Lego and trains');
  const target = screen.getByRole('region', { name: 'Short-term target 1' });
  await replaceText(
    user,
    within(target).getByRole('textbox', { name: /^Success criteria/ }),
    'Reads the words in a class book.',
  );
  await replaceText(
    user,
    within(target).getByRole('textbox', { name: 'Strategies and provision' }),
    'Precision teaching, 3 new words a week.',
  );
  // Mr Jones also changes fields I left alone: those are merged, never asked about or wiped.
  services.otherUserSaves(SEED_PLAN_ID, (plan) => ({
    ...plan,
    profile: { ...plan.profile, likes: 'Minecraft', dislikes: 'Crowds' },
    updatedBy: 'Mr Tom Jones',
    updatedAt: '2026-11-12T14:00:00Z',
    shortTermTargets: plan.shortTermTargets.map((t, i) =>
      i === 0
        ? {
            ...t,
            successCriteria: 'Reads the words on a word mat.',
            strategies: 'Daily flash cards with a TA.',
            deliveredBy: 'Speech and language therapist',
          }
        : t,
    ),
  }));
  await user.click(screen.getByRole('button', { name: 'Save plan' }));
  const dialog = await screen.findByRole('dialog', { name: 'Someone else saved changes to this plan' });
  return { ...rendered, services, dialog };
};

describe('changes to different fields', () => {
  test('merge and save without asking, and say whose changes were merged', async () => {
    const services = fakeEditorServices();
    const { user } = await renderEditor({ services });
    await replaceText(user, screen.getByRole('textbox', { name: 'Likes' }), 'Lego and trains');
    services.otherUserSaves(SEED_PLAN_ID, (plan) => ({
      ...plan,
      profile: { ...plan.profile, dislikes: 'Crowds' },
      updatedBy: 'Mr Tom Jones',
    }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));

    await screen.findByText(/^Saved at \d\d:\d\d; merged with Mr Tom Jones's changes\.$/);
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(services.server.get(SEED_PLAN_ID)?.profile).toMatchObject({
      likes: 'Lego and trains',
      dislikes: 'Crowds',
    });
    // Their change is on screen too, and nothing is left unsaved.
    expect((screen.getByRole('textbox', { name: 'Dislikes' }) as HTMLTextAreaElement).value).toBe('Crowds');
    expect(screen.getByText('All changes saved')).toBeTruthy();
  });
});

describe('merge view after a conflicting save', () => {
  test('shows their value and mine for every differing field', async () => {
    const { dialog } = await editBothSides();
    const planPart = within(dialog).getByRole('region', { name: 'Plan details' });
    expect(within(planPart).getByText('Minecraft')).toBeTruthy();
    expect(within(planPart).getByText('Lego and trains')).toBeTruthy();
    const targetPart = within(dialog).getByRole('region', { name: /^Short-term target 1/ });
    expect(within(targetPart).getByText('Reads the words on a word mat.')).toBeTruthy();
    expect(within(targetPart).getByText('Reads the words in a class book.')).toBeTruthy();
    expect(within(targetPart).getByText('Daily flash cards with a TA.')).toBeTruthy();
    expect(within(targetPart).getByText('Precision teaching, 3 new words a week.')).toBeTruthy();
    // Only fields we both changed are asked about: not their Dislikes or Who delivers it.
    expect(within(dialog).getAllByRole('radiogroup')).toHaveLength(3);
    expect(within(dialog).queryByText('Crowds')).toBeNull();
    expect(within(dialog).queryByText('Speech and language therapist')).toBeNull();
  });

  test('says who saved and when', async () => {
    const { dialog } = await editBothSides();
    expect(within(dialog).getByText(/^Mr Tom Jones saved changes while you were editing/)).toBeTruthy();
    const planPart = within(dialog).getByRole('region', { name: 'Plan details' });
    expect(within(planPart).getByText(/^Saved by Mr Tom Jones at 14:00 on 12\/11\/2026\./)).toBeTruthy();
  });

  test('cannot save before choosing for every field', async () => {
    const { dialog, user, services } = await editBothSides();
    const save = within(dialog).getByRole('button', { name: 'Save with these choices' });
    expect(save.getAttribute('aria-disabled')).toBe('true');
    await user.click(save);
    expect(services.saves).toHaveLength(1);
    expect(within(dialog).getByText('Choose for 3 more fields to save.')).toBeTruthy();
    await user.click(
      within(within(dialog).getByRole('radiogroup', { name: 'Likes' })).getByRole('radio', {
        name: 'Use theirs',
      }),
    );
    expect(within(dialog).getByText('Choose for 2 more fields to save.')).toBeTruthy();
    await user.click(save);
    expect(services.saves).toHaveLength(1);
    expect(services.server.get(SEED_PLAN_ID)?.profile.likes).toBe('Minecraft');
  });

  test('saves their value where chosen and mine elsewhere, against their eTag', async () => {
    const { dialog, user, services } = await editBothSides();
    const choose = async (field: string, option: 'Keep mine' | 'Use theirs') =>
      user.click(
        within(within(dialog).getByRole('radiogroup', { name: field })).getByRole('radio', { name: option }),
      );
    await choose('Likes', 'Keep mine');
    await choose('Success criteria', 'Use theirs');
    await choose('Strategies and provision', 'Keep mine');
    await user.click(within(dialog).getByRole('button', { name: 'Save with these choices' }));

    await screen.findByText(/^Saved at/);
    expect(screen.queryByRole('dialog')).toBeNull();
    const saved = services.server.get(SEED_PLAN_ID);
    expect(saved?.profile.likes).toBe('Lego and trains');
    expect(saved?.shortTermTargets[0]?.successCriteria).toBe('Reads the words on a word mat.');
    expect(saved?.shortTermTargets[0]?.strategies).toBe('Precision teaching, 3 new words a week.');
    // Keeping mine on the fields we both changed leaves their other changes in place.
    expect(saved?.profile.dislikes).toBe('Crowds');
    expect(saved?.shortTermTargets[0]?.deliveredBy).toBe('Speech and language therapist');
    expect(screen.getByText(/; merged with Mr Tom Jones's changes\.$/)).toBeTruthy();
    // The re-save went out with the server's eTags, so it was accepted rather than conflicting again.
    const resave = services.saves[1];
    expect(resave?.edited.etag).toBe('"plan-sam,2"');
    expect(resave?.edited.shortTermTargets[0]?.etag).toBe('"t-1,2"');
    // The editor now shows the merged plan.
    // The page is hidden from assistive technology while the dialog is open; wait until it is back.
    const target = await screen.findByRole('region', { name: 'Short-term target 1' });
    expect(
      (within(target).getByRole('textbox', { name: /^Success criteria/ }) as HTMLTextAreaElement).value,
    ).toBe('Reads the words on a word mat.');
  });

  test('cancelling keeps my edits unsaved and overwrites nothing', async () => {
    const { dialog, user, services } = await editBothSides();
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(services.server.get(SEED_PLAN_ID)?.profile.likes).toBe('Minecraft');
    expect((screen.getByRole('textbox', { name: 'Likes' }) as HTMLTextAreaElement).value).toBe(
      'Lego and trains',
    );
    expect(screen.getByText('Not saved: someone else changed this plan')).toBeTruthy();
    // Saving again meets the same conflict instead of silently overwriting their work.
    await user.click(screen.getByRole('button', { name: 'Retry save' }));
    await screen.findByRole('dialog', { name: 'Someone else saved changes to this plan' });
    expect(services.server.get(SEED_PLAN_ID)?.profile.likes).toBe('Minecraft');
  });
});

describe('a target I withdrew that a colleague changed', () => {
  test('is asked about, saying I withdrew it, rather than vanishing', async () => {
    const services = fakeEditorServices();
    const { user } = await renderEditor({ services });
    await user.click(screen.getByRole('button', { name: 'Withdraw short-term target 1' }));
    services.otherUserSaves(SEED_PLAN_ID, (plan) => ({
      ...plan,
      updatedBy: 'Mr Tom Jones',
      updatedAt: '2026-11-12T14:00:00Z',
      shortTermTargets: plan.shortTermTargets.map((t, i) =>
        i === 0 ? { ...t, strategies: 'Daily flash cards with a TA.' } : t,
      ),
    }));
    await user.click(screen.getByRole('button', { name: 'Save plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Someone else saved changes to this plan' });
    expect(within(dialog).getByText(/^You withdrew this; .+ changed it meanwhile\.$/)).toBeTruthy();
    // Nothing was withdrawn: the colleague's change stands until I choose.
    const stored = services.server.get(SEED_PLAN_ID);
    expect(stored?.withdrawnTargets).toBeUndefined();
    expect(stored?.shortTermTargets[0]?.strategies).toBe('Daily flash cards with a TA.');
  });
});
