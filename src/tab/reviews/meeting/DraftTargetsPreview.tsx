import { Text } from '@fluentui/react-components';
import { useMemo } from 'react';
import {
  meetingTargets,
  type Clock,
  type Plan,
  type SmartContext,
  type SolutionFocusedMeeting,
  type Term,
} from '../../../domain';
import { SmartHints } from '../../../ui/SmartHints';
import { useMeetingStyles } from './meetingStyles';

export interface DraftTargetsPreviewProps {
  readonly meeting: SolutionFocusedMeeting;
  readonly plan: Plan;
  readonly clock: Clock;
  readonly terms: readonly Term[];
}

/**
 * The short-term targets the chosen actions will become in the next version, each with the SMART coach,
 * so the team sees what to add (how they will know, who, how often, by when) before the meeting ends.
 */
export const DraftTargetsPreview = ({ meeting, plan, clock, terms }: DraftTargetsPreviewProps) => {
  const styles = useMeetingStyles();
  const drafts = useMemo(() => {
    let n = 0;
    return meetingTargets(meeting, () => `draft-${(n += 1)}`);
  }, [meeting]);
  const context = useMemo<SmartContext>(
    () => ({
      clock,
      terms,
      plan: { needs: plan.needs, longTermTargets: drafts.longTermTargets, pupil: plan.pupil },
    }),
    [clock, terms, plan.needs, plan.pupil, drafts.longTermTargets],
  );
  if (drafts.shortTermTargets.length === 0) return null;
  return (
    <section className={styles.section} aria-labelledby="draft-targets-title">
      <Text as="h3" id="draft-targets-title" size={600} weight="semibold">
        Draft short-term targets for the next version
      </Text>
      <Text>
        Completing the review starts the next version of the plan with these as drafts, for the team to make
        SMART in the plan.
      </Text>
      <ol className={styles.list}>
        {drafts.shortTermTargets.map((target, n) => (
          <li key={target.id}>
            <Text weight="semibold">{target.text}</Text>
            <SmartHints
              target={target}
              context={context}
              targetName={`draft target ${n + 1}`}
              headingLevel={4}
            />
          </li>
        ))}
      </ol>
    </section>
  );
};
