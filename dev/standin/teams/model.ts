/** What a Teams app's manifest declares about one activity type (`activities.activityTypes[]`). */
export interface DeclaredActivityType {
  readonly type: string;
  readonly templateText: string;
}

/**
 * The IEP Planner Teams app as an administrator installed it: the activity types its manifest declares,
 * and the teams it is installed in (absent: every team). Graph refuses a team's notice when the app is
 * not installed there (https://learn.microsoft.com/en-us/graph/api/team-sendactivitynotification).
 */
export interface TeamsAppInstallation {
  readonly activityTypes: readonly DeclaredActivityType[];
  readonly teamIds?: readonly string[];
}

/** One notice as it reached a person's activity feed, with its template already filled in. */
export interface DeliveredActivity {
  /** `00001`, `00002`, ...: the order they were sent. */
  readonly id: string;
  readonly sentAt: string;
  readonly teamId: string;
  readonly teamName: string;
  readonly senderUserId: string;
  readonly recipientUserId: string;
  /** The recipient's sign-in name, so a test can say who it reached without knowing ids. */
  readonly recipientUpn: string;
  readonly activityType: string;
  /** The line Teams shows: the declared template with `{actor}` and the parameters filled in. */
  readonly text: string;
  readonly previewText: string;
  readonly topic: {
    readonly source: 'entityUrl' | 'text';
    readonly value: string;
    readonly webUrl: string | null;
  };
}
