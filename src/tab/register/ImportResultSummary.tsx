import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { RegisterImportResult } from '../../domain';

const pupils = (n: number): string => `${n} ${n === 1 ? 'pupil' : 'pupils'}`;

/** What the import wrote, and what it did not write and why. */
export const ImportResultSummary = ({ result }: { readonly result: RegisterImportResult }) => {
  const problems = result.conflicts.length + result.failures.length;
  return (
    <MessageBar intent={problems > 0 ? 'warning' : 'success'} layout="multiline" politeness="assertive">
      <MessageBarBody>
        <MessageBarTitle>{problems > 0 ? 'Imported, with rows to look at' : 'Imported'}</MessageBarTitle>
        {`${pupils(result.added.length)} added, ${pupils(result.updated.length)} updated.`}
        {result.conflicts.length > 0
          ? ` ${pupils(result.conflicts.length)} changed by someone else since the preview were left as they are: import the file again to see them.`
          : ''}
        {result.failures.length > 0
          ? ` ${pupils(result.failures.length)} could not be written (${result.failures[0]?.message ?? ''}): import the file again to retry them.`
          : ''}
      </MessageBarBody>
    </MessageBar>
  );
};
