import { asPlanId, asTargetId } from '../../../domain/ids';
import { listItemOf as item } from '../shared/listItemFixture';
import { evidenceFromItem, evidenceToFields } from './evidenceMapper';

describe('evidence items', () => {
  test('evidence with a rating out of range is a problem', () => {
    const evidence = {
      id: 'e' as never,
      date: '2026-01-15',
      rating: 3,
      note: 'Read 20 words.',
      recordedBy: 'Tom Bennett',
    };
    const fields = evidenceToFields(evidence, asTargetId('31'), asPlanId('5'));
    expect(fields['Title']).toBe('15/01/2026 · 3/5');
    const good = evidenceFromItem(item('70', fields, '"{E},1"'));
    expect(good.ok && good.value.evidence).toEqual({ ...evidence, id: '70', etag: '"{E},1"' });
    const bad = evidenceFromItem(item('71', { ...fields, EvidenceRating: 9 }));
    expect(!bad.ok && bad.problem.field).toBe('EvidenceRating');
  });
});
