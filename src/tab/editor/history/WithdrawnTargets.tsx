import { Text, makeStyles, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { TARGET_AREA_LABELS, type WithdrawnTarget } from '../../../domain/target';
import { ukDateOrRaw } from '../../../ui/DateField';

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  item: { marginBlockEnd: tokens.spacingVerticalS },
  meta: { color: tokens.colorNeutralForeground2 },
});

const evidenceWords = (count: number): string =>
  count === 0 ? 'no evidence' : count === 1 ? '1 piece of evidence' : `${count} pieces of evidence`;

export const withdrawnWords = (target: Pick<WithdrawnTarget, 'withdrawnOn'>): string =>
  target.withdrawnOn === '' ? 'Withdrawn' : `Withdrawn on ${ukDateOrRaw(target.withdrawnOn)}`;

/**
 * Targets taken out of this version. They are no longer worked on, so they are not among the plan's
 * targets, but they stay on record with their evidence; nothing here can be edited.
 */
export const WithdrawnTargets = ({ targets }: { readonly targets: readonly WithdrawnTarget[] }) => {
  const styles = useStyles();
  const headingId = useId();
  if (targets.length === 0) return null;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId}>Withdrawn targets</h3>
      <ul className={styles.list}>
        {targets.map((target) => (
          <li key={target.id} className={styles.item}>
            <Text block>{target.text}</Text>
            <Text block size={200} className={styles.meta}>
              {withdrawnWords(target)} · {TARGET_AREA_LABELS[target.area]} ·{' '}
              {evidenceWords(target.evidence.length)}
            </Text>
          </li>
        ))}
      </ul>
    </section>
  );
};
