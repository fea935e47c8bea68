import { planWithTargets } from '../../../../test/support/planBuilder';
import { asPlanId, asTargetId } from '../../../domain/ids';
import { listItemOf as item } from '../shared/listItemFixture';
import { targetFromItem, targetToFields, withdrawalFields } from './targetMapper';

describe('target and evidence items', () => {
  const plan = planWithTargets(1);
  const [first] = plan.shortTermTargets;
  if (!first) throw new Error('Expected a target in the built plan.');
  const target = { ...first, id: asTargetId('31'), etag: '"{T},2"', evidence: [] };

  test('a target round-trips with its plan id and order', () => {
    const result = targetFromItem(item('31', targetToFields(target, asPlanId('5'), 3), '"{T},2"'));
    expect(result.ok && result.value).toEqual({ planId: '5', sortOrder: 3, target, withdrawnOn: null });
  });

  test('a withdrawn target reads as withdrawn on its day; one marked by hand without a day, on none', () => {
    const fields = targetToFields(target, asPlanId('5'), 3);
    const withdrawn = targetFromItem(item('31', { ...fields, ...withdrawalFields('2026-03-12') }, '"{T},3"'));
    expect(withdrawn.ok && withdrawn.value.withdrawnOn).toBe('2026-03-12');
    const byHand = targetFromItem(item('31', { ...fields, Withdrawn: true }, '"{T},3"'));
    expect(byHand.ok && byHand.value.withdrawnOn).toBe('');
  });

  test('a continued target keeps the link to the target it carries on from', () => {
    const carried = { ...target, continuesTargetId: '17' };
    const fields = targetToFields(carried, asPlanId('5'), 0);
    expect(fields.ContinuesTargetId).toBe('17');
    const result = targetFromItem(item('31', fields, '"{T},2"'));
    expect(result.ok && result.value.target.continuesTargetId).toBe('17');
  });

  test('a target linked to a provision keeps the link; one typed by hand has none', () => {
    const linked = { ...target, provisionId: '12' };
    const fields = targetToFields(linked, asPlanId('5'), 0);
    expect(fields.ProvisionId).toBe('12');
    const result = targetFromItem(item('31', fields, '"{T},2"'));
    expect(result.ok && result.value.target.provisionId).toBe('12');
    const byHand = targetFromItem(item('31', targetToFields(target, asPlanId('5'), 0), '"{T},2"'));
    expect(byHand.ok && 'provisionId' in byHand.value.target).toBe(false);
  });

  test('a target with an impossible date is left out and the column is named', () => {
    const result = targetFromItem(
      item('31', { ...targetToFields(target, asPlanId('5'), 0), TargetDate: '2026-02-30' }),
    );
    expect(!result.ok && result.problem).toEqual({
      item: { kind: 'target', id: '31' },
      field: 'TargetDate',
      message: 'Target date is not a real date.',
    });
  });
});
