import { Link, MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { forwardRef } from 'react';
import type { FieldIssue } from '../../../domain/errors';
import type { Nation } from '../../../domain/terminology';
import { labelForPath } from '../fieldLabels';

export interface ErrorSummaryProps {
  readonly issues: readonly FieldIssue[];
  /** Moves focus to the field an issue is about. */
  readonly onGoTo: (issue: FieldIssue) => void;
  readonly nation: Nation;
}

/** "SENCO name: Name is required." — the summary is read away from the field, so it says which one. */
const summaryText = (issue: FieldIssue, nation: Nation): string => {
  const path = issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
  const label = labelForPath(path, nation);
  const last = label.split(' › ').pop() ?? '';
  return issue.message.startsWith(last)
    ? `${label.slice(0, label.length - last.length)}${issue.message}`
    : `${label}: ${issue.message}`;
};

/**
 * A list of what stops the save, each a link to its field. It takes focus when no field on the page
 * can (for instance a problem with the pupil's record, which the editor does not show as a field).
 */
export const ErrorSummary = forwardRef<HTMLDivElement, ErrorSummaryProps>(
  ({ issues, onGoTo, nation }, ref) => (
    <MessageBar intent="error" layout="multiline" ref={ref} tabIndex={-1}>
      <MessageBarBody>
        <MessageBarTitle>
          Not saved: {issues.length === 1 ? '1 field needs' : `${issues.length} fields need`} correcting
        </MessageBarTitle>
        <ul>
          {issues.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              <Link as="button" onClick={() => onGoTo(issue)}>
                {summaryText(issue, nation)}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  ),
);
ErrorSummary.displayName = 'ErrorSummary';
