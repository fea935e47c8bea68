import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isDomainError } from '../../domain';
import { adviceOf } from '../../ui/common/adviceOf';

export interface ErrorMessageProps {
  readonly error: unknown;
  /** What failed, e.g. "The plan could not be inserted". */
  readonly title: string;
  /** Advice for errors that carry none (e.g. Word's own errors). */
  readonly fallbackAdvice?: string;
  readonly onRetry?: () => void;
}

/** Says what went wrong and what to do, read out at once by screen readers. */
export const ErrorMessage = ({ error, title, fallbackAdvice, onRetry }: ErrorMessageProps) => {
  // An Invalid error's message already says what to correct; its generic advice is about form fields.
  const advice = isDomainError(error) && error.code === 'invalid' ? '' : adviceOf(error, fallbackAdvice);
  // Domain errors say what happened in their message; other messages (Word's, the browser's) are for IT.
  const detail = isDomainError(error) && error.message !== advice ? `${error.message} ` : '';
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail}
        {advice}
      </MessageBarBody>
      {onRetry ? (
        <MessageBarActions>
          <Button onClick={onRetry}>Try again</Button>
        </MessageBarActions>
      ) : null}
    </MessageBar>
  );
};
