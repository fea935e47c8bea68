import { ChoiceBar } from './ChoiceBar';

export interface PlaceWarningProps {
  /** The host and folder the document is saved in (never its file name). */
  readonly where: string;
  readonly action: 'insert' | 'refresh';
  onGo(): void;
  onCancel(): void;
}

/** Asked before a plan goes into a document saved where people who should not see it could open it. */
export const PlaceWarning = ({ where, action, onGo, onCancel }: PlaceWarningProps) => (
  <ChoiceBar
    title="This document is not in the SEN site or your OneDrive"
    question="Whether to go on"
    choices={[
      { label: action === 'insert' ? 'Insert anyway' : 'Refresh anyway', onChoose: onGo },
      { label: 'Cancel', primary: true, onChoose: onCancel },
    ]}
  >
    It is saved in {where}. Anyone who can open it there (on a class team’s site, that includes the pupils)
    would be able to read this plan. Save the document in the SEN site or your own OneDrive first, or go on if
    you are sure.
  </ChoiceBar>
);
