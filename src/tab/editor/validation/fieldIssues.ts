import type { FieldIssue } from '../../../domain/errors';

/** The first message for a field, or for anything inside it (`needs.areas` covers `needs.areas.1`). */
export const issueAt = (issues: readonly FieldIssue[], fieldPath: string): string | undefined =>
  issues.find((i) => i.path === fieldPath || i.path.startsWith(`${fieldPath}.`))?.message;

/** Messages under `prefix`, keyed by the path inside it: `shortTermTargets.2.text` → `text`. */
export const issuesWithin = (issues: readonly FieldIssue[], prefix: string): Record<string, string> => {
  const within: Record<string, string> = {};
  for (const issue of issues) {
    if (!issue.path.startsWith(`${prefix}.`)) continue;
    const relative = issue.path.slice(prefix.length + 1);
    within[relative] ??= issue.message;
    // A message on a nested value (`wellbeing.0`) also belongs to the field that holds it.
    const field = relative.split('.')[0];
    if (field !== undefined) within[field] ??= issue.message;
  }
  return within;
};

const fieldMatches = (fieldPath: string, issues: readonly FieldIssue[]): boolean =>
  issues.some((i) => i.path === fieldPath || i.path.startsWith(`${fieldPath}.`));

/**
 * Moves focus to the first field with an issue, in the order the fields appear on the page (not the
 * order of the issues); if no field on the page matches, to `fallback` (the error summary).
 */
export const focusFirstInvalid = (
  root: ParentNode,
  issues: readonly FieldIssue[],
  fallback: HTMLElement | null,
): void => {
  const fields = Array.from(root.querySelectorAll<HTMLElement>('[data-field-path]'));
  const first = fields.find((el) => fieldMatches(el.dataset.fieldPath ?? '', issues));
  (first ?? fallback)?.focus();
};
