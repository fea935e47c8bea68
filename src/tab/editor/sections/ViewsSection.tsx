import { LimitedTextField } from '../../../ui/LimitedTextField';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from './EditorSection';
import { bindPlanText, type SectionProps } from './sectionTypes';

/** The pupil's and the parents' or carers' own words, sought at each review. */
export const ViewsSection = (props: SectionProps) => (
  <EditorSection title="Views" id={PLAN_SECTIONS.views.id}>
    <LimitedTextField label="Pupil's views" multiline {...bindPlanText(props, 'pupilViews')} />
    <LimitedTextField label="Parents' and carers' views" multiline {...bindPlanText(props, 'parentViews')} />
  </EditorSection>
);
