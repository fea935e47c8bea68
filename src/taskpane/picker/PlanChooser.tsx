import { Field, Select, Spinner } from '@fluentui/react-components';
import { asPlanId, type PlanSummary } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useNarrowField } from '../shared/useNarrowField';
import { PupilSearch } from './PupilSearch';
import { MY_PLANS, type DocumentSelection } from './useDocumentSelection';

const STATUS_WORDS: Readonly<Record<PlanSummary['status'], string>> = {
  draft: 'draft',
  active: 'current',
  closed: 'closed, kept as a record',
};

export const versionLabel = (plan: PlanSummary): string =>
  `Version ${plan.version} (${STATUS_WORDS[plan.status]})`;

/** Local mode only: the demo school's classes as well as "plans that name me". */
const SourcePicker = ({ selection }: { readonly selection: DocumentSelection }) => {
  const narrow = useNarrowField();
  const classes = selection.classes.status === 'ready' ? selection.classes.data : [];
  return (
    <Field
      className={narrow.root}
      label="Show pupils from"
      validationState={selection.classes.status === 'error' ? 'warning' : 'none'}
      validationMessage={
        selection.classes.status === 'error'
          ? 'Your classes could not be listed; plans that name you are still shown.'
          : undefined
      }
    >
      <Select value={selection.source} onChange={(_event, data) => selection.chooseSource(data.value)}>
        <option value={MY_PLANS}>Plans that name me</option>
        {classes.map((team) => (
          <option key={team.id} value={team.id}>
            {team.displayName}
          </option>
        ))}
      </Select>
    </Field>
  );
};

const VersionPicker = ({ selection }: { readonly selection: DocumentSelection }) => {
  const narrow = useNarrowField();
  const { versions, pupilPlan } = selection;
  if (!pupilPlan) return null;
  if (versions.status === 'loading') return <Spinner size="tiny" label="Finding earlier versions" />;
  if (versions.status === 'error') {
    return <ErrorMessage error={versions.error} title="Earlier versions could not be listed" />;
  }
  const list = versions.status === 'ready' && versions.data.length > 0 ? versions.data : [pupilPlan];
  return (
    <Field className={narrow.root} label="Plan version">
      <Select
        value={selection.planId ?? pupilPlan.id}
        onChange={(_event, data) => selection.chooseVersion(asPlanId(data.value))}
      >
        {list.map((plan) => (
          <option key={plan.id} value={plan.id}>
            {versionLabel(plan)}
          </option>
        ))}
      </Select>
    </Field>
  );
};

/** Which pupil and which version of their plan. */
export const PlanChooser = ({ selection }: { readonly selection: DocumentSelection }) => {
  const { plans } = selection;
  return (
    <>
      {selection.localMode ? <SourcePicker selection={selection} /> : null}
      {plans.status === 'loading' || plans.status === 'idle' ? (
        <Spinner size="tiny" label="Finding your pupils" />
      ) : plans.status === 'error' ? (
        <ErrorMessage
          error={plans.error}
          title="Your pupils could not be listed"
          onRetry={selection.reloadPlans}
        />
      ) : (
        <PupilSearch
          key={selection.source}
          plans={plans.data}
          selected={selection.pupilPlan}
          onSelect={selection.choosePupil}
        />
      )}
      <VersionPicker selection={selection} />
    </>
  );
};
