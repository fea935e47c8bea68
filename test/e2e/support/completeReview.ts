import type { Page } from 'playwright-core';
import type { Plan } from '../../../src/domain';

/**
 * On an open review record: "Complete review", confirmed, then wait for the tab to move on to the
 * new version's editor, as the SENCO sees it. A meeting still ahead is completed only after the app's
 * warning that it has not happened yet.
 */
export const completeReviewInBrowser = async (
  page: Page,
  plan: Plan,
  options: { readonly meetingAhead?: boolean } = {},
): Promise<void> => {
  await page.getByRole('button', { name: 'Complete review', exact: true }).click();
  if (options.meetingAhead === true) {
    await page.getByText(/The meeting has not happened yet/).waitFor();
    await page
      .getByRole('button', { name: `Complete before the meeting and start version ${plan.version + 1}` })
      .click();
  } else {
    await page.getByRole('button', { name: `Complete review and start version ${plan.version + 1}` }).click();
  }
  await page.waitForFunction(
    (oldHash) => /^#\/plan\/[^/]+$/.test(location.hash) && location.hash !== oldHash,
    `#/plan/${plan.id}`,
  );
  await page.getByRole('heading', { level: 1, name: plan.pupil.name }).waitFor();
};
