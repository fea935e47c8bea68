import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { forwardRef } from 'react';
import { possessive, ukTime } from './ukTime';
import type { SaveState } from './usePlanEditor';

export interface EditorMessagesProps {
  readonly save: SaveState;
  readonly restoredDraft: boolean;
  /** A "Saved" message is stale once there are new changes. */
  readonly dirty: boolean;
  readonly readOnly: boolean;
  /** What the signed-in person may not change here and whom to ask; null when they may change it all. */
  readonly accessNote: string | null;
  readonly version: number;
  readonly onDiscardDraft: () => void;
  readonly onRetry: () => void;
}

/**
 * What happened to the user's work, above the form: restored draft, closed version, a failed save
 * (focusable, so focus can move to it, with what to do and a Retry) or a successful one.
 */
export const EditorMessages = forwardRef<HTMLDivElement, EditorMessagesProps>((props, failureRef) => (
  <>
    {props.readOnly && (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>Version {props.version} is closed</MessageBarTitle>
          Closed versions are kept unchanged as a record, so this one is read-only. Open the current version
          to make changes.
        </MessageBarBody>
      </MessageBar>
    )}
    {!props.readOnly && props.accessNote && (
      <MessageBar intent="info" layout="multiline">
        <MessageBarBody>
          <MessageBarTitle>Read-only for you</MessageBarTitle>
          {props.accessNote}
        </MessageBarBody>
      </MessageBar>
    )}
    {props.restoredDraft && (
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>Unsaved changes restored from this device</MessageBarTitle>
          Your changes from earlier in this session were not saved. Check them and save, or discard them.
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onDiscardDraft}>Discard restored changes</Button>
        </MessageBarActions>
      </MessageBar>
    )}
    {props.save.kind === 'failed' && (
      <MessageBar intent="error" layout="multiline" ref={failureRef} tabIndex={-1}>
        <MessageBarBody>
          <MessageBarTitle>{props.save.problem.title}</MessageBarTitle>
          {props.save.problem.advice}
        </MessageBarBody>
        <MessageBarActions>
          <Button onClick={props.onRetry}>Retry save</Button>
        </MessageBarActions>
      </MessageBar>
    )}
    {props.save.kind === 'saved' && !props.dirty && (
      <MessageBar intent="success">
        <MessageBarBody>
          Saved at {ukTime(props.save.at)}
          {props.save.mergedWith === null
            ? '.'
            : `; merged with ${possessive(props.save.mergedWith)} changes.`}
        </MessageBarBody>
      </MessageBar>
    )}
  </>
));
EditorMessages.displayName = 'EditorMessages';
