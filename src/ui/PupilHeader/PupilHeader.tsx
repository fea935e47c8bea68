import { Badge } from '@fluentui/react-components';
import { formatUkDate, isIsoDate } from '../../domain/dates';
import type { PlanStatus } from '../../domain/plan';
import { STAGE_LABELS } from '../../domain/terminology';
import type { PupilHeaderProps } from './PupilHeader.types';
import { usePupilHeaderStyles } from './usePupilHeaderStyles.styles';

/** The status is spelt out in the badge text; colour only repeats it. */
const STATUS: Readonly<Record<PlanStatus, { label: string; color: 'informative' | 'success' | 'subtle' }>> = {
  draft: { label: 'Draft', color: 'informative' },
  active: { label: 'Active', color: 'success' },
  closed: { label: 'Closed (read-only)', color: 'subtle' },
};

/** Who the plan is for and where it stands: name, class, year, stage, version and status. */
export const PupilHeader = ({ plan, headingLevel = 1 }: PupilHeaderProps) => {
  const styles = usePupilHeaderStyles();
  const Heading = `h${headingLevel}` as const;
  const status = STATUS[plan.status];
  const facts: [string, string][] = [
    ['Class', plan.pupil.className],
    ['Year', plan.pupil.yearGroup || 'Not recorded'],
    ['Stage', STAGE_LABELS[plan.stage]],
    ['Version', String(plan.version)],
    [
      'Next review',
      plan.nextReviewDate && isIsoDate(plan.nextReviewDate) ? formatUkDate(plan.nextReviewDate) : 'Not set',
    ],
  ];
  return (
    <header className={styles.root}>
      <Heading className={styles.heading}>{plan.pupil.name}</Heading>
      <dl className={styles.facts}>
        {facts.map(([term, value]) => (
          <div key={term} className={styles.fact}>
            <dt className={styles.term}>{term}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
        <div className={styles.fact}>
          <dt className={styles.term}>Status</dt>
          <dd className={styles.value}>
            <Badge appearance="tint" color={status.color}>
              {status.label}
            </Badge>
          </dd>
        </div>
      </dl>
    </header>
  );
};
