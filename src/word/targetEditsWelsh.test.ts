import type { Plan } from '../domain';
import { planWithTargets } from '../../test/support/planBuilder';
import { renderTemplate } from './renderTemplate';
import { diffTargetEdits, type TargetCellText } from './targetEdits';
import { parseFieldTag, type TargetField } from './tags';
import { fieldTextFor } from './templates/targetTable';
import { WELSH } from './wording';

// A Welsh working copy prints each target's area and outcome in Welsh; save-back reads them back.
const plan: Plan = planWithTargets(3, { nation: 'wales', stage: 'school-idp' });
const WELSH_TEXT = fieldTextFor(WELSH);

/** What Word reads back from an untouched Welsh working copy: the Welsh text, with its fingerprint. */
const untouchedWelsh = (): TargetCellText[] =>
  renderTemplate('full-iep', { plan, language: 'cy' }).controls.targets.flatMap((row) =>
    row.fields.map(({ field, tag }) => {
      const target = plan.shortTermTargets.find((t) => t.id === row.targetId);
      if (!target) throw new Error('row for a target not in the plan');
      return {
        targetId: row.targetId,
        field,
        text: WELSH_TEXT[field](target),
        inserted: parseFieldTag(tag)?.inserted,
      };
    }),
  );

const edit = (cells: TargetCellText[], targetId: string, field: TargetField, text: string) =>
  cells.map((c) => (c.targetId === targetId && c.field === field ? { ...c, text } : c));

describe('save-back from a Welsh document', () => {
  it('finds nothing to save when the Welsh area and outcome labels are untouched', () => {
    const cells = untouchedWelsh();
    expect(cells.some((c) => c.field === 'area' && c.text === WELSH.labels.targetAreas.communication)).toBe(
      true,
    );
    expect(diffTargetEdits(plan, cells)).toEqual([]);
  });

  it('reads an area and an outcome typed in Welsh as the plan values, changed in Word only', () => {
    const targetId = plan.shortTermTargets[0]?.id ?? '';
    let cells = edit(untouchedWelsh(), targetId, 'area', 'Llythrennedd');
    cells = edit(cells, targetId, 'outcome', "wedi'i gyflawni");
    const [only] = diffTargetEdits(plan, cells);
    expect(only?.changes).toEqual({ area: 'literacy', outcome: 'achieved' });
    // The plan still holds what was inserted (in Welsh words), so nothing is a conflict.
    expect(only?.basis).toEqual({ area: 'word', outcome: 'word' });
    expect(only?.problems).toEqual([]);
  });

  it('still says what to type when a Welsh area is misspelt', () => {
    const targetId = plan.shortTermTargets[0]?.id ?? '';
    const [only] = diffTargetEdits(plan, edit(untouchedWelsh(), targetId, 'area', 'Llythreneddd'));
    expect(only?.problems[0]).toMatch(/"Llythreneddd" is not an area/);
  });
});
