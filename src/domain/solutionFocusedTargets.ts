import { asLongTermTargetId, asTargetId } from './ids';
import type { Plan } from './plan';
import type { SolutionFocusedMeeting } from './solutionFocusedMeeting';
import type { LongTermTarget, ShortTermTarget } from './target';

/**
 * What a solution-focused meeting gives the next version of the plan: each chosen issue a long-term
 * target, each chosen action a short-term target linked to it. They are drafts: the words are the
 * flip chart's, the area is "Other" and there are no success criteria, provision or date yet, so the
 * SMART coach in the editor asks for each of them (the guidance: "after the meeting, the Child's Plan is
 * completed by relevant school staff. The agreed short term targets should be expressed as SMART").
 */
export interface MeetingTargets {
  readonly longTermTargets: LongTermTarget[];
  readonly shortTermTargets: ShortTermTarget[];
}

export const meetingTargets = (meeting: SolutionFocusedMeeting, newId: () => string): MeetingTargets => {
  const longTermTargets: LongTermTarget[] = [];
  const shortTermTargets: ShortTermTarget[] = [];
  for (const issueId of meeting.chosenIssues) {
    const issue = meeting.issues.find((i) => i.id === issueId);
    if (!issue) continue;
    const longTerm: LongTermTarget = {
      id: asLongTermTargetId(newId()),
      area: 'other',
      text: issue.text.trim(),
      wellbeing: [],
    };
    longTermTargets.push(longTerm);
    const sheet = meeting.actionSheets.find((s) => s.issueId === issueId);
    for (const actionId of sheet?.chosen ?? []) {
      const action = sheet?.actions.find((a) => a.id === actionId);
      if (!action) continue;
      shortTermTargets.push({
        id: asTargetId(newId()),
        longTermTargetId: longTerm.id,
        area: 'other',
        text: action.text.trim(),
        successCriteria: '',
        strategies: '',
        deliveredBy: '',
        frequency: '',
        targetDate: null,
        outcome: 'open',
        outcomeComment: '',
        evidence: [],
      });
    }
  }
  return { longTermTargets, shortTermTargets };
};

/** The next version with the meeting's targets after those it already carries. */
export const withMeetingTargets = (
  next: Plan,
  meeting: SolutionFocusedMeeting | null,
  newId: () => string,
): Plan => {
  if (meeting === null) return next;
  const added = meetingTargets(meeting, newId);
  return {
    ...next,
    longTermTargets: [...next.longTermTargets, ...added.longTermTargets],
    shortTermTargets: [...next.shortTermTargets, ...added.shortTermTargets],
  };
};
