import { makeStyles, tokens } from '@fluentui/react-components';
import type { Clock } from '../../domain/clock';
import type { FieldIssue } from '../../domain/errors';
import type { Plan } from '../../domain/plan';
import type { ProvisionStore } from '../../domain/provisionPorts';
import type { SchoolSettings } from '../../domain/school';
import { LongTermTargetsSection } from './sections/LongTermTargetsSection';
import { NeedsSection } from './sections/NeedsSection';
import { PeopleSection } from './sections/PeopleSection';
import { ProfileSection } from './sections/ProfileSection';
import { ShortTermTargetsSection } from './sections/ShortTermTargetsSection';
import { StageSection } from './sections/StageSection';
import { SupportSection } from './sections/SupportSection';
import { ViewsSection } from './sections/ViewsSection';

export interface PlanFormProps {
  readonly plan: Plan;
  readonly update: (change: (plan: Plan) => Plan) => void;
  readonly issues: readonly FieldIssue[];
  readonly readOnly: boolean;
  /** Evidence may be added although the plan is read-only (default: only when the plan is editable). */
  readonly evidenceOpen?: boolean;
  readonly clock: Clock;
  readonly settings: SchoolSettings;
  readonly recordedBy: string;
  readonly announce: (message: string) => void;
  readonly smartDelayMs?: number;
  /** The school's provisions, for linking a target to the one that delivers it. */
  readonly provisions?: ProvisionStore;
}

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL, minWidth: 0 },
});

const noChange = () => undefined;

/** The whole plan, in the order the seed documents set it out. */
export const PlanForm = (props: PlanFormProps) => {
  const styles = useStyles();
  const section = {
    plan: props.plan,
    update: props.readOnly ? noChange : props.update,
    issues: props.issues,
    readOnly: props.readOnly,
  };
  return (
    <div className={styles.root}>
      <ProfileSection {...section} />
      <NeedsSection {...section} />
      <StageSection {...section} />
      <LongTermTargetsSection {...section} announce={props.announce} />
      <ShortTermTargetsSection
        {...section}
        clock={props.clock}
        settings={props.settings}
        recordedBy={props.recordedBy}
        announce={props.announce}
        smartDelayMs={props.smartDelayMs}
        {...(props.provisions ? { provisions: props.provisions } : {})}
        evidenceUpdate={(props.evidenceOpen ?? !props.readOnly) ? props.update : null}
      />
      <SupportSection {...section} />
      <ViewsSection {...section} />
      <PeopleSection {...section} />
    </div>
  );
};
