import { Invalid } from './errors';
import { SINGLE_LINE_MAX } from './limits';
import { issuesUnder, toInvalid, validatePlan, validateReview } from './validation';

/** Plain objects, as a form or a SharePoint item hands them over: validation takes `unknown`. */
type Json = Record<string, unknown>;

const target = (id: string, text: string): Json => ({ id, area: 'literacy', text });

const threeTargets = (): Json[] => [
  target('t-1', 'By the end of term Sam will read 20 words on 4 out of 5 occasions'),
  target('t-2', 'By the end of term Sam will write his name independently'),
  target('t-3', 'By the end of term Sam will count to 20'),
];

const planInput = (overrides: Json = {}): Json => ({
  id: 'plan-1',
  seriesId: 'series-1',
  version: 1,
  status: 'draft',
  pupil: { pupilId: 'p-1', name: 'Sam Taylor', classTeamId: 'team-3b', className: '3B' },
  stage: 'sen-support',
  startDate: '2025-09-08',
  shortTermTargets: threeTargets(),
  ...overrides,
});

const withThirdTargetText = (text: string): Json => {
  const targets = threeTargets();
  targets[2] = target('t-3', text);
  return planInput({ shortTermTargets: targets });
};

const failed = (result: ReturnType<typeof validatePlan> | ReturnType<typeof validateReview>) => {
  if (result.ok) throw new Error('expected the validation to fail');
  return result.issues;
};

describe('validatePlan', () => {
  it('accepts a plan and fills in the defaults', () => {
    const result = validatePlan(planInput());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.plan.shortTermTargets[0]?.outcome).toBe('open');
    expect(result.plan.nextReviewDate).toBeNull();
    expect(result.plan.nation).toBe('england');
  });

  it('accepts a 255-character target exactly as typed, never trimmed or truncated', () => {
    const text = `By the end of term Sam will ${'read '.repeat(60)}`.slice(0, SINGLE_LINE_MAX);
    expect(text).toHaveLength(255);
    const result = validatePlan(withThirdTargetText(text));
    expect(result.ok && result.plan.shortTermTargets[2]?.text).toBe(text);
  });

  it('refuses a 256-character target, naming the field and the limit', () => {
    const text = 'x'.repeat(256);
    expect(failed(validatePlan(withThirdTargetText(text)))).toEqual([
      { path: 'shortTermTargets.2.text', message: 'Target is too long: at most 255 characters.' },
    ]);
  });

  it('counts characters, not bytes: 255 Chinese characters fit', () => {
    const text = '读'.repeat(255);
    const result = validatePlan(withThirdTargetText(text));
    expect(result.ok && result.plan.shortTermTargets[2]?.text).toBe(text);
  });

  it.each([
    "By the end of term Siobhán O'Brien will read 20 words on 4 out of 5 occasions",
    '到本学期末，李明能在5次中有4次读出20个常用词',
    'بحلول نهاية الفصل سيقرأ محمد ٢٠ كلمة شائعة في ٤ من ٥ مرات',
  ])('keeps "%s" unchanged', (text) => {
    const result = validatePlan(withThirdTargetText(text));
    expect(result.ok && result.plan.shortTermTargets[2]?.text).toBe(text);
  });

  it('refuses a target on two lines and an empty target', () => {
    expect(failed(validatePlan(withThirdTargetText('Line one\nLine two')))).toEqual([
      { path: 'shortTermTargets.2.text', message: 'Target must be a single line.' },
    ]);
    expect(failed(validatePlan(withThirdTargetText('   ')))).toEqual([
      { path: 'shortTermTargets.2.text', message: 'Target is required.' },
    ]);
  });

  it('accepts 29 February in a leap year and refuses it otherwise', () => {
    expect(validatePlan(planInput({ startDate: '2028-02-29' })).ok).toBe(true);
    expect(failed(validatePlan(planInput({ startDate: '2027-02-29' })))).toEqual([
      { path: 'startDate', message: 'Start date is not a real date.' },
    ]);
  });

  it('names fields whose schema has no message of its own', () => {
    const targets = threeTargets();
    targets[1] = { ...target('t-2', 'By the end of term Sam will write his name'), area: 'handwriting' };
    const input = planInput({ id: undefined, stage: 'level-9', version: 0, shortTermTargets: targets });
    expect(failed(validatePlan(input))).toEqual([
      { path: 'id', message: 'Id is required.' },
      { path: 'version', message: 'Version must be at least 1.' },
      { path: 'stage', message: 'Stage of support must be one of the listed choices.' },
      { path: 'shortTermTargets.1.area', message: 'Area must be one of the listed choices.' },
    ]);
  });

  it("never shows zod's generic wording, even for a badly broken item", () => {
    const issues = failed(
      validatePlan({ pupil: 'Sam', shortTermTargets: [{}], version: 'two', people: null }),
    );
    expect(issues.length).toBeGreaterThan(5);
    expect(issues).toContainEqual({ path: 'status', message: 'Status is required.' });
    expect(issues).toContainEqual({ path: 'version', message: 'Version must be a number.' });
    for (const issue of issues)
      expect(issue.message).not.toMatch(/invalid input|invalid option|too small|expected/i);
  });

  it('says when there is no plan at all', () => {
    expect(failed(validatePlan(null))).toEqual([{ path: '', message: 'Plan is required.' }]);
  });
});

describe('validateReview', () => {
  const reviewInput = {
    id: 'r-1',
    seriesId: 'series-1',
    planId: 'plan-1',
    type: 'termly',
    invitees: [{ name: "Mrs O'Brien", email: 'parent@example.org', role: 'parent-carer' }],
    completedOn: '2025-12-05',
  };

  it('accepts a review and fills in the defaults', () => {
    const result = validateReview(reviewInput);
    expect(result.ok && result.review.timeZone).toBe('Europe/London');
    expect(result.ok && result.review.invitees[0]?.name).toBe("Mrs O'Brien");
  });

  it('names the invitee field that is wrong', () => {
    const invitees = [{ ...reviewInput.invitees[0], email: 'not an address' }];
    expect(failed(validateReview({ ...reviewInput, invitees }))).toEqual([
      { path: 'invitees.0.email', message: 'Invitee email must be an email address like name@example.org.' },
    ]);
  });

  it('refuses an unknown type of review and an impossible date', () => {
    expect(failed(validateReview({ ...reviewInput, type: 'weekly', completedOn: '2025-11-31' }))).toEqual([
      { path: 'type', message: 'Type of review must be one of the listed choices.' },
      { path: 'completedOn', message: 'Completed on is not a real date.' },
    ]);
  });
});

describe('toInvalid and issuesUnder', () => {
  const issues = [
    { path: 'shortTermTargets.2.text', message: 'Target is too long: at most 255 characters.' },
    { path: 'shortTermTargets.12.area', message: 'Area must be one of the listed choices.' },
    { path: 'startDate', message: 'Start date is not a real date.' },
  ];

  it('turns issues into the domain error a save refuses with', () => {
    const error = toInvalid(issues, { kind: 'plan', id: 'plan-1' });
    expect(error).toBeInstanceOf(Invalid);
    expect(error.issues).toEqual(issues);
    expect(error.item).toEqual({ kind: 'plan', id: 'plan-1' });
    expect(error.message).toBe(
      'Target is too long: at most 255 characters. Area must be one of the listed choices. Start date is not a real date.',
    );
    expect(error.advice).toBe('Correct the highlighted fields and save again.');
  });

  it('picks out the issues of one target without mixing up target 2 and target 12', () => {
    expect(issuesUnder(issues, 'shortTermTargets.2')).toEqual([issues[0]]);
    expect(issuesUnder(issues, 'shortTermTargets.1')).toEqual([]);
  });
});
