import type { Plan, ShortTermTarget } from '../domain';
import { buildPlan, planWithTargets, shortTermTarget } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { diffTargetEdits, type EditBasis, type TargetCellText } from './targetEdits';
import { fieldFingerprint } from './fieldFingerprint';
import { parseFieldTag, type TargetField } from './tags';
import { FIELD_TEXT } from './templates/targetTable';

const plan = planWithTargets(3);

/**
 * What Word would read back from an untouched document inserted from `inserted`: every field's
 * rendered text, with the fingerprint its tag carries.
 */
const untouchedCells = (inserted: Plan = plan): TargetCellText[] =>
  renderTemplate('full-iep', { plan: inserted }).controls.targets.flatMap((row) =>
    row.fields.map(({ field, tag }) => {
      const target = inserted.shortTermTargets.find((t) => t.id === row.targetId);
      if (!target) throw new Error('row for a target not in the plan');
      return {
        targetId: row.targetId,
        field,
        text: FIELD_TEXT[field](target),
        inserted: parseFieldTag(tag)?.inserted,
      };
    }),
  );

/** Without fingerprints, as read from a document inserted before tags carried them. */
const legacy = (cells: TargetCellText[]): TargetCellText[] => cells.map(({ inserted: _i, ...cell }) => cell);

/** The one change expected: target `targetId`'s frequency, for the reason given. */
const frequencyEdit = (
  targetId: string,
  frequency: string,
  basis: EditBasis,
  fingerprinted = basis !== 'unknown',
) => [
  {
    targetId,
    changes: { frequency },
    basis: { frequency: basis },
    // The fixture plan's frequency, as every target was inserted.
    inserted: fingerprinted ? { frequency: fieldFingerprint('frequency', '3 x 10 minutes a week') } : {},
    problems: [],
  },
];

/** The plan after a colleague changed target `index` (0-based) in the tab. */
const colleagueChanged = (index: number, change: Partial<ShortTermTarget>): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((t, i) => (i === index ? { ...t, ...change } : t)),
});

const edit = (
  cells: TargetCellText[],
  targetId: string,
  field: TargetField,
  text: string,
): TargetCellText[] => cells.map((c) => (c.targetId === targetId && c.field === field ? { ...c, text } : c));

describe('diffTargetEdits', () => {
  it('finds nothing to save in an untouched document', () => {
    expect(untouchedCells()).toHaveLength(24);
    expect(diffTargetEdits(plan, untouchedCells())).toEqual([]);
  });

  it('ignores the paragraph marks and line-break characters Word adds to text', () => {
    const multiLine = buildPlan({
      shortTermTargets: [shortTermTarget(1, { strategies: 'Step one\nStep two' })],
    });
    const cells: TargetCellText[] = [
      { targetId: 'target-1', field: 'strategies', text: 'Step one\vStep two\r' },
      { targetId: 'target-1', field: 'text', text: `${multiLine.shortTermTargets[0]?.text ?? ''}\r` },
    ];
    expect(diffTargetEdits(multiLine, cells)).toEqual([]);
  });

  it('returns only the fields a teacher changed, parsed back to plan values', () => {
    let cells = untouchedCells();
    cells = edit(cells, 'target-2', 'text', 'Sam will read 25 words.');
    cells = edit(cells, 'target-2', 'targetDate', '1/4/2026');
    cells = edit(cells, 'target-2', 'outcome', 'partly achieved');
    cells = edit(cells, 'target-3', 'area', 'Motor skills');
    cells = edit(cells, 'target-3', 'strategies', 'Daily practice\vwith a timer');
    expect(diffTargetEdits(plan, cells)).toEqual([
      {
        targetId: 'target-2',
        changes: { text: 'Sam will read 25 words.', targetDate: '2026-04-01', outcome: 'partly-achieved' },
        basis: { text: 'word', targetDate: 'word', outcome: 'word' },
        inserted: expect.any(Object),
        problems: [],
      },
      {
        targetId: 'target-3',
        changes: { area: 'motor-skills', strategies: 'Daily practice\nwith a timer' },
        basis: { area: 'word', strategies: 'word' },
        inserted: expect.any(Object),
        problems: [],
      },
    ]);
  });

  it('clears a target date whose cell was emptied', () => {
    expect(diffTargetEdits(plan, edit(untouchedCells(), 'target-1', 'targetDate', ''))).toEqual([
      {
        targetId: 'target-1',
        changes: { targetDate: null },
        basis: { targetDate: 'word' },
        inserted: expect.any(Object),
        problems: [],
      },
    ]);
  });

  it('explains, per target, edits it cannot read back instead of saving them', () => {
    let cells = untouchedCells();
    cells = edit(cells, 'target-1', 'targetDate', '31/02/2026');
    cells = edit(cells, 'target-1', 'outcome', 'Nearly');
    cells = edit(cells, 'target-1', 'text', '');
    cells = edit(cells, 'target-1', 'deliveredBy', 'x'.repeat(300));
    const [result] = diffTargetEdits(plan, cells);
    expect(result?.changes).toEqual({});
    expect(result?.problems).toEqual([
      expect.stringMatching(/^Target 1, target: .*required/),
      expect.stringMatching(/^Target 1, who: .*too long/),
      'Target 1, target date: "31/02/2026" is not a date. Type it as DD/MM/YYYY, for example 27/03/2026.',
      expect.stringMatching(
        /^Target 1, outcome: "Nearly" is not an outcome\. Use one of: In progress, Achieved/,
      ),
    ]);
  });

  it('refuses to guess when the same value was edited differently in two inserted templates', () => {
    const secondCopy: TargetCellText = { targetId: 'target-1', field: 'frequency', text: 'Weekly' };
    const conflicting = [...edit(untouchedCells(), 'target-1', 'frequency', 'Daily'), secondCopy];
    expect(diffTargetEdits(plan, conflicting)[0]?.problems).toEqual([
      'Target 1, how often was changed differently in two places in this document. Make them the same and save again.',
    ]);
    // The same edit made in both places is one edit.
    const agreeing = [...edit(untouchedCells(), 'target-1', 'frequency', 'Weekly'), secondCopy];
    expect(diffTargetEdits(plan, agreeing)).toEqual(frequencyEdit('target-1', 'Weekly', 'unknown', true));
  });

  it('ignores cells of targets that are not in this plan', () => {
    expect(diffTargetEdits(plan, [{ targetId: 'someone-else', field: 'text', text: 'Changed' }])).toEqual([]);
  });

  it('never proposes reverting a value a colleague changed after the document was inserted', () => {
    // Inserted last month; since then a colleague changed target 2's outcome and frequency in the tab.
    const monthOld = untouchedCells(plan);
    const now = colleagueChanged(1, { outcome: 'achieved', frequency: 'Every day' });
    expect(diffTargetEdits(now, monthOld)).toEqual([]);
  });

  it('proposes what the teacher typed when only they changed it, even in a month-old document', () => {
    const now = colleagueChanged(1, { outcome: 'achieved' });
    const typed = edit(untouchedCells(plan), 'target-3', 'frequency', 'Twice a week');
    expect(diffTargetEdits(now, typed)).toEqual(frequencyEdit('target-3', 'Twice a week', 'word'));
  });

  it('marks a field changed both in Word and, since the insertion, in the plan as a conflict', () => {
    const now = colleagueChanged(1, { frequency: 'Every day' });
    const typed = edit(untouchedCells(plan), 'target-2', 'frequency', 'Twice a week');
    expect(diffTargetEdits(now, typed)).toEqual(frequencyEdit('target-2', 'Twice a week', 'both'));
    // Typed the same as the colleague saved: nothing to save.
    expect(diffTargetEdits(now, edit(untouchedCells(plan), 'target-2', 'frequency', 'Every day'))).toEqual(
      [],
    );
  });

  it('cannot tell who changed a field in a document inserted before tags carried fingerprints', () => {
    const now = colleagueChanged(1, { frequency: 'Every day' });
    expect(diffTargetEdits(now, legacy(untouchedCells(plan)))).toEqual(
      frequencyEdit('target-2', '3 x 10 minutes a week', 'unknown'),
    );
  });
});
