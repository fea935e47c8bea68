import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { UnsafePlace } from '../../word';
import { PLACE_WORDING } from './PlaceRefusal';

export interface CursorPlaceNoticeProps {
  /** The notice's id, for the Insert button's `aria-describedby`. */
  readonly id: string;
  readonly place: UnsafePlace;
  readonly disabled: boolean;
  onInsertAfter(): void;
}

/**
 * Said before Insert is pressed, as soon as the cursor is known to be where a plan may not go: why,
 * and the nearest safe place as a button. A status (read out politely, not an alarm), since nothing
 * has gone wrong yet.
 */
export const CursorPlaceNotice = ({ id, place, disabled, onInsertAfter }: CursorPlaceNoticeProps) => {
  const wording = PLACE_WORDING[place];
  return (
    <MessageBar id={id} intent="info" layout="multiline" role="status" politeness="polite">
      <MessageBarBody>
        <MessageBarTitle>{wording.title}</MessageBarTitle>
        {wording.body}
      </MessageBarBody>
      <MessageBarActions>
        <Button disabled={disabled} onClick={onInsertAfter}>
          {wording.go}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
};
