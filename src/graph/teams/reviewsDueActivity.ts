/**
 * The one Teams activity-feed notice IEP Planner sends: a class teacher's reminder that some of their
 * pupils' reviews are overdue or due soon. The Teams manifest declares it (`activities.activityTypes`,
 * scripts/manifest/buildTeamsManifest.ts) and the send names it, so both read it from here.
 *
 * A notice shows on lock screens and phones, so it carries a count and never a name; the names are
 * behind its link, in the tab.
 */
export const REVIEWS_DUE_ACTIVITY = {
  // Microsoft 365's schema reference gives this field two limits, 32 and 64 characters
  // (https://learn.microsoft.com/en-us/microsoft-365/extensibility/schema/root-activities-activity-types);
  // this keeps within the smaller.
  type: 'iepReviewsDue',
  description: 'IEP reviews of your pupils that are overdue or due soon',
  templateText: '{actor}: reviews are due for {pupilCount} of your pupils',
} as const;

/** The template's own parameter; `{actor}` is filled in by Teams with the sender's name. */
export const PUPIL_COUNT_PARAMETER = 'pupilCount';
