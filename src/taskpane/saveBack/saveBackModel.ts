/**
 * Save back, the pure half on the pane's side: what the teacher changed in Word as a list they can
 * check, applying the ticked changes to the plan, and after an edit conflict, the questions to ask
 * and the plans to save once they are answered. Nothing here talks to Word or the store.
 */
import type { EditConflict, Plan, PlanHistory, ShortTermTarget, TargetId } from '../../domain';
import { fieldFingerprint } from '../../word/fieldFingerprint';
import { ukDate } from '../../word/format';
import type { EditBasis, TargetChanges, TargetEdit, TargetField } from '../../word';
import { FIELD_TEXT, PRINTED_FIELD_TEXTS } from '../../word/templates/targetTable';

/** Column headings of the targets table, so the list reads like the document. */
export const FIELD_LABELS: Readonly<Record<TargetField, string>> = {
  area: 'Area',
  text: 'Target',
  successCriteria: 'Success criteria',
  strategies: 'Strategies / provision',
  deliveredBy: 'Who',
  frequency: 'How often',
  targetDate: 'Target date',
  outcome: 'Outcome',
};

export interface ProposedChange {
  /** `<targetId>|<field>`: unique within one save back. */
  readonly key: string;
  readonly targetId: TargetId;
  /** 1-based position in the plan, as "Target 3" in Word's control titles. */
  readonly targetNumber: number;
  readonly field: TargetField;
  /** As the plan and the document show them (labels, UK dates). */
  readonly before: string;
  readonly after: string;
  /** The domain value to save. */
  readonly change: TargetChanges;
  /** Only the teacher changed it (`word`), or the plan changed too (`both`), or cannot tell (`unknown`). */
  readonly basis: EditBasis;
  /** The fingerprint of the value the document was inserted with, where its tag carried one. */
  readonly insertedFingerprint: string | null;
  /** For a `both` change, the value inserted and who changed the plan since, found in its history. */
  readonly inserted?: InsertedValue;
}

export interface InsertedValue {
  /** As the document showed it when inserted. */
  readonly text: string;
  /** Who changed the plan's value after the insertion, and on which day (DD/MM/YYYY); '' if unknown. */
  readonly changedBy: string;
  readonly changedOn: string;
}

/** Proposed ticked only when the teacher alone changed it: anything else is theirs to decide. */
export const tickedByDefault = (change: ProposedChange): boolean => change.basis === 'word';

const shown = (text: string): string => (text.trim() === '' ? '(empty)' : text);

/** Field-by-field changes, in plan order, from what `diffTargetEdits` found. */
export const proposedChanges = (plan: Plan, edits: readonly TargetEdit[]): ProposedChange[] =>
  edits.flatMap((edit) => {
    const index = plan.shortTermTargets.findIndex((target) => target.id === edit.targetId);
    const target = plan.shortTermTargets[index];
    if (!target) return [];
    return (Object.keys(edit.changes) as TargetField[]).map((field) => {
      const change = { [field]: edit.changes[field] } as TargetChanges;
      return {
        key: `${target.id}|${field}`,
        targetId: target.id,
        targetNumber: index + 1,
        field,
        before: shown(FIELD_TEXT[field](target)),
        after: shown(FIELD_TEXT[field]({ ...target, ...change })),
        change,
        basis: edit.basis[field] ?? 'unknown',
        insertedFingerprint: edit.inserted[field] ?? null,
      };
    });
  });

/**
 * Where a colleague changed a field after the document was inserted, the document keeps only a
 * fingerprint of the value it was inserted with: the plan's history (every kept version of each
 * target) says what that value was, and who changed it since, for the three-way comparison.
 */
export const withInsertedValues = (
  changes: readonly ProposedChange[],
  history: PlanHistory,
): ProposedChange[] =>
  changes.map((change) => {
    const { field, insertedFingerprint } = change;
    if (change.basis !== 'both' || insertedFingerprint === null) return change;
    const versions = history.targets.find((t) => t.id === change.targetId)?.versions ?? [];
    // A Welsh working copy was inserted with the Welsh words for the area and outcome.
    const matches = (version: (typeof versions)[number]) =>
      PRINTED_FIELD_TEXTS.some(
        (texts) => fieldFingerprint(field, texts[field](version.value)) === insertedFingerprint,
      );
    const index = versions.findLastIndex(matches);
    const insertedVersion = versions[index];
    if (insertedVersion === undefined) return change;
    const changedBy = versions.slice(index + 1).find((version) => !matches(version));
    return {
      ...change,
      inserted: {
        text: shown(FIELD_TEXT[field](insertedVersion.value)),
        changedBy: changedBy?.by ?? '',
        changedOn: changedBy ? ukDate(changedBy.at.slice(0, 10)) : '',
      },
    };
  });

const withChanges = (plan: Plan, changes: readonly ProposedChange[]): Plan => ({
  ...plan,
  shortTermTargets: plan.shortTermTargets.map((target) =>
    changes
      .filter((c) => c.targetId === target.id)
      .reduce<ShortTermTarget>((t, c) => ({ ...t, ...c.change }), target),
  ),
});

/** The plan with the chosen changes made: what `savePlan(edited, plan)` is given. */
export const applyChanges = (plan: Plan, changes: readonly ProposedChange[]): Plan =>
  withChanges(plan, changes);

export type Choice = 'mine' | 'theirs';

export interface ConflictQuestion {
  readonly key: string;
  readonly field: TargetField;
  readonly mine: string;
  readonly theirs: string;
  /** They left this field as it was; only its target was saved by someone else. */
  readonly untouchedByThem: boolean;
}

export interface TargetConflict {
  readonly targetId: TargetId;
  readonly targetNumber: number;
  /** Null when someone else deleted the target: the change to it cannot be saved. */
  readonly theirs: ShortTermTarget | null;
  readonly theirEtag: string | null;
  readonly questions: readonly ConflictQuestion[];
}

export interface ConflictState {
  /** The plan as the save returned it (conflicted targets still hold my values and old eTags). */
  readonly saved: Plan;
  readonly attempted: readonly ProposedChange[];
  readonly targets: readonly TargetConflict[];
  /** The plan item itself was saved by someone else (its summary counts follow the outcomes). */
  readonly theirPlan: Plan | null;
  /** A conflict the pane cannot resolve (the plan deleted, or an item it did not change). */
  readonly unresolvable: boolean;
}

export const conflictState = (
  saved: Plan,
  attempted: readonly ProposedChange[],
  conflicts: readonly EditConflict[],
): ConflictState => {
  let theirPlan: Plan | null = null;
  let unresolvable = false;
  const targets: TargetConflict[] = [];
  for (const conflict of conflicts) {
    if (conflict.item.kind === 'plan') {
      theirPlan = (conflict.theirs as Plan | null) ?? null;
      if (theirPlan === null) unresolvable = true;
      continue;
    }
    const mine = attempted.filter((c) => c.targetId === conflict.item.id);
    const first = mine[0];
    if (conflict.item.kind !== 'target' || first === undefined) {
      unresolvable = true;
      continue;
    }
    const theirs = (conflict.theirs as ShortTermTarget | null) ?? null;
    const questions = theirs
      ? mine
          .map((c) => ({
            key: c.key,
            field: c.field,
            mine: c.after,
            theirs: shown(FIELD_TEXT[c.field](theirs)),
            untouchedByThem: shown(FIELD_TEXT[c.field](theirs)) === c.before,
          }))
          .filter((q) => q.mine !== q.theirs)
      : [];
    targets.push({
      targetId: first.targetId,
      targetNumber: first.targetNumber,
      theirs,
      theirEtag: conflict.theirEtag,
      questions,
    });
  }
  return { saved, attempted, targets, theirPlan, unresolvable };
};

export const questionsOf = (state: ConflictState): ConflictQuestion[] =>
  state.targets.flatMap((t) => [...t.questions]);

/**
 * The second save, once the teacher has chosen: the base is the server's current version of each
 * conflicted item (with its new eTag), so a field given to "theirs" is not sent at all and only the
 * "mine" choices are written. A target someone else deleted is dropped, never recreated.
 */
export const resolvedSave = (
  state: ConflictState,
  choices: Readonly<Record<string, Choice>>,
): { base: Plan; edited: Plan } => {
  const conflicted = new Map(state.targets.map((t) => [t.targetId as string, t]));
  const planLevel = state.theirPlan
    ? { ...state.theirPlan, shortTermTargets: state.saved.shortTermTargets }
    : state.saved;
  const base: Plan = {
    ...planLevel,
    shortTermTargets: planLevel.shortTermTargets.flatMap((target) => {
      const conflict = conflicted.get(target.id);
      if (!conflict) return [target];
      if (!conflict.theirs) return [];
      return [{ ...conflict.theirs, ...(conflict.theirEtag ? { etag: conflict.theirEtag } : {}) }];
    }),
  };
  const chosen = state.attempted.filter((c) => conflicted.has(c.targetId) && choices[c.key] === 'mine');
  return { base, edited: withChanges(base, chosen) };
};
