import { RecordLocked } from '../../../domain/errors';
import { problemFromError } from './saveMessages';

describe('a save SharePoint refused because the version is a locked record', () => {
  it('is said as such, with what to do, not as a generic failure', () => {
    expect(problemFromError(new RecordLocked({ kind: 'plan', id: '7' }))).toEqual({
      title: 'Not saved: this plan version is a locked record',
      advice:
        'Closed versions are kept unchanged as the record of what was agreed. Open the current version to make changes.',
    });
  });
});
