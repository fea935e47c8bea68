import { asEvidenceId, asTargetId } from '../../../domain/ids';
import type { Plan } from '../../../domain/plan';
import { seedPlan } from '../../../../test/support/fakeEditorServices';
import { carryOverSavedIdentity } from './saveIdentity';
import { emptyShortTermTarget } from './planUpdates';

describe('carrying the save result into edits made during the save', () => {
  test('new items take their stored ids and eTags; edits typed meanwhile are kept', () => {
    const base = seedPlan();
    const local = {
      ...emptyShortTermTarget(asTargetId('new-target-1'), null),
      text: 'Sam will hop 5 times.',
    };
    const sent: Plan = { ...base, shortTermTargets: [...base.shortTermTargets, local] };
    const saved: Plan = {
      ...sent,
      etag: '"plan-sam,2"',
      shortTermTargets: [...base.shortTermTargets, { ...local, id: asTargetId('41'), etag: '"41,1"' }],
    };
    const current: Plan = {
      ...sent,
      shortTermTargets: sent.shortTermTargets.map((t) =>
        t.id === local.id ? { ...t, deliveredBy: 'PE teacher' } : t,
      ),
    };
    const next = carryOverSavedIdentity(current, sent, saved);
    expect(next.etag).toBe('"plan-sam,2"');
    expect(next.shortTermTargets[2]).toMatchObject({ id: '41', etag: '"41,1"', deliveredBy: 'PE teacher' });
    expect(next.shortTermTargets.slice(0, 2)).toEqual(base.shortTermTargets);
  });

  test('evidence added during the save stays new', () => {
    const base = seedPlan();
    const sent = base;
    const extra = {
      id: asEvidenceId('new-evidence-1'),
      date: '2026-11-24',
      rating: 3,
      note: '',
      recordedBy: '',
    };
    const current: Plan = {
      ...base,
      shortTermTargets: base.shortTermTargets.map((t, i) =>
        i === 0 ? { ...t, evidence: [...t.evidence, extra] } : t,
      ),
    };
    const next = carryOverSavedIdentity(current, sent, base);
    expect(next.shortTermTargets[0]?.evidence[1]).toEqual(extra);
  });
});
