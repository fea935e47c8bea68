import { strFromU8, unzipSync } from 'fflate';
import { twoGroupsTargets } from '../../test/support/groupPlanFixtures';
import { buildPlan, buildReview, planWithTargets } from '../../test/support/planBuilder';
import { exportCopyHomeDocx } from './copyHomeDocx';

describe('the copy sent home after a review', () => {
  it('gives in the minutes the next review date agreed at the meeting, not the meeting’s own date', () => {
    const reviewedPlan = planWithTargets(2, { status: 'closed', nextReviewDate: '2026-03-24' });
    const agreedPlan = buildPlan({
      id: 'plan-2',
      version: 3,
      startDate: '2026-03-24',
      nextReviewDate: '2027-03-15',
      stage: 'ehc-plan',
    });
    const bytes = exportCopyHomeDocx({
      agreedPlan,
      reviewedPlan,
      review: buildReview(reviewedPlan),
      dateOfBirth: '2016-05-04',
    });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const minutes = xml.slice(xml.indexOf('>IEP review record<')).replace(/<[^>]+>/g, ' ');
    expect(minutes).toMatch(/Next review date\s+15\/03\/2027/);
    expect(minutes).toMatch(/Moves from SEN Support to EHC plan/);
    // The plan and the minutes each give the date of birth.
    expect(xml.split('04/05/2016')).toHaveLength(3);
  });

  it('prints the child’s group targets in the plan, before the minutes', () => {
    const plan = planWithTargets(1);
    const bytes = exportCopyHomeDocx({
      agreedPlan: plan,
      reviewedPlan: plan,
      review: buildReview(plan),
      groupTargets: twoGroupsTargets(),
    });
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    const groupTargets = xml.indexOf('>Group targets<');
    expect(groupTargets).toBeGreaterThan(0);
    expect(groupTargets).toBeLessThan(xml.indexOf('>IEP review record<'));
    expect(xml).toContain('Blended 9 of 10 on 2 and 5 December');
  });
});
