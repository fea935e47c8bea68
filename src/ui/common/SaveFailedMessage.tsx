import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { Invalid } from '../../domain/errors';
import { ErrorMessage } from './ErrorMessage';

export interface SaveFailedMessageProps {
  readonly error: unknown;
  /** What could not be saved, as a sentence's start: "The meeting could not be saved". */
  readonly title: string;
}

/**
 * A save that failed: refused values are listed in the words of their limits (the person can correct
 * them), anything else gets the usual advice and what to do next.
 */
export const SaveFailedMessage = ({ error, title }: SaveFailedMessageProps) =>
  error instanceof Invalid ? (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        {title}. {error.issues.map((i) => i.message).join(' ')}
      </MessageBarBody>
    </MessageBar>
  ) : (
    <ErrorMessage error={error} title={title} />
  );
