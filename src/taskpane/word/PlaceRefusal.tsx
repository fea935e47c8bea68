import type { UnsafePlace } from '../../word';
import { ChoiceBar } from './ChoiceBar';

/** Why a plan may not go where the cursor is, and the nearest safe place, said before and after Insert. */
export const PLACE_WORDING: Readonly<Record<UnsafePlace, { title: string; body: string; go: string }>> = {
  'inside-block': {
    title: 'The cursor is inside a plan already in this document',
    body: 'A plan inserted there would sit inside the other one, and refreshing either would replace both. Click below the plan, or insert straight after it.',
    go: 'Insert after the IEP block',
  },
  'inside-table': {
    title: 'The cursor is in a table cell',
    body: 'A whole plan would be squeezed into one cell. Click below the table, or insert straight after it.',
    go: 'Insert after the table',
  },
};

export interface PlaceRefusalProps {
  readonly reason: UnsafePlace;
  onInsertAfter(): void;
  onCancel(): void;
}

/** Insert refused where the cursor is, with the nearest safe place offered. */
export const PlaceRefusal = ({ reason, onInsertAfter, onCancel }: PlaceRefusalProps) => {
  const wording = PLACE_WORDING[reason];
  return (
    <ChoiceBar
      title={wording.title}
      question="Where to insert the plan"
      choices={[
        { label: wording.go, primary: true, onChoose: onInsertAfter },
        { label: 'Cancel', onChoose: onCancel },
      ]}
    >
      {wording.body}
    </ChoiceBar>
  );
};
