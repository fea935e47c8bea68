/** @jest-environment jsdom */
import { AGENDA_HEADINGS, Invalid, type Plan } from '../domain';
import {
  buildPlan,
  buildReview,
  longTermTarget,
  planWithTargets,
  shortTermTarget,
} from '../../test/support/planBuilder';
import { CONTENT_WIDTH } from './layout';
import { renderTemplate, type RenderedBody } from './renderTemplate';
import { W_NS } from './styles';
import { TEMPLATE_KINDS, type TemplateKind } from './tags';
import {
  controlsTagged,
  fieldText,
  parseBody,
  sdtContent,
  sdtTag,
  sdtTitle,
  textOf,
  wAll,
  wChildren,
  wVal,
} from './testing/readOoxml';

const render = (kind: TemplateKind, plan: Plan): RenderedBody =>
  renderTemplate(kind, { plan, ...(kind === 'review-record' ? { review: buildReview(plan) } : {}) });

const TARGET_COUNTS = [0, 1, 12] as const;

describe.each(TEMPLATE_KINDS)('%s template', (kind) => {
  describe.each(TARGET_COUNTS)('with %i short-term targets', (count) => {
    const plan = planWithTargets(count);
    const rendered = render(kind, plan);
    const body = parseBody(rendered.bodyXml);

    it('is well-formed XML wrapped in one plan control tagged with the plan id and template kind', () => {
      const top = wChildren(body, 'sdt');
      expect(top).toHaveLength(1);
      expect(sdtTag(top[0] as Element)).toBe(`iep:plan:plan-1:${kind}`);
      expect(sdtTitle(top[0] as Element)).toMatch(/^IEP Planner: /);
      expect(rendered.controls.plan.tag).toBe(`iep:plan:plan-1:${kind}`);
      // The inner XML is exactly the control's content, so a refresh writes the same thing.
      expect(parseBody(rendered.innerXml).children).toHaveLength(
        sdtContent(top[0] as Element).children.length,
      );
    });

    it('puts every target row in its own row control, in plan order', () => {
      const rows = controlsTagged(body, 'iep:target:');
      expect(rows.map(sdtTag)).toEqual(plan.shortTermTargets.map((t) => `iep:target:${t.id}`));
      rows.forEach((row) => {
        expect(sdtContent(row).children).toHaveLength(1);
        expect(sdtContent(row).children[0]?.localName).toBe('tr');
      });
      expect(rendered.controls.targets.map((t) => t.tag)).toEqual(rows.map(sdtTag));
    });

    it('shows each target text in the document', () => {
      const text = textOf(body);
      plan.shortTermTargets.forEach((t) => expect(text).toContain(t.text));
      if (count === 0) expect(text).toMatch(/no (short-term )?targets|any targets/i);
    });

    it('gives every table a header row that repeats across pages and a grid that fills the A4 text width', () => {
      const tables = wAll(body, 'tbl');
      expect(tables.length).toBeGreaterThan(0);
      tables.forEach((tbl) => {
        const grid = wAll(tbl, 'gridCol').map((col) => Number(col.getAttributeNS(W_NS, 'w')));
        expect(grid.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
        wAll(tbl, 'tr').forEach((tr) => {
          const cellWidths = wChildren(tr, 'tc').map((tc) =>
            Number(wAll(tc, 'tcW')[0]?.getAttributeNS(W_NS, 'w')),
          );
          expect(cellWidths.reduce((a, b) => a + b, 0)).toBe(CONTENT_WIDTH);
        });
        expect(wAll(tbl, 'tblBorders')).toHaveLength(1);
      });
      const targetTables = tables.filter(
        (tbl) =>
          controlsTagged(tbl, 'iep:target:').length > 0 ||
          /no short-term targets|any targets/i.test(textOf(tbl)),
      );
      expect(targetTables.length).toBeGreaterThan(0);
      targetTables.forEach((tbl) => {
        const firstRow = wChildren(tbl, 'tr')[0] as Element;
        expect(wAll(firstRow, 'tblHeader')).toHaveLength(1);
        expect(wAll(firstRow, 'cantSplit')).toHaveLength(1);
        expect(wAll(firstRow, 'shd')[0]?.getAttributeNS(W_NS, 'fill')).toBe('D9E2F3');
      });
    });

    it('never puts two tables next to each other, which Word would merge into one', () => {
      wAll(body, 'tbl').forEach((tbl) => expect(tbl.nextElementSibling?.localName).not.toBe('tbl'));
    });

    it('uses built-in heading styles so the navigation pane lists the sections (the bare table has none)', () => {
      const styles = wAll(body, 'pStyle').map((s) => wVal(s));
      const expected = kind === 'targets-table' ? [] : ['Title', 'Heading1'];
      expect(
        styles.filter((s) => s === 'Title' || s === 'Heading1').filter((s, i, all) => all.indexOf(s) === i),
      ).toEqual(expected);
    });
  });
});

describe('full IEP', () => {
  const plan = planWithTargets(12, { nextReviewDate: '2026-03-24', startDate: '2025-09-08' });
  const body = parseBody(render('full-iep', plan).bodyXml);
  const text = textOf(body);

  it('has the short-term target columns a school expects, in order', () => {
    const targetsTable = wAll(body, 'tbl').find(
      (tbl) => controlsTagged(tbl, 'iep:target:').length > 0,
    ) as Element;
    const header = textOf(wChildren(targetsTable, 'tr')[0] as Element).split('\n');
    expect(header).toEqual([
      'Area',
      'Target',
      'Success criteria',
      'Strategies / provision',
      'Who',
      'How often',
      'Target date',
      'Outcome',
    ]);
  });

  it('shows dates as DD/MM/YYYY', () => {
    expect(text).toContain('24/03/2026');
    expect(text).toContain('08/09/2025');
    expect(fieldText(body, 'target-1', 'targetDate')).toBe('11/02/2026');
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  it('has every section heading and signature lines for the SENCO, parent/carer and pupil', () => {
    const headings = wAll(body, 'p')
      .filter((p) => wVal(wAll(p, 'pStyle')[0]) === 'Heading1')
      .map(textOf);
    expect(headings).toEqual([
      'Pupil details',
      'Special educational needs and disabilities',
      'Long-term targets',
      'Short-term targets',
      'Help from home and other support',
      'Views',
      'Monitoring and review',
      'Agreed by',
    ]);
    const signatures = wAll(body, 'tbl').at(-1) as Element;
    expect(wChildren(signatures, 'tr').map((tr) => textOf(wChildren(tr, 'tc')[0] as Element))).toEqual([
      'Role',
      'SENCO',
      'Parent/carer',
      'Pupil',
    ]);
    expect(text).toContain("Pupil's views");
    expect(text).toContain("Parents' and carers' views");
    expect(text).toContain(plan.homeSupport.activities);
  });

  it('wraps each editable target value in a field control whose text is the value, never locked', () => {
    const target = plan.shortTermTargets[4] as Plan['shortTermTargets'][number];
    expect(fieldText(body, target.id, 'text')).toBe(target.text);
    expect(fieldText(body, target.id, 'successCriteria')).toBe(target.successCriteria);
    expect(fieldText(body, target.id, 'outcome')).toBe('In progress');
    expect(fieldText(body, target.id, 'area')).toBe('Social skills');
    const control = controlsTagged(body, `iep:field:${target.id}:text`)[0] as Element;
    expect(wAll(control, 'lock')).toHaveLength(0);
    expect(wAll(body, 'lock')).toHaveLength(0);
  });

  it('uses the nation’s words: Wales says ALN and ALNCo, Scotland adds wellbeing indicators', () => {
    const wales = textOf(
      parseBody(renderTemplate('full-iep', { plan: { ...plan, nation: 'wales' } }).bodyXml),
    );
    expect(wales).toContain('Additional learning needs');
    expect(wales).toContain('ALNCo');
    const scotland = textOf(
      parseBody(renderTemplate('full-iep', { plan: { ...plan, nation: 'scotland' } }).bodyXml),
    );
    expect(scotland).toContain("Individualised Educational Programme (Child's Plan section 4)");
    expect(scotland).toContain('Wellbeing indicators');
    expect(scotland).toContain('Achieving, Included');
    expect(text).not.toContain('Wellbeing indicators');
  });

  it('lets long target rows split across pages so nothing is clipped, but keeps ordinary rows whole', () => {
    const long = buildPlan({
      shortTermTargets: [shortTermTarget(1, { strategies: 'x'.repeat(5000) }), shortTermTarget(2)],
    });
    const rows = controlsTagged(parseBody(render('full-iep', long).bodyXml), 'iep:target:');
    expect(wAll(rows[0] as Element, 'cantSplit')).toHaveLength(0);
    expect(wAll(rows[1] as Element, 'cantSplit')).toHaveLength(1);
  });
});

describe('targets table', () => {
  it('is the targets table alone, followed by the paragraph Word needs after a table', () => {
    const body = parseBody(render('targets-table', planWithTargets(3)).bodyXml);
    const content = Array.from(sdtContent(wChildren(body, 'sdt')[0] as Element).children).map(
      (c) => c.localName,
    );
    expect(content).toEqual(['tbl', 'p']);
  });
});

describe('review record', () => {
  const plan = planWithTargets(3);
  const review = buildReview(plan, { start: '2026-06-10T14:30:00Z', end: '2026-06-10T15:15:00Z' });
  const body = parseBody(renderTemplate('review-record', { plan, review }).bodyXml);
  const text = textOf(body);

  it('has every agenda heading, in meeting order, as a navigable heading', () => {
    const headings = wAll(body, 'p')
      .filter((p) => wVal(wAll(p, 'pStyle')[0]) === 'Heading2')
      .map(textOf);
    // Then the views section's "My views", the only other second-level heading.
    expect(headings).toEqual([...AGENDA_HEADINGS.map(([, label]) => label), 'My views']);
    expect(text).toContain('Good progress in phonics.');
  });

  it('records who attended and when invitations and minutes were sent, in UK dates and London time', () => {
    expect(text).toContain('10/06/2026 15:30 to 16:15');
    expect(text).toContain('03/03/2026');
    expect(text).toContain('27/03/2026');
    const attendance = wAll(body, 'tbl').find((tbl) =>
      textOf(tbl).startsWith('Name\nRole\nAttended'),
    ) as Element;
    expect(textOf(attendance)).toContain('Alex Taylor\nParent/carer\nYes');
    expect(textOf(attendance)).toContain('Dr Rees\nProfessional\nNo');
  });

  it('shows the outcome the review recorded for each target', () => {
    const rows = controlsTagged(body, 'iep:target:');
    expect(rows.map((row) => textOf(row).split('\n')[2])).toEqual([
      'Achieved',
      'Partly achieved',
      'Achieved',
    ]);
    expect(textOf(rows[1] as Element)).toContain('Outcome note 2');
  });

  it('refuses to render without a review, or with a review of another plan version', () => {
    expect(() => renderTemplate('review-record', { plan })).toThrow(Invalid);
    const other = buildReview(buildPlan({ id: 'plan-9' }));
    expect(() => renderTemplate('review-record', { plan, review: other })).toThrow(/another version/);
  });
});

describe('one-page profile', () => {
  const plan = planWithTargets(2);
  const body = parseBody(render('one-page-profile', plan).bodyXml);
  const text = textOf(body);

  it('speaks in the pupil’s voice with the four target questions', () => {
    ['What I like', 'What I find hard', 'How to help me', 'My targets'].forEach((h) =>
      expect(text).toContain(h),
    );
    const targetsTable = wAll(body, 'tbl').at(-1) as Element;
    expect(textOf(wChildren(targetsTable, 'tr')[0] as Element).split('\n')).toEqual([
      'What would I like to do?',
      'Who is going to help?',
      'Have I done it?',
      'How will I know?',
    ]);
    expect(text).toContain(plan.profile.likes);
    expect(text).toContain('Changes to the timetable.');
  });
});

describe("Child's Plan section 4", () => {
  const plan = buildPlan({
    nation: 'scotland',
    stage: 'level-2',
    longTermTargets: [
      longTermTarget(1, { wellbeing: ['safe', 'nurtured'] }),
      longTermTarget(2, { wellbeing: [] }),
    ],
    shortTermTargets: [
      shortTermTarget(1, { longTermTargetId: 'ltt-2' }),
      shortTermTarget(2, { longTermTargetId: 'ltt-1' }),
      shortTermTarget(3),
    ],
  });
  const body = parseBody(render('childs-plan', plan).bodyXml);
  const text = textOf(body);

  it('notes SHANARRI wellbeing indicators against each long-term target', () => {
    expect(text).toContain('Safe, Nurtured');
    expect(text).toContain('Wellbeing indicators: none chosen yet.');
    expect(text).toContain('Level 2: within the school');
  });

  it('groups short-term targets under the long-term target they serve, then any others', () => {
    const headings = wAll(body, 'p')
      .filter((p) => wVal(wAll(p, 'pStyle')[0]) === 'Heading2')
      .map(textOf);
    expect(headings).toEqual([
      `Long-term target 1: ${plan.longTermTargets[0]?.text}`,
      `Long-term target 2: ${plan.longTermTargets[1]?.text}`,
      'Other short-term targets',
      // The views section's "My views" follows the targets.
      'My views',
    ]);
    expect(controlsTagged(body, 'iep:target:').map(sdtTag)).toEqual([
      'iep:target:target-2',
      'iep:target:target-1',
      'iep:target:target-3',
    ]);
  });
});
