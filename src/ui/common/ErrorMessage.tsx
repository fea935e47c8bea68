import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isDomainError } from '../../domain';
import { AccessDeniedScreen } from './AccessDeniedScreen';
import { adviceOf } from './adviceOf';

export interface ErrorMessageProps {
  readonly error: unknown;
  /** What failed, e.g. "The class could not be loaded". */
  readonly title: string;
  /** Advice for errors that carry none (e.g. Word's own errors). */
  readonly fallbackAdvice?: string;
  readonly onRetry?: () => void;
  /**
   * The error replaces a whole page: a refusal then shows the access screen and no detail at all (a
   * pupil sees no data). An action's refusal (say, to a calendar) keeps its title and advice instead.
   */
  readonly page?: boolean;
}

/** Errors whose message says what happened in words for teachers: the domain's and sign-in's. */
const hasPlainMessage = (error: unknown): error is Error =>
  isDomainError(error) || (error instanceof Error && 'advice' in error);

/** Says what went wrong and what to do about it, read out at once by screen readers. */
export const ErrorMessage = ({ error, title, fallbackAdvice, onRetry, page = false }: ErrorMessageProps) => {
  if (page && isDomainError(error) && error.code === 'access-denied') return <AccessDeniedScreen />;
  // An Invalid error's message already says what to correct; its generic advice is about form fields.
  const advice = isDomainError(error) && error.code === 'invalid' ? '' : adviceOf(error, fallbackAdvice);
  // Other messages (Word's, the browser's) are for IT, not for the person at the screen.
  const message = hasPlainMessage(error) ? error.message : '';
  // Sign-in errors already start with their advice; say it once.
  const detail = message && !(advice && message.includes(advice)) ? `${message} ` : '';
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
