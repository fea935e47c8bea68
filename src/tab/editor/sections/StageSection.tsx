import { SelectField } from '../../../ui/SelectField';
import { STAGE_LABELS, terminologyFor } from '../../../domain/terminology';
import { issueAt } from '../validation/fieldIssues';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from './EditorSection';
import type { SectionProps } from './sectionTypes';

/** The stage of support, from the stages of the plan's nation; a legacy stage stays shown on plans that have it. */
export const StageSection = ({ plan, update, issues, readOnly }: SectionProps) => {
  const terms = terminologyFor(plan.nation);
  const stages = terms.stages.includes(plan.stage) ? terms.stages : [...terms.stages, plan.stage];
  return (
    <EditorSection title="Stage of support" id={PLAN_SECTIONS.stage.id}>
      <SelectField
        label="Stage of support"
        hint={
          terms.stages.includes(plan.stage)
            ? undefined
            : 'This plan is at a stage no longer offered for new plans.'
        }
        value={plan.stage}
        options={stages.map((value) => ({ value, label: STAGE_LABELS[value] }))}
        onChange={(stage) => update((p) => ({ ...p, stage }))}
        fieldPath="stage"
        error={issueAt(issues, 'stage')}
        readOnly={readOnly}
      />
    </EditorSection>
  );
};
