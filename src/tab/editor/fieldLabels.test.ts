import { seedPlan } from '../../../test/support/fakeEditorServices';
import { labelForPath } from './fieldLabels';
import { formatFieldValue } from './formatFieldValue';

describe('labels and values as the form shows them', () => {
  test('labels name the list entry and the field, with the nation’s coordinator title', () => {
    expect(labelForPath(['shortTermTargets', 1, 'successCriteria'])).toBe(
      'Short-term target 2 › Success criteria',
    );
    expect(labelForPath(['people', 'senco', 'name'], 'wales')).toBe('ALNCo name');
    expect(labelForPath(['people', 'professionals', 0, 'role'])).toBe('Professional 1 › Role');
  });

  test('values use labels, UK dates and a word for empty', () => {
    const plan = seedPlan();
    expect(formatFieldValue(['stage'], 'ehc-plan')).toBe('EHC plan');
    expect(formatFieldValue(['nextReviewDate'], '2027-02-01')).toBe('01/02/2027');
    expect(formatFieldValue(['shortTermTargets', 0, 'outcome'], 'partly-achieved')).toBe('Partly achieved');
    expect(formatFieldValue(['profile', 'likes'], '')).toBe('(empty)');
    expect(formatFieldValue(['shortTermTargets', 0, 'longTermTargetId'], 'ltt-reading', plan)).toBe(
      'Read books at his reading age',
    );
    expect(formatFieldValue(['needs', 'areas'], ['cognition-and-learning'])).toBe('Cognition and learning');
    expect(formatFieldValue(['shortTermTargets', 0, 'provisionId'], 'provision-7')).toBe(
      'A school provision',
    );
    expect(labelForPath(['shortTermTargets', 0, 'provisionId'])).toBe(
      'Short-term target 1 › Delivered through a school provision',
    );
  });
});
