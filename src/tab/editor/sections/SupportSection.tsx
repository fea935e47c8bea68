import { DateField } from '../../../ui/DateField';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { issueAt } from '../validation/fieldIssues';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from './EditorSection';
import { bindGroupText, bindPlanText, type SectionProps } from './sectionTypes';

/** Help from home, the child's part, other support, and how the plan is monitored and reviewed. */
export const SupportSection = (props: SectionProps) => {
  const { plan, update, issues, readOnly } = props;
  return (
    <>
      <EditorSection title="Help from home" id={PLAN_SECTIONS.home.id}>
        <LimitedTextField
          label="Help from home"
          hint="Agreed homework or activities."
          multiline
          {...bindGroupText(props, 'homeSupport', 'activities')}
        />
        <LimitedTextField label="How often (home)" {...bindGroupText(props, 'homeSupport', 'frequency')} />
        <LimitedTextField label="How long (home)" {...bindGroupText(props, 'homeSupport', 'duration')} />
      </EditorSection>
      <EditorSection title="Support and review" id={PLAN_SECTIONS.support.id}>
        <LimitedTextField
          label="Expected input from the child"
          multiline
          {...bindPlanText(props, 'childInput')}
        />
        <LimitedTextField
          label="Other support"
          hint="Medical, counselling, or external professionals such as a speech and language therapist."
          multiline
          {...bindPlanText(props, 'otherSupport')}
        />
        <LimitedTextField
          label="Monitoring and assessment arrangements"
          multiline
          {...bindPlanText(props, 'monitoring')}
        />
        <LimitedTextField
          label="How we will know the help is no longer needed"
          hint="What the child will be doing, and for how long, when this extra help can stop."
          multiline
          {...bindPlanText(props, 'noLongerNeeded')}
        />
        <LimitedTextField
          label="Review arrangements"
          multiline
          {...bindPlanText(props, 'reviewArrangements')}
        />
        <DateField
          label="Plan start date"
          value={plan.startDate}
          onChange={(startDate) => update((p) => ({ ...p, startDate: startDate ?? '' }))}
          fieldPath="startDate"
          error={issueAt(issues, 'startDate')}
          required
          readOnly={readOnly}
        />
        <DateField
          label="Next review date"
          value={plan.nextReviewDate}
          onChange={(nextReviewDate) => update((p) => ({ ...p, nextReviewDate }))}
          fieldPath="nextReviewDate"
          error={issueAt(issues, 'nextReviewDate')}
          readOnly={readOnly}
        />
      </EditorSection>
    </>
  );
};
