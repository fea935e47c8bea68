import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import {
  AGENDA_HEADINGS,
  TARGET_AREA_LABELS,
  TARGET_OUTCOME_LABELS,
  TargetOutcomeSchema,
  type AgendaKey,
  type Plan,
  type Review,
  type TargetOutcome,
} from '../../domain';
import { LimitedTextField } from '../../ui/LimitedTextField';
import { SelectField } from '../../ui/SelectField';
import { outcomeFor, withOutcome } from '../../app/usecases/reviews/reviewRecord';
import { roleLabel } from '../../app/usecases/reviews/scheduleForm';
import { MyViewsSummary } from '../myViews/MyViewsSummary';

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  fieldset: { border: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column' },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: 0, marginBottom: tokens.spacingVerticalXS },
  target: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
});

export interface SectionProps {
  readonly plan: Plan;
  readonly review: Review;
  readonly readOnly: boolean;
  onChange(review: Review): void;
}

/** Highland review record: who was invited, and who came. */
export const AttendanceSection = ({ plan, review, readOnly, onChange }: SectionProps) => {
  const styles = useStyles();
  const setAttended = (index: number, attended: boolean) =>
    onChange({ ...review, invitees: review.invitees.map((i, n) => (n === index ? { ...i, attended } : i)) });
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>Who attended</legend>
      {review.invitees.length === 0 ? <Text>Nobody was invited through IEP Planner.</Text> : null}
      {review.invitees.map((invitee, index) => (
        <Checkbox
          key={`${invitee.role}-${invitee.email || invitee.name}`}
          label={`${invitee.name} (${roleLabel(invitee.role, plan)})`}
          checked={invitee.attended === true}
          disabled={readOnly}
          onChange={(_, data) => setAttended(index, data.checked === true)}
        />
      ))}
    </fieldset>
  );
};

const OUTCOME_OPTIONS = TargetOutcomeSchema.options.map((value: TargetOutcome) => ({
  value,
  label: TARGET_OUTCOME_LABELS[value],
}));

/** Each short-term target's outcome at this review; "Continued" targets carry into the next version. */
export const TargetOutcomesSection = ({ plan, review, readOnly, onChange }: SectionProps) => {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="outcomes-title">
      <Text as="h2" id="outcomes-title" size={500} weight="semibold">
        Targets
      </Text>
      {plan.shortTermTargets.length === 0 ? (
        <Text>This version of the plan has no short-term targets.</Text>
      ) : null}
      {plan.shortTermTargets.map((target, index) => {
        const outcome = outcomeFor(plan, review, target.id);
        const n = index + 1;
        return (
          <div key={target.id} className={styles.target}>
            <Text as="h3" weight="semibold">
              Target {n} ({TARGET_AREA_LABELS[target.area]}): {target.text}
            </Text>
            <SelectField<TargetOutcome>
              label={`Outcome of target ${n}`}
              value={outcome.outcome}
              options={OUTCOME_OPTIONS}
              readOnly={readOnly}
              hint="Choose Continued to carry this target into the next version of the plan."
              onChange={(value) => onChange(withOutcome(plan, review, target.id, { outcome: value }))}
            />
            <LimitedTextField
              label={`Comment on target ${n}`}
              value={outcome.comment}
              multiline
              rows={2}
              readOnly={readOnly}
              onChange={(comment) => onChange(withOutcome(plan, review, target.id, { comment }))}
            />
          </div>
        );
      })}
    </section>
  );
};

const ReadOnlyNote = (props: { readonly label: string; readonly value: string; readonly hint?: string }) => (
  <LimitedTextField {...props} multiline rows={3} readOnly onChange={() => undefined} />
);

/**
 * The child's and parents' views: kept once, on the plan version under review (its My views and its
 * parents' views), shown here rather than asked for again, and carried into the next version when the
 * review is completed. Reviews recorded before that kept comments of their own: those are still shown,
 * as they were written, and still handed on to the next version.
 */
export const ViewsSection = ({ plan, review, readOnly }: SectionProps) => {
  const styles = useStyles();
  return (
    <section className={styles.section} aria-labelledby="views-title">
      <Text as="h2" id="views-title" size={500} weight="semibold">
        Views
      </Text>
      <Text as="h3" weight="semibold">
        My views (the child&rsquo;s own words)
      </Text>
      <MyViewsSummary plan={plan} mayEdit={!readOnly} />
      <ReadOnlyNote
        label="Parents' and carers' views"
        hint="Kept with the plan: change them on My views or in the plan."
        value={plan.parentViews}
      />
      {review.pupilComments.trim() === '' ? null : (
        <ReadOnlyNote label="Pupil's comments (recorded at this review)" value={review.pupilComments} />
      )}
      {review.parentComments.trim() === '' ? null : (
        <ReadOnlyNote
          label="Parents' and carers' comments (recorded at this review)"
          value={review.parentComments}
        />
      )}
    </section>
  );
};

/** The agenda's two views headings are notes of the discussion; the views themselves are kept once. */
const AGENDA_VIEWS_HINT =
  'Notes of what was discussed. The views themselves are kept once, on My views above.';

/** The seven agenda headings of an IEP review, in meeting order. */
export const AgendaSection = ({ review, readOnly, onChange }: SectionProps) => {
  const styles = useStyles();
  const set = (key: AgendaKey, value: string) =>
    onChange({ ...review, agenda: { ...review.agenda, [key]: value } });
  return (
    <section className={styles.section} aria-labelledby="agenda-title">
      <Text as="h2" id="agenda-title" size={500} weight="semibold">
        Meeting notes
      </Text>
      {AGENDA_HEADINGS.map(([key, heading]) => (
        <LimitedTextField
          key={key}
          label={heading}
          value={review.agenda[key]}
          multiline
          rows={3}
          readOnly={readOnly}
          {...(key === 'parentViews' || key === 'childViews' ? { hint: AGENDA_VIEWS_HINT } : {})}
          onChange={(value) => set(key, value)}
        />
      ))}
    </section>
  );
};
