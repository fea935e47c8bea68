import type { Client } from '@microsoft/microsoft-graph-client';
import type { CurrentUser, ReviewReminderSender } from '../domain';
import { createReviewReminderSender } from '../graph/teams/sendReviewReminders';
import type { AppConfig } from './config';

/** The manifest's personal tab (TAB_IDS.myPupils in scripts/manifest): a teacher's pupils, soonest review first. */
const MY_PUPILS_TAB = 'my-pupils';

/**
 * Where a reminder opens. In Teams, a deep link to the app's "My pupils" tab
 * (https://learn.microsoft.com/en-us/microsoftteams/platform/concepts/build-and-test/deep-link-application);
 * locally the stand-in serves the tab itself. It carries no pupil and no class: only the tab knows who.
 */
export const reminderOpenUrl = (config: AppConfig): string | null => {
  if (config.mode === 'local') return new URL('tab.html#/my', config.graphBaseUrl).toString();
  if (!config.teamsAppId) return null;
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(config.teamsAppId)}/${MY_PUPILS_TAB}`;
};

export const reminderSenderFor = (
  config: AppConfig,
  client: Client,
  currentUser: CurrentUser,
): ReviewReminderSender | null => {
  const openUrl = reminderOpenUrl(config);
  if (openUrl === null) return null;
  return createReviewReminderSender(client, () =>
    Promise.resolve({ openUrl, senderAddresses: currentUser.addresses ?? [currentUser.email] }),
  );
};
