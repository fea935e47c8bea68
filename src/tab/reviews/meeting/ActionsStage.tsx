import { Text } from '@fluentui/react-components';
import { addItem, editItem, removeItem, sheetOf } from '../../../app/usecases/reviews/meeting/meetingEdits';
import { MEETING_LIMITS, type SolutionFocusedMeeting } from '../../../domain';
import { FlipChart } from './FlipChart';
import { useMeetingStyles } from './meetingStyles';
import { VotingSheet } from './VotingSheet';

export interface ActionsStageProps {
  readonly meeting: SolutionFocusedMeeting;
  /** 4: brainstorm each sheet; 5: vote on each sheet. */
  readonly stage: 4 | 5;
  readonly readOnly: boolean;
  onChange(meeting: SolutionFocusedMeeting): void;
}

/** Stages 4 and 5, repeated for every long-term target chosen at stage 3: one sheet each. */
export const ActionsStage = ({ meeting, stage, readOnly, onChange }: ActionsStageProps) => {
  const styles = useMeetingStyles();
  if (meeting.chosenIssues.length === 0)
    return <Text>Choose the long-term targets at stage 3 first: each gets a sheet of its own here.</Text>;
  return (
    <div className={styles.section}>
      {meeting.chosenIssues.map((issueId, n) => {
        const issue = meeting.issues.find((i) => i.id === issueId);
        const sheet = { kind: 'actions', issueId } as const;
        const title = `In how many ways might we… ${issue?.text ?? ''}`;
        const headingId = `sheet-${n + 1}-title`;
        return (
          <section key={issueId} className={styles.section} aria-labelledby={headingId}>
            <Text as="h3" id={headingId} size={600} weight="semibold">
              Long-term target {n + 1}: {title}
            </Text>
            {stage === 4 ? (
              <FlipChart
                prompt={`An action for long-term target ${n + 1}`}
                noun="action"
                items={sheetOf(meeting, sheet).items}
                readOnly={readOnly}
                full={sheetOf(meeting, sheet).items.length >= MEETING_LIMITS.actionsPerIssue}
                onAdd={(text) => onChange(addItem(meeting, sheet, text))}
                onEdit={(id, text) => onChange(editItem(meeting, sheet, id, text))}
                onRemove={(id) => onChange(removeItem(meeting, sheet, id))}
              />
            ) : (
              <VotingSheet
                meeting={meeting}
                sheet={sheet}
                howManyLabel={`How many actions for long-term target ${n + 1} become short-term targets?`}
                readOnly={readOnly}
                onChange={onChange}
              />
            )}
          </section>
        );
      })}
    </div>
  );
};
