/**
 * Word add-in costs for `npm run bench`: how many `context.sync()` round trips an insert and a
 * refresh take (each is a round trip to Word, slow in Word on the web), counted on the
 * office-addin-mock host, and how long the pure renderer takes for 1 and 12 targets. The insert is
 * counted twice: as the pane does it where Word reports selection changes (where the cursor is was
 * read when it last moved, so only the write is left), and where it does not (a read-only check of
 * where the cursor is must come back before Word is told whether to insert).
 *
 *   npx tsx scripts/bench-word.ts        prints the result as JSON
 */
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { asPlanId, type Plan } from '../src/domain';
import { hasWordEdits } from '../src/word/targetEdits';
import { renderTemplate } from '../src/word/renderTemplate';
import { createMockWordHost } from '../src/word/testing/mockWordHost';
import { insertTemplate, refreshTemplates } from '../src/word/wordAdapter';
import { planWithTargets } from '../test/support/planBuilder';

export interface WordBench {
  /** Round trips to insert a 12-target full IEP where the cursor is known to be safe (target: 1). */
  readonly syncsInsert: number;
  /** Round trips for the insert where Word reports no selection changes: the check, then the write. */
  readonly syncsInsertWithPlaceCheck: number;
  /**
   * Round trips to refresh two inserted templates of a 12-target plan, the fields read for the
   * teacher's edits in the same batch that finds the templates (target: at most 2).
   */
  readonly syncsRefresh: number;
  /** Mean milliseconds to render a full IEP with 1 short-term target. */
  readonly renderMs1: number;
  /** Mean milliseconds to render a full IEP with 12 short-term targets. */
  readonly renderMs12: number;
}

const meanRenderMs = (plan: Plan, iterations: number): number => {
  for (let i = 0; i < 20; i += 1) renderTemplate('full-iep', { plan });
  const start = performance.now();
  for (let i = 0; i < iterations; i += 1) renderTemplate('full-iep', { plan });
  return Number(((performance.now() - start) / iterations).toFixed(3));
};

const countSyncs = async (
  controls: Parameters<typeof createMockWordHost>[0],
  action: () => Promise<unknown>,
): Promise<number> => {
  const host = createMockWordHost(controls);
  host.install();
  try {
    await action();
    return host.syncCount;
  } finally {
    host.restore();
  }
};

export const benchWord = async (iterations = 300): Promise<WordBench> => {
  const plan = planWithTargets(12);
  const syncsInsert = await countSyncs([], () => insertTemplate('full-iep', { plan }, 'selection', 'safe'));
  const syncsInsertWithPlaceCheck = await countSyncs([], () => insertTemplate('full-iep', { plan }));
  const syncsRefresh = await countSyncs(
    [
      { tag: 'iep:plan:plan-1:full-iep', text: '' },
      { tag: 'iep:plan:plan-1:targets-table', text: '' },
    ],
    () =>
      refreshTemplates({
        planId: asPlanId('plan-1'),
        pupilName: plan.pupil.name,
        render: (kind) => renderTemplate(kind, { plan }),
        keepEdits: (cells) => hasWordEdits(plan, cells),
      }),
  );
  return {
    syncsInsert,
    syncsInsertWithPlaceCheck,
    syncsRefresh,
    renderMs1: meanRenderMs(planWithTargets(1), iterations),
    renderMs12: meanRenderMs(plan, iterations),
  };
};

if (process.argv[1] && resolve(process.argv[1]) === resolve(__filename)) {
  benchWord().then(
    (result) => console.log(JSON.stringify(result, null, 2)),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
