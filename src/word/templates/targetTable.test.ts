/** @jest-environment jsdom */
import { buildPlan, shortTermTarget } from '../../../test/support/planBuilder';
import type { ShortTermTarget } from '../../domain';
import { TABLE_SIZE } from '../layout';
import { W_NS } from '../styles';
import { minimumColumnWidth } from '../textMeasure';
import {
  controlsTagged,
  parseBody,
  sdtContent,
  sdtTitle,
  textOf,
  wAll,
  wChildren,
  wVal,
} from '../testing/readOoxml';
import { SHORT_TERM_COLUMNS, fieldColumn, targetTable } from './targetTable';

const targets = (count: number, overrides: Parameters<typeof shortTermTarget>[1] = {}): ShortTermTarget[] =>
  buildPlan({
    shortTermTargets: Array.from({ length: count }, (_, i) => shortTermTarget(i + 1, overrides)),
  }).shortTermTargets;

const render = (list: readonly ShortTermTarget[], firstNumber?: number) =>
  parseBody(
    targetTable({
      caption: 'Short-term targets',
      columns: SHORT_TERM_COLUMNS,
      targets: list,
      emptyText: 'None yet.',
      ...(firstNumber === undefined ? {} : { firstNumber }),
    }).xml,
  );

const rowsOf = (control: Element): Element[] => wChildren(sdtContent(control), 'tr');
const keptWhole = (tr: Element): boolean => wAll(tr, 'cantSplit').length === 1;
const keptWithNext = (tr: Element): boolean => wAll(tr, 'p').every((p) => wAll(p, 'keepNext').length === 1);

describe('the full plan’s target grid', () => {
  it('numbers each target in its first cell and in its control’s title, continuing from firstNumber', () => {
    const controls = controlsTagged(render(targets(3), 4), 'iep:target:');
    expect(controls.map((c) => sdtTitle(c))).toEqual(['Target 4', 'Target 5', 'Target 6']);
    expect(controls.map((c) => textOf(wChildren(rowsOf(c)[0] as Element, 'tc')[0] as Element))).toEqual([
      '4',
      '5',
      '6',
    ]);
  });

  it('gives each target three lines in one control, the number cell merged down all three', () => {
    const [control] = controlsTagged(render(targets(1)), 'iep:target:');
    const rows = rowsOf(control as Element);
    expect(rows).toHaveLength(3);
    expect(rows.map((tr) => wVal(wAll(wChildren(tr, 'tc')[0] as Element, 'vMerge')[0]))).toEqual([
      'restart',
      'continue',
      'continue',
    ]);
  });

  it('prints the newest three pieces of evidence first, with their rating in words', () => {
    const [target] = targets(1, {
      evidence: [
        { id: 'e-1', date: '2025-09-20', rating: 1, note: 'First try.' },
        { id: 'e-2', date: '2025-11-17', rating: 4, note: 'Read 28 of 35 words.' },
        { id: 'e-3', date: '2025-10-06', rating: 2, note: '' },
        { id: 'e-4', date: '2025-10-20', rating: 3, note: 'Better.' },
      ],
    });
    const text = textOf(render([target as ShortTermTarget]));
    expect(text).toContain(
      'Latest evidence\n17/11/2025, Mostly: Read 28 of 35 words.\n20/10/2025, Developing: Better.\n06/10/2025, Emerging',
    );
    expect(text).not.toContain('First try.');
  });

  it('locks no control, so a row can always be deleted', () => {
    const body = render(targets(2));
    expect(controlsTagged(body, 'iep:field:').length).toBeGreaterThan(0);
    expect(wAll(body, 'lock')).toEqual([]);
  });

  it('keeps a short target’s lines whole and together on one page', () => {
    const rows = rowsOf(controlsTagged(render(targets(1)), 'iep:target:')[0] as Element);
    expect(rows.map(keptWhole)).toEqual([true, true, true]);
    expect(rows.map(keptWithNext)).toEqual([true, true, false]);
  });

  it('lets a strategy longer than a page split over pages, and no longer holds its lines together', () => {
    const long = 'Give one instruction at a time and show the matching picture. '.repeat(60);
    const rows = rowsOf(
      controlsTagged(render(targets(1, { strategies: long })), 'iep:target:')[0] as Element,
    );
    expect(rows.map(keptWhole)).toEqual([true, false, true]);
    expect(rows.some(keptWithNext)).toBe(false);
  });

  it('leaves room to write by hand in a line with an empty cell', () => {
    const rows = rowsOf(controlsTagged(render(targets(1)), 'iep:target:')[0] as Element);
    const heights = rows.map((tr) => wAll(tr, 'trHeight')[0]?.getAttributeNS(W_NS, 'val') ?? null);
    // No outcome comment and no evidence yet: only the third line is empty.
    expect(heights[0]).toBeNull();
    expect(Number(heights[2])).toBeGreaterThan(500);
  });

  it('leaves room to write targets by hand when there are none yet', () => {
    const body = render([]);
    expect(textOf(body)).toContain('None yet.');
    const height = wAll(body, 'trHeight')[0]?.getAttributeNS(W_NS, 'val');
    expect(Number(height)).toBeGreaterThanOrEqual(3000);
  });

  it('makes the area column wide enough for "Communication" in 11 pt, so no word breaks', () => {
    const body = render(targets(1, { area: 'communication' }));
    const areaWidth = Number(wAll(body, 'gridCol')[1]?.getAttributeNS(W_NS, 'w'));
    expect(areaWidth).toBeGreaterThanOrEqual(minimumColumnWidth(['Communication'], TABLE_SIZE));
  });
});

describe('a one-line target table (the review record’s outcomes)', () => {
  it('still takes a plain list of columns: a number, then one row per target', () => {
    const body = parseBody(
      targetTable({
        caption: 'Target outcomes',
        columns: [fieldColumn('Target', 60, 'text'), fieldColumn('Outcome', 40, 'outcome')],
        targets: targets(2),
        emptyText: 'None yet.',
      }).xml,
    );
    const controls = controlsTagged(body, 'iep:target:');
    expect(controls.map((c) => rowsOf(c).length)).toEqual([1, 1]);
    expect(textOf(wChildren(body.firstElementChild as Element, 'tr')[0] as Element).split('\n')).toEqual([
      'No.',
      'Target',
      'Outcome',
    ]);
    expect(textOf(rowsOf(controls[1] as Element)[0] as Element).split('\n')[0]).toBe('2');
  });
});
