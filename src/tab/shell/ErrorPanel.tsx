import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import { isDomainError } from '../../domain';
import { adviceOf } from '../../ui/common/adviceOf';
import { AccessDeniedScreen } from './AccessDeniedScreen';

export interface ErrorPanelProps {
  readonly error: unknown;
  /** What was being done, e.g. "The class could not be loaded". */
  readonly title: string;
  readonly onRetry?: () => void;
}

/**
 * Says what went wrong and what to do about it. Access refusals get their own screen, so a pupil or
 * a member of staff without access sees no data and no technical detail.
 */
export const ErrorPanel = ({ error, title, onRetry }: ErrorPanelProps) => {
  if (isDomainError(error) && error.code === 'access-denied') return <AccessDeniedScreen />;
  const advice = adviceOf(error);
  const message = error instanceof Error ? error.message : '';
  // Sign-in errors already start with their advice; say it once.
  const detail = message && !message.includes(advice) ? message : null;
  return (
    <MessageBar intent="error" layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{title}</MessageBarTitle>
        {detail ? `${detail} ` : ''}
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
