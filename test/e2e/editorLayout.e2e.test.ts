import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { asClassTeamId, type Plan } from '../../src/domain';
import { newSchoolContext, watchProblems } from './support/browser';
import { productAndBrowserForThisFile } from './support/productAndBrowser';
import { OTTERS, SENCO } from './support/demo';
import { storeAs } from './support/graph';
import { demoTabUrl } from './support/product';

const e2e = productAndBrowserForThisFile();

const SCREENSHOTS = path.resolve(__dirname, '../../docs/screenshots');

/** A current Year 4 plan with targets, as the demo seed made it. */
const ottersPlan = async (): Promise<Plan> => {
  const store = await storeAs(e2e.product.url, SENCO);
  const dashboard = await store.loadClass(asClassTeamId(OTTERS.teamId));
  const summary = dashboard.plans.find((p) => p.status !== 'closed' && p.targetCount > 0);
  if (!summary) throw new Error('The demo school has no Year 4 plan with targets.');
  return (await store.openPlan(summary.id)).plan;
};

const openEditor = async (plan: Plan, width: number, height: number): Promise<Page> => {
  const context = await newSchoolContext(e2e.browser);
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const hash = `/plan/${encodeURIComponent(plan.id)}`;
  await page.goto(demoTabUrl(e2e.product.url, SENCO.email, hash));
  await page.getByRole('heading', { level: 1, name: plan.pupil.name }).waitFor();
  return page;
};

interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const overlaps = (a: Box, b: Box): boolean =>
  a.x < b.x + b.width - 0.5 &&
  b.x < a.x + a.width - 0.5 &&
  a.y < b.y + b.height - 0.5 &&
  b.y < a.y + a.height - 0.5;

/**
 * Every Fluent field in `scope` as the boxes a user sees: its label(s) and its control(s) (inputs,
 * selects, text boxes, each radio's label). Boxes are measured in the page, so a control that spills
 * out of its field (a select as wide as its longest option) is measured where it is drawn.
 */
const fieldBoxes = (scope: Locator): Promise<{ name: string; boxes: Box[] }[]> =>
  scope.evaluate((root) =>
    [...root.querySelectorAll('.fui-Field')].map((field) => {
      const parts = [...field.querySelectorAll('label, input, select, textarea')].filter(
        (el) => !(el instanceof HTMLInputElement && el.type === 'radio'),
      );
      const name = (field.querySelector('label')?.textContent ?? '?').replace(/[\s*]+$/, '');
      return {
        name,
        boxes: parts.map((el) => {
          const r = el.getBoundingClientRect();
          return { x: r.x, y: r.y, width: r.width, height: r.height };
        }),
      };
    }),
  );

const boxOf = async (locator: Locator): Promise<Box> => {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not visible');
  return box;
};

/** Pairs of fields whose labels or controls overlap, and fields that run under the SMART hints. */
const layoutClashes = async (page: Page): Promise<string[]> => {
  const card = page.getByRole('region', { name: /^Short-term target 1\b/ });
  await card.scrollIntoViewIfNeeded();
  const fields = await fieldBoxes(card);
  const clashes: string[] = [];
  for (const [i, a] of fields.entries()) {
    for (const b of fields.slice(i + 1)) {
      if (a.boxes.some((p) => b.boxes.some((q) => overlaps(p, q)))) clashes.push(`${a.name} / ${b.name}`);
    }
  }
  const hints = await boxOf(card.getByRole('complementary'));
  for (const field of fields) {
    if (field.boxes.some((box) => overlaps(box, hints))) clashes.push(`${field.name} / SMART hints`);
  }
  return clashes;
};

describe('IEP editor layout in Chromium', () => {
  it('moves through the plan by keyboard: skip link, section list, section heading', async () => {
    const plan = await ottersPlan();
    const page = await openEditor(plan, 1366, 768);
    const problems = watchProblems(page);
    // Where the shell puts focus after a page change; the editor's first stop must be its skip link.
    await page.locator('main').focus();
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Skip to plan sections' });
    await expect(skip.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    await expect(boxOf(skip)).resolves.toMatchObject({ width: expect.any(Number) });

    await page.keyboard.press('Enter');
    const nav = page.getByRole('navigation', { name: 'Plan sections' });
    await expect(nav.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    for (let i = 0; i < 5; i += 1) await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe(
      'Short-term targets',
    );
    await page.keyboard.press('Enter');

    const heading = page.getByRole('heading', { level: 2, name: 'Short-term targets' });
    await expect(heading.evaluate((el) => el === document.activeElement)).resolves.toBe(true);
    // In view, and not hidden under the sticky toolbar.
    const toolbar = await boxOf(page.getByRole('toolbar', { name: 'Plan actions' }));
    const top = await boxOf(heading);
    expect(top.y).toBeGreaterThanOrEqual(toolbar.y + toolbar.height - 1);
    expect(top.y).toBeLessThan(768 / 2);
    await nav.locator('a[aria-current="location"]', { hasText: 'Short-term targets' }).waitFor();
    // The router's hash is untouched.
    expect(new URL(page.url()).hash).toBe(`#/plan/${encodeURIComponent(plan.id)}`);

    // Save and Schedule review are still at hand, down in the plan.
    await page.getByRole('button', { name: 'Schedule a review' }).click();
    await page.getByRole('dialog').waitFor();
    expect(problems.pageErrors).toEqual([]);
    await page.context().close();
  });

  for (const [width, height] of [
    [1024, 700],
    [1366, 768],
  ] as const) {
    it(`at ${width}×${height} no field's label or control overlaps another field or the SMART hints`, async () => {
      const page = await openEditor(await ottersPlan(), width, height);
      await expect(layoutClashes(page)).resolves.toEqual([]);
      const card = page.getByRole('region', { name: /^Short-term target 1\b/ });
      // The two fields reported overlapping before are present and measured.
      const names = (await fieldBoxes(card)).map((f) => f.name);
      expect(names).toEqual(expect.arrayContaining(['Linked long-term target', 'Rating', 'Evidence note']));
      // Content is not flush against the window's left edge.
      const content = await boxOf(page.getByRole('heading', { level: 1 }));
      expect(content.x).toBeGreaterThanOrEqual(16);

      // The card's top (area, linked target, SMART hints), then its evidence form (rating, note).
      await card.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await page.screenshot({ path: path.join(SCREENSHOTS, `editor-${width}x${height}.png`) });
      await card
        .getByRole('group', { name: /^Add evidence for/ })
        .evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await page.screenshot({ path: path.join(SCREENSHOTS, `editor-${width}x${height}-evidence.png`) });
      await page.context().close();
    });
  }
});
