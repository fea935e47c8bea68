/** @jest-environment jsdom */
import { twoGroupsTargets } from '../../../test/support/groupPlanFixtures';
import { buildPlan, planWithTargets } from '../../../test/support/planBuilder';
import { renderTemplate, type RenderInput } from '../renderTemplate';
import type { TemplateKind } from '../tags';
import { readBody, rowTexts, tableCaptioned } from '../testing/documentCells';
import { textOf, wAll } from '../testing/readOoxml';

const plan = planWithTargets(2, { startDate: '2025-09-08', nextReviewDate: '2025-12-10' });
const groupTargets = twoGroupsTargets();

const render = (kind: TemplateKind, input: Partial<RenderInput> = {}) =>
  readBody(renderTemplate(kind, { plan, groupTargets, ...input }).bodyXml);

const headings = (body: Element): string[] =>
  wAll(body, 'p')
    .filter((p) => wAll(p, 'pStyle').some((s) => s.getAttribute('w:val') === 'Heading1'))
    .map(textOf);

describe("a child's group targets in their documents", () => {
  it("prints each provision's shared targets with this child's own outcome and comment", () => {
    const { body } = render('full-iep');
    expect(rowTexts(tableCaptioned(body, 'Group targets'))).toEqual([
      ['Target', 'Success criteria', 'Target date', 'Outcome for this child', 'Comment'],
      ['Provision', 'Phonics catch-up group'],
      [
        'Blend CVC words in the phonics group',
        'Blends 8 of 10 CVC words on two days',
        '12/12/2025',
        'Achieved',
        'Blended 9 of 10 on 2 and 5 December',
      ],
      [
        'Take turns to speak in the group',
        'Waits for a turn in 4 of 5 sessions',
        '12/12/2025',
        'In progress',
        '',
      ],
      ['Provision', 'Social skills group'],
      [
        'Blend CVC words in the phonics group',
        'Blends 8 of 10 CVC words on two days',
        '12/12/2025',
        'In progress',
        '',
      ],
      [
        'Take turns to speak in the group',
        'Waits for a turn in 4 of 5 sessions',
        '12/12/2025',
        'In progress',
        '',
      ],
    ]);
  });

  it('puts the section straight after the short-term targets, in the full plan and the Child’s Plan', () => {
    const full = headings(render('full-iep').body);
    expect(full[full.indexOf('Short-term targets') + 1]).toBe('Group targets');
    const scotland = buildPlan({ nation: 'scotland', stage: 'level-2', startDate: '2025-09-08' });
    const childsPlan = render('childs-plan', { plan: scotland });
    expect(headings(childsPlan.body)).toContain('Group targets');
    expect(childsPlan.text).toContain('Blended 9 of 10 on 2 and 5 December');
    const after = headings(childsPlan.body);
    expect(after.indexOf('Group targets')).toBeLessThan(after.indexOf('Views'));
    expect(after.indexOf('Group targets')).toBeGreaterThan(after.indexOf('Short-term targets'));
  });

  it('prints no section when the child has no group targets, or none were read', () => {
    for (const input of [{ groupTargets: [] }, { groupTargets: undefined }]) {
      const { text } = render('full-iep', input);
      expect(text).not.toContain('Group targets');
      expect(text).not.toContain('Phonics catch-up group');
    }
  });

  it('leaves the group targets out of the documents that do not show a whole plan', () => {
    for (const kind of ['targets-table', 'one-page-profile'] as const) {
      expect(render(kind).text).not.toContain('Blend CVC words');
    }
  });

  it('speaks Welsh in a Welsh plan: heading, columns and the outcome, with what the school typed as written', () => {
    const welsh = planWithTargets(1, {
      nation: 'wales',
      stage: 'school-idp',
      startDate: '2025-09-08',
      nextReviewDate: '2025-12-10',
    });
    const { body } = render('full-iep', { plan: welsh, language: 'cy' });
    const rows = rowTexts(tableCaptioned(body, 'Targedau grŵp'));
    expect(rows[0]).toEqual([
      'Targed',
      'Meini prawf llwyddiant',
      'Dyddiad targed',
      "Canlyniad i'r plentyn hwn",
      'Sylw',
    ]);
    expect(rows[1]).toEqual(['Darpariaeth', 'Phonics catch-up group']);
    expect(rows[2]?.[3]).toBe("Wedi'i gyflawni");
    expect(headings(body)).toContain('Targedau grŵp');
  });
});
