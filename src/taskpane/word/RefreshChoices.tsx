import { ChoiceBar } from './ChoiceBar';

export interface RefreshChoicesProps {
  /** Null where the plan is a closed version, which nothing can be saved to. */
  readonly onSaveFirst: (() => void) | null;
  onKeep(): void;
  onDiscard(): void;
}

/** Asked before a refresh would replace target cells the teacher typed in. */
export const RefreshChoices = ({ onSaveFirst, onKeep, onDiscard }: RefreshChoicesProps) => (
  <ChoiceBar
    title="You have changed targets in this document"
    question="What to do with your edits"
    choices={[
      ...(onSaveFirst
        ? [{ label: 'Save my Word edits to the plan first', primary: true, onChoose: onSaveFirst }]
        : []),
      { label: "Keep my edits in Word (don't refresh)", primary: onSaveFirst === null, onChoose: onKeep },
      { label: 'Discard my edits and refresh', onChoose: onDiscard },
    ]}
  >
    Refreshing replaces the plan in the document with the plan as it is saved, so what you typed in the target
    cells would be lost. Nothing has been changed yet.
  </ChoiceBar>
);
