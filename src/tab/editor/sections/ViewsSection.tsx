import { LimitedTextField } from '../../../ui/LimitedTextField';
import { MyViewsSummary } from '../../myViews/MyViewsSummary';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from './EditorSection';
import { bindPlanText, type SectionProps } from './sectionTypes';

/**
 * The pupil's and the parents' or carers' own words. The child's answers are kept on the My views page
 * (filled in with an adult); the parents' views are one field, the same one the review record shows.
 */
export const ViewsSection = (props: SectionProps) => (
  <EditorSection title="Views" id={PLAN_SECTIONS.views.id}>
    <MyViewsSummary plan={props.plan} mayEdit={!props.readOnly} />
    <LimitedTextField label="Pupil's views" multiline {...bindPlanText(props, 'pupilViews')} />
    <LimitedTextField label="Parents' and carers' views" multiline {...bindPlanText(props, 'parentViews')} />
  </EditorSection>
);
