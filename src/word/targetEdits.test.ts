import { buildPlan, planWithTargets, shortTermTarget } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { diffTargetEdits, type TargetCellText } from './targetEdits';
import type { TargetField } from './tags';
import { FIELD_TEXT } from './templates/targetTable';

const plan = planWithTargets(3);

/** What Word would read back from an untouched document: every field's rendered text. */
const untouchedCells = (): TargetCellText[] =>
  renderTemplate('full-iep', { plan }).controls.targets.flatMap((row) =>
    row.fields.map(({ field }) => {
      const target = plan.shortTermTargets.find((t) => t.id === row.targetId);
      if (!target) throw new Error('row for a target not in the plan');
      return { targetId: row.targetId, field, text: FIELD_TEXT[field](target) };
    }),
  );

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
        problems: [],
      },
      {
        targetId: 'target-3',
        changes: { area: 'motor-skills', strategies: 'Daily practice\nwith a timer' },
        problems: [],
      },
    ]);
  });

  it('clears a target date whose cell was emptied', () => {
    expect(diffTargetEdits(plan, edit(untouchedCells(), 'target-1', 'targetDate', ''))).toEqual([
      { targetId: 'target-1', changes: { targetDate: null }, problems: [] },
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
    expect(diffTargetEdits(plan, agreeing)).toEqual([
      { targetId: 'target-1', changes: { frequency: 'Weekly' }, problems: [] },
    ]);
  });

  it('ignores cells of targets that are not in this plan', () => {
    expect(diffTargetEdits(plan, [{ targetId: 'someone-else', field: 'text', text: 'Changed' }])).toEqual([]);
  });
});
