import { makeStyles, tokens } from '@fluentui/react-components';
import { AREA_OF_NEED_LABELS, type Provision } from '../../../domain';
import { formatPounds } from '../../../domain/provisionCost';
import { frequencyInWords } from '../../../app/usecases/provisions/provisionDelivery';
import { deliveryText, staffText } from '../catalogue/provisionLabels';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  pair: { display: 'contents' },
  term: { fontWeight: tokens.fontWeightSemibold },
  value: { margin: 0, whiteSpace: 'pre-wrap' },
});

/** A provision as the catalogue records it, in words. */
export const ProvisionDetails = ({ provision }: { readonly provision: Provision }) => {
  const styles = useStyles();
  const rows: [string, string][] = [
    ['Area of need', AREA_OF_NEED_LABELS[provision.areaOfNeed]],
    ['Group or 1:1', deliveryText(provision)],
    ['Staff', staffText(provision)],
    ['How often', frequencyInWords(provision)],
    ['Cost per hour', `${formatPounds(provision.costPerHourPence)} for each member of staff`],
    ['Resources a term', `${formatPounds(provision.resourcesCostPence)} for each group`],
    ['What happens in a session', provision.description || 'Not described yet'],
    [
      'Entry and exit measure',
      provision.entryExit.name
        ? `${provision.entryExit.name} (${provision.entryExit.higherIsBetter ? 'a higher score is better' : 'a lower score is better'})`
        : 'None recorded',
    ],
  ];
  if (provision.retired) rows.push(['Offered', 'No longer offered: kept for past terms']);
  return (
    <dl className={styles.list} aria-label="Provision details">
      {rows.map(([term, value]) => (
        <div key={term} className={styles.pair}>
          <dt className={styles.term}>{term}</dt>
          <dd className={styles.value}>{value}</dd>
        </div>
      ))}
    </dl>
  );
};
