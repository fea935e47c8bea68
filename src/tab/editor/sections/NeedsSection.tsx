import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Add16Regular, Delete16Regular } from '@fluentui/react-icons';
import { AREA_OF_NEED_LABELS, AreaOfNeedSchema } from '../../../domain/target';
import { terminologyFor } from '../../../domain/terminology';
import { CheckboxGroup } from '../../../ui/CheckboxGroup';
import { LimitedTextField } from '../../../ui/LimitedTextField';
import { issueAt } from '../validation/fieldIssues';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from './EditorSection';
import { bindGroupText, type SectionProps } from './sectionTypes';

const AREA_OPTIONS = AreaOfNeedSchema.options.map((value) => ({ value, label: AREA_OF_NEED_LABELS[value] }));

const useStyles = makeStyles({
  row: { display: 'flex', alignItems: 'end', columnGap: tokens.spacingHorizontalS },
  grow: { flexGrow: 1 },
});

/** What the pupil's needs are: a description, the broad areas, specific identified areas and assessments. */
export const NeedsSection = (props: SectionProps) => {
  const { plan, update, issues, readOnly } = props;
  const styles = useStyles();
  const identified = plan.needs.identifiedAreas;
  const setIdentified = (next: string[]) =>
    update((p) => ({ ...p, needs: { ...p.needs, identifiedAreas: next } }));
  return (
    <EditorSection
      title="Needs"
      id={PLAN_SECTIONS.needs.id}
      intro={`The pupil's ${terminologyFor(plan.nation).needsLong}.`}
    >
      <LimitedTextField
        label="Description of needs"
        multiline
        {...bindGroupText(props, 'needs', 'summary')}
      />
      <CheckboxGroup
        legend="Areas of need"
        options={AREA_OPTIONS}
        selected={plan.needs.areas}
        onChange={(areas) => update((p) => ({ ...p, needs: { ...p.needs, areas } }))}
        fieldPath="needs.areas"
        error={issueAt(issues, 'needs.areas')}
        readOnly={readOnly}
      />
      {identified.map((area, index) => (
        <div key={index} className={styles.row}>
          <div className={styles.grow}>
            <LimitedTextField
              label={`Identified area ${index + 1}`}
              hint={
                index === 0
                  ? 'For example: fine motor delay, speech and language delay, visual needs.'
                  : undefined
              }
              value={area}
              onChange={(value) => setIdentified(identified.map((a, i) => (i === index ? value : a)))}
              fieldPath={`needs.identifiedAreas.${index}`}
              error={issueAt(issues, `needs.identifiedAreas.${index}`)}
              readOnly={readOnly}
            />
          </div>
          {!readOnly && (
            <Button
              icon={<Delete16Regular />}
              aria-label={`Remove identified area ${index + 1}`}
              onClick={() => setIdentified(identified.filter((_, i) => i !== index))}
            >
              Remove
            </Button>
          )}
        </div>
      ))}
      {!readOnly && (
        <div>
          <Button icon={<Add16Regular />} onClick={() => setIdentified([...identified, ''])}>
            Add identified area
          </Button>
        </div>
      )}
      <LimitedTextField
        label="Assessment information"
        multiline
        {...bindGroupText(props, 'needs', 'assessment')}
      />
    </EditorSection>
  );
};
