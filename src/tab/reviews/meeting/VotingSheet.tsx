import { Text } from '@fluentui/react-components';
import { countVotes, votingComplete, type SolutionFocusedMeeting } from '../../../domain';
import {
  setChosen,
  setVotes,
  sheetOf,
  takeTop,
  type Sheet,
} from '../../../app/usecases/reviews/meeting/meetingEdits';
import { MemberVotes } from './MemberVotes';
import { useMeetingStyles } from './meetingStyles';
import { VoteResults } from './VoteResults';

export interface VotingSheetProps {
  readonly meeting: SolutionFocusedMeeting;
  readonly sheet: Sheet;
  readonly howManyLabel: string;
  readonly readOnly: boolean;
  onChange(meeting: SolutionFocusedMeeting): void;
}

/** Stage 3 or 5 for one flip chart: each member in turn places 5 votes, then the count and the choice. */
export const VotingSheet = ({ meeting, sheet, howManyLabel, readOnly, onChange }: VotingSheetProps) => {
  const styles = useMeetingStyles();
  const { items, ballots, chosen } = sheetOf(meeting, sheet);
  if (meeting.members.length === 0)
    return <Text>Add the members who vote (at the top of the page) before votes are placed.</Text>;
  if (items.length === 0) return <Text>Write on the flip chart before the group votes.</Text>;
  const complete = votingComplete(ballots, meeting.members, items);
  const counts = complete ? countVotes(items, ballots, meeting.members) : [];
  return (
    <div className={styles.section}>
      {meeting.members.map((member) => (
        <MemberVotes
          key={member}
          member={member}
          items={items}
          ballots={ballots}
          readOnly={readOnly}
          onVote={(itemId, count) => onChange(setVotes(meeting, sheet, member, itemId, count))}
        />
      ))}
      {complete ? (
        <VoteResults
          counts={counts}
          chosen={chosen}
          howManyLabel={howManyLabel}
          readOnly={readOnly}
          onTakeTop={(n) => onChange(takeTop(meeting, sheet, counts, n))}
          onChoose={(id, on) => onChange(setChosen(meeting, sheet, counts, id, on))}
        />
      ) : (
        <Text role="status">The count shows once every member has placed all 5 votes.</Text>
      )}
    </div>
  );
};
