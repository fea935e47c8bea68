import type { SiteGrantCheck } from '../../senSiteStatus';

/** One message of the configuration page's setup checks, in words for the SENCO and school IT. */
export interface SetupNotice {
  readonly intent: 'success' | 'warning';
  readonly title: string;
  readonly text: string;
}

/**
 * Whether closed plan versions are locked by SharePoint (docs/RECORDS.md). Without the school's record
 * label they are read-only in IEP Planner only: anyone with edit rights could still change them elsewhere.
 */
export const recordsNotice = (closedVersionLabel: string | undefined): SetupNotice =>
  closedVersionLabel === undefined
    ? {
        intent: 'warning',
        title: 'Closed plan versions are read-only only in IEP Planner',
        text:
          'SharePoint does not lock them yet, so someone with edit rights on the SEN site could still change or delete a closed version outside the app. ' +
          'To have SharePoint lock them, school IT creates a retention label that marks items as a record in Microsoft Purview and names it as records.closedVersionLabel in app-config.json (see the records guide, RECORDS.md).',
      }
    : {
        intent: 'success',
        title: 'Closed plan versions are locked by SharePoint',
        text: `When a version closes, its plan, targets and progress evidence get the retention label “${closedVersionLabel}”, which marks them as a record: SharePoint then refuses any change or deletion, by anyone.`,
      };

/**
 * What the app's grant allows with the signed-in person's rights (docs/ACCESS.md, "The app's grant"):
 * securing a new pupil's records needs SharePoint's Manage permissions on the IEP lists.
 */
export const grantNotice = (check: SiteGrantCheck): SetupNotice =>
  check.mayManagePermissions
    ? {
        intent: 'success',
        title: 'IEP Planner can secure new pupils',
        text: 'With your account, IEP Planner may give each new pupil’s records to their care team only, as SharePoint permissions.',
      }
    : {
        intent: 'warning',
        title: 'IEP Planner cannot secure new pupils',
        text:
          'With your account, SharePoint does not let IEP Planner manage permissions on the IEP lists, so a pupil added now could not be limited to their care team. ' +
          'Either IEP Planner’s grant on the SEN site is below “fullcontrol” (school IT grants it in step 4 of the deployment guide, DEPLOY.md), or you are not an SEN lead: ask a SENCO to open this page.' +
          (check.mayEditItems ? '' : ' Plans cannot be saved with this grant either.'),
      };
