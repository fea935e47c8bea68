import { z } from 'zod';
import { multiLine, requiredSingleLine, singleLine } from './limits';
import { VOTES_PER_MEMBER } from './solutionFocused';

/**
 * A solution-focused planning meeting (Highland guidance, seed 004) as kept with its review: the roles,
 * who votes, the time each speaker shared information (stage 1), the flip chart of issues and its votes
 * (stages 2 and 3), and for each chosen issue a sheet of "in how many ways might we…" actions and its
 * votes (stages 4 and 5). Stored whole in one JSON note column, so the limits keep it inside 63,999
 * characters and a bad note is refused with a message rather than a crash.
 */
export const MEETING_LIMITS = {
  members: 20,
  speakers: 20,
  issues: 30,
  actionsPerIssue: 30,
  /** The guidance: "the top 2, 3, 4 etc"; more long-term targets than this is no longer a plan. */
  chosen: 8,
  /** Stage 1 is "limited to 15 minutes maximum"; a speaker's record is capped at an hour. */
  speakerSeconds: 3600,
} as const;

export const SPEAKER_MINUTES_SUGGESTED = 15;

/** An item's id: short, made by the page, never shown. */
const itemId = z
  .string()
  .min(1)
  .max(40)
  .regex(/^[A-Za-z0-9-]+$/, { error: 'An item id may only hold letters, digits and hyphens.' });

export const FlipChartItemSchema = z.object({
  id: itemId,
  /** Becomes a target's text, so it has a target's limit. */
  text: requiredSingleLine('Flip-chart item'),
});
export type FlipChartItem = z.infer<typeof FlipChartItemSchema>;

export const MeetingBallotSchema = z.object({
  member: requiredSingleLine('Member name'),
  votes: z.record(
    itemId,
    z
      .number({ error: 'Votes must be a number.' })
      .int({ error: 'Votes must be whole numbers.' })
      .min(0, { error: 'Votes cannot be negative.' })
      .max(VOTES_PER_MEMBER, { error: `A member has ${VOTES_PER_MEMBER} votes in all.` }),
  ),
});

const chosenIds = z
  .array(itemId)
  .max(MEETING_LIMITS.chosen, { error: `Choose at most ${MEETING_LIMITS.chosen}.` })
  .default([]);

export const SharingTurnSchema = z.object({
  speaker: requiredSingleLine('Speaker'),
  seconds: z.number().int().min(0).max(MEETING_LIMITS.speakerSeconds),
  notes: multiLine('What was shared').default(''),
});
export type SharingTurn = z.infer<typeof SharingTurnSchema>;

/** Stages 4 and 5 for one chosen issue: its own flip-chart sheet. */
export const ActionSheetSchema = z.object({
  issueId: itemId,
  actions: z
    .array(FlipChartItemSchema)
    .max(MEETING_LIMITS.actionsPerIssue, {
      error: `A sheet holds at most ${MEETING_LIMITS.actionsPerIssue} actions.`,
    })
    .default([]),
  ballots: z.array(MeetingBallotSchema).max(MEETING_LIMITS.members).default([]),
  chosen: chosenIds,
});
export type ActionSheet = z.infer<typeof ActionSheetSchema>;

export const MeetingRolesSchema = z.object({
  chair: singleLine('Chair').default(''),
  facilitator: singleLine('Facilitator').default(''),
  keyProfessional: singleLine('Key professional').default(''),
});
export type MeetingRoles = z.infer<typeof MeetingRolesSchema>;

export const MeetingStageSchema = z.union([
  z.literal(1),
  z.literal(2),
  z.literal(3),
  z.literal(4),
  z.literal(5),
]);
export type MeetingStage = z.infer<typeof MeetingStageSchema>;

export const SolutionFocusedMeetingSchema = z.object({
  stage: MeetingStageSchema.default(1),
  roles: MeetingRolesSchema.default(MeetingRolesSchema.parse({})),
  members: z
    .array(requiredSingleLine('Member name'))
    .max(MEETING_LIMITS.members, { error: `A meeting has at most ${MEETING_LIMITS.members} members.` })
    .default([]),
  sharing: z.array(SharingTurnSchema).max(MEETING_LIMITS.speakers).default([]),
  issues: z
    .array(FlipChartItemSchema)
    .max(MEETING_LIMITS.issues, { error: `The flip chart holds at most ${MEETING_LIMITS.issues} issues.` })
    .default([]),
  issueBallots: z.array(MeetingBallotSchema).max(MEETING_LIMITS.members).default([]),
  /** The issues the group chose as long-term targets, in ranked order. */
  chosenIssues: chosenIds,
  actionSheets: z.array(ActionSheetSchema).max(MEETING_LIMITS.chosen).default([]),
});
export type SolutionFocusedMeeting = z.infer<typeof SolutionFocusedMeetingSchema>;

export const emptyMeeting = (): SolutionFocusedMeeting => SolutionFocusedMeetingSchema.parse({});

export const MEETING_STAGE_TITLES: Readonly<Record<MeetingStage, string>> = {
  1: 'Share information',
  2: 'Issues',
  3: 'Vote on issues',
  4: 'In how many ways might we…',
  5: 'Vote on actions',
};
