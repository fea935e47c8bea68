import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';

/**
 * Serious and critical WCAG 2.1 A/AA violations on the page, one line each.
 * Fluent's focus manager (tabster) adds 1-pixel `data-tabster-dummy` sentinels that are focusable
 * and aria-hidden on purpose: focusing one moves focus on at once, so no user ever lands on it. axe
 * cannot know that and reports aria-hidden-focus; only those sentinels are left out.
 */
export const seriousAccessibilityViolations = async (page: Page): Promise<string[]> => {
  const result = await new AxeBuilder({ page })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .exclude('[data-tabster-dummy]')
    .analyze();
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.html).join(' | ')})`);
};
