import { LimitedTextField } from '../../../ui/LimitedTextField';
import { PLAN_SECTIONS } from '../layout/planSections';
import { EditorSection } from './EditorSection';
import { bindGroupText, type SectionProps } from './sectionTypes';

/** The one-page profile: what the pupil is good at, enjoys, avoids, worries about, and how they communicate. */
export const ProfileSection = (props: SectionProps) => (
  <EditorSection title="About the pupil" id={PLAN_SECTIONS.about.id}>
    <LimitedTextField label="Strengths" multiline {...bindGroupText(props, 'profile', 'strengths')} />
    <LimitedTextField label="Likes" multiline {...bindGroupText(props, 'profile', 'likes')} />
    <LimitedTextField label="Dislikes" multiline {...bindGroupText(props, 'profile', 'dislikes')} />
    <LimitedTextField label="Anxieties" multiline {...bindGroupText(props, 'profile', 'anxieties')} />
    <LimitedTextField
      label="Communication notes"
      hint="How the pupil communicates and how best to communicate with them."
      multiline
      {...bindGroupText(props, 'profile', 'communication')}
    />
  </EditorSection>
);
