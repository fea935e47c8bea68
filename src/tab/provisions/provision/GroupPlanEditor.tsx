import {
  Body1,
  Button,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Text,
  tokens,
} from '@fluentui/react-components';
import { Add16Regular } from '@fluentui/react-icons';
import { useState } from 'react';
import { emptyGroupTarget, MAX_GROUP_TARGETS } from '../../../app/usecases/provisions/groupTargets';
import { readGroupPlan, type GroupPlanFormErrors } from '../../../app/usecases/provisions/groupPlanForm';
import type { PlacementRow } from '../../../app/usecases/provisions/placementRows';
import {
  EditConflict,
  Invalid,
  pupilDisplayName,
  type GroupPlan,
  type GroupTarget,
  type Placement,
  type Provision,
  type ProvisionStore,
} from '../../../domain';
import type { SchoolTerm } from '../../../domain/termDates';
import { ErrorMessage } from '../../../ui/common/ErrorMessage';
import { DateField } from '../../../ui/DateField';
import { ChildOutcomes } from './ChildOutcomes';
import { SharedTargetFields } from './SharedTargetFields';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  heading: { margin: 0, fontSize: tokens.fontSizeBase500 },
  subheading: { margin: 0, fontSize: tokens.fontSizeBase400 },
  actions: { display: 'flex', gap: tokens.spacingHorizontalM, flexWrap: 'wrap' },
});

export interface GroupPlanEditorProps {
  readonly provisions: ProvisionStore;
  readonly provision: Provision;
  readonly term: SchoolTerm;
  readonly group: number;
  readonly plan: GroupPlan | null;
  readonly members: readonly PlacementRow[];
  onPlanSaved(plan: GroupPlan): void;
  onPlacementSaved(placement: Placement): void;
}

const within = (errors: GroupPlanFormErrors, index: number): Record<string, string> =>
  Object.fromEntries(
    Object.entries(errors)
      .filter(([path]) => path.startsWith(`targets.${index}.`))
      .map(([path, message]) => [path.slice(`targets.${index}.`.length), message]),
  );

/**
 * A group IEP: shared targets written once for one group of the provision this term, reviewed together,
 * and each child's outcome recorded on their own placement.
 */
export const GroupPlanEditor = (props: GroupPlanEditorProps) => {
  const { provisions, provision, term, group, plan, members } = props;
  const styles = useStyles();
  const [targets, setTargets] = useState<readonly GroupTarget[]>(plan?.targets ?? []);
  const [reviewDate, setReviewDate] = useState<string | null>(plan?.reviewDate ?? null);
  const [errors, setErrors] = useState<GroupPlanFormErrors>({});
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [theirs, setTheirs] = useState<GroupPlan | null>(null);
  const headingId = `group-plan-${group}`;

  const save = async (over?: GroupPlan) => {
    const reading = readGroupPlan({
      provisionId: provision.id,
      term: term.start,
      group,
      targets,
      reviewDate,
    });
    if (!reading.ok) {
      setErrors(reading.errors);
      return;
    }
    setErrors({});
    setBusy(true);
    setNotice(null);
    setFailure(null);
    try {
      const base = over ?? plan;
      const saved = base
        ? await provisions.saveGroupPlan({ ...base, ...reading.plan }, base)
        : await provisions.createGroupPlan(reading.plan);
      setTheirs(null);
      props.onPlanSaved(saved);
      setNotice('Group plan saved.');
    } catch (caught) {
      if (caught instanceof Invalid)
        setErrors(Object.fromEntries(caught.issues.map((i) => [i.path, i.message])));
      else if (caught instanceof EditConflict && caught.theirs) setTheirs(caught.theirs as GroupPlan);
      else setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  const takeTheirs = (chosen: GroupPlan) => {
    setTheirs(null);
    setTargets(chosen.targets);
    setReviewDate(chosen.reviewDate);
    props.onPlanSaved(chosen);
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <h3 id={headingId} className={styles.heading}>
        Group {group} plan
      </h3>
      <Body1>
        {members
          .map((m) => (m.pupil ? pupilDisplayName(m.pupil) : 'A pupil no longer on the register'))
          .join(', ')}
      </Body1>
      {theirs ? (
        <MessageBar intent="warning" layout="multiline" politeness="assertive">
          <MessageBarBody>
            A colleague saved this group plan after you opened it, with{' '}
            {theirs.targets.length === 1 ? '1 shared target' : `${theirs.targets.length} shared targets`}:{' '}
            {theirs.targets.map((t) => `“${t.text}”`).join(', ') || 'none'}. Nothing of yours was saved yet.
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => void save(theirs)}>Keep mine</Button>
            <Button onClick={() => takeTheirs(theirs)}>Take theirs</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {targets.map((target, index) => (
        <SharedTargetFields
          key={target.id}
          target={target}
          position={index + 1}
          errors={within(errors, index)}
          onChange={(next) => setTargets(targets.map((t) => (t.id === next.id ? next : t)))}
          onRemove={() => setTargets(targets.filter((t) => t.id !== target.id))}
        />
      ))}
      {errors.targets ? <Text role="alert">{errors.targets}</Text> : null}
      <DateField label="Review date" value={reviewDate} onChange={setReviewDate} error={errors.reviewDate} />
      <div className={styles.actions}>
        <Button
          icon={<Add16Regular />}
          disabled={targets.length >= MAX_GROUP_TARGETS}
          onClick={() => setTargets([...targets, emptyGroupTarget(term.end)])}
        >
          Add a shared target
        </Button>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>
          {busy ? 'Saving…' : plan ? `Save group ${group} plan` : `Create group ${group} plan`}
        </Button>
      </div>
      {targets.length >= MAX_GROUP_TARGETS ? (
        <Text>A group plan has at most {MAX_GROUP_TARGETS} shared targets.</Text>
      ) : null}
      {notice ? <Text role="status">{notice}</Text> : null}
      {failure ? <ErrorMessage error={failure} title="The group plan could not be saved" /> : null}
      {plan && plan.targets.length > 0 ? (
        <>
          <h4 className={styles.subheading}>Each child's outcomes</h4>
          {members.map((m) => (
            <ChildOutcomes
              key={`${m.placement.id}:${plan.etag ?? ''}`}
              placement={m.placement}
              name={m.pupil ? pupilDisplayName(m.pupil) : 'A pupil no longer on the register'}
              targets={plan.targets}
              provisions={provisions}
              onSaved={props.onPlacementSaved}
            />
          ))}
        </>
      ) : null}
    </section>
  );
};
