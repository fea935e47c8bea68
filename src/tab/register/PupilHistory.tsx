import { Body1, makeStyles, Subtitle1, tokens } from '@fluentui/react-components';
import { REGISTER_CHANGE_LABELS, type RegisterChange } from '../../domain';
import { formatUkDate } from '../../domain/dates';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface PupilHistoryProps {
  readonly history: readonly RegisterChange[];
  readonly timeZone: string;
}

/** The pupil's register history, newest first. */
export const PupilHistory = ({ history, timeZone }: PupilHistoryProps) => {
  const styles = useStyles();
  return (
    <section aria-labelledby="pupil-history-title">
      <Subtitle1 as="h2" id="pupil-history-title">
        History on the register
      </Subtitle1>
      {history.length === 0 ? (
        <Body1 className={styles.muted}>No changes recorded yet.</Body1>
      ) : (
        <ol className={styles.list} reversed>
          {[...history].reverse().map((change, index) => (
            <li key={`${change.on}-${index}`}>
              <Body1>
                {formatUkDate(change.on, timeZone)}: {REGISTER_CHANGE_LABELS[change.kind]}
                {change.detail ? ` (${change.detail})` : ''}, by {change.by}
              </Body1>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
};
