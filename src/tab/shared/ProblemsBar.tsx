import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens } from '@fluentui/react-components';
import type { ItemProblem } from '../../domain';

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalXL },
});

const plural = (count: number, kind: string): string => `${count} ${kind}${count === 1 ? '' : 's'}`;

/** "1 plan could not be read", "2 plans and 1 pupil could not be read". */
export const problemsTitle = (problems: readonly ItemProblem[]): string => {
  const counts = new Map<string, number>();
  for (const p of problems) counts.set(p.item.kind, (counts.get(p.item.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, count]) => plural(count, kind));
  const joined =
    parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}` : (parts[0] ?? '');
  return `${joined} could not be read`;
};

/**
 * Items the store could not map to a plan or a pupil. The rest of the page is still shown; this says
 * which items are missing from it and what to do, so a damaged item is never silently hidden.
 */
export const ProblemsBar = ({ problems }: { readonly problems: readonly ItemProblem[] }) => {
  const styles = useStyles();
  if (problems.length === 0) return null;
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{problemsTitle(problems)}:</MessageBarTitle>
        <ul className={styles.list}>
          {problems.map((p, i) => (
            <li key={`${p.item.kind}-${p.item.id}-${p.field}-${i}`}>
              {`${p.item.kind} item ${p.item.id}, ${p.field}: ${p.message}`}
            </li>
          ))}
        </ul>
        Everything else is shown. Ask your SENCO to correct these items in the SEN site, then refresh.
      </MessageBarBody>
    </MessageBar>
  );
};
