import { useState } from 'react';
import type { AppServices } from '../../app/services';
import type { ItemFailure, Plan, SaveResult } from '../../domain';
import { diffTargetEdits } from '../../word/targetEdits';
import type { WordPort } from '../word/wordPort';
import {
  applyChanges,
  conflictState,
  proposedChanges,
  resolvedSave,
  type Choice,
  type ConflictState,
  type ProposedChange,
  withInsertedValues,
} from './saveBackModel';

export type SaveBackState =
  | { readonly step: 'idle' }
  | { readonly step: 'reading' }
  | { readonly step: 'nothing'; readonly problems: readonly string[] }
  /** Nothing of this plan is marked in the document; `markersStripped`: the pupil is named in it all the same. */
  | { readonly step: 'unlinked'; readonly markersStripped: boolean }
  | {
      readonly step: 'review';
      readonly changes: readonly ProposedChange[];
      readonly problems: readonly string[];
    }
  | { readonly step: 'saving' }
  | { readonly step: 'conflict'; readonly conflict: ConflictState }
  | { readonly step: 'saved'; readonly message: string; readonly failures: readonly ItemFailure[] }
  | { readonly step: 'cancelled'; readonly message: string }
  | { readonly step: 'error'; readonly title: string; readonly error: unknown };

export interface SaveBackOptions {
  readonly services: AppServices;
  readonly word: WordPort;
  /** The plan as loaded from the store, with the eTags every save is checked against. */
  readonly plan: Plan;
  /** The store accepted the save: the pane shows the plan it returned (new eTags); `failures` it refused. */
  onSaved(plan: Plan, failures: readonly ItemFailure[]): void;
  /** The teacher stopped after a conflict: the pane reloads the plan as it now is. */
  onAbandoned(): void;
}

const plural = (count: number, one: string): string => `${count} ${one}${count === 1 ? '' : 's'}`;

/** Changes whose target the store did not refuse. */
const savedCount = (attempted: readonly ProposedChange[], failures: readonly ItemFailure[]): number => {
  const failed = new Set(failures.map((failure) => failure.item.id));
  return attempted.filter((change) => !failed.has(change.targetId)).length;
};

/**
 * Read the tagged target cells, show what changed, save the ticked changes with the eTags read,
 * and on a conflict ask the teacher field by field: nothing is overwritten until they choose.
 */
export const useSaveBack = ({ services, word, plan, onSaved, onAbandoned }: SaveBackOptions) => {
  const [state, setState] = useState<SaveBackState>({ step: 'idle' });

  const start = async () => {
    setState({ step: 'reading' });
    try {
      const read = await word.readTargetEdits(plan);
      if (read.cells.length === 0 && Object.keys(read.blocks).length === 0) {
        setState({ step: 'unlinked', markersStripped: read.markersStripped });
        return;
      }
      const edits = diffTargetEdits(plan, read.cells);
      const changes = await withHistory(proposedChanges(plan, edits));
      const problems = edits.flatMap((edit) => edit.problems);
      setState(changes.length === 0 ? { step: 'nothing', problems } : { step: 'review', changes, problems });
    } catch (error) {
      setState({ step: 'error', title: 'The document could not be read', error });
    }
  };

  /** The values inserted, for changes a colleague also made; without them if the history cannot be read. */
  const withHistory = async (changes: ProposedChange[]): Promise<ProposedChange[]> => {
    if (!changes.some((change) => change.basis === 'both')) return changes;
    try {
      return withInsertedValues(changes, await services.store.planHistory(plan.id));
    } catch {
      return changes;
    }
  };

  const afterSave = (
    result: SaveResult,
    attempted: readonly ProposedChange[],
    message: (saved: number) => string,
  ) => {
    if (result.conflicts.length > 0) {
      setState({ step: 'conflict', conflict: conflictState(result.plan, attempted, result.conflicts) });
      return;
    }
    setState({
      step: 'saved',
      message: message(savedCount(attempted, result.failures)),
      failures: result.failures,
    });
    // After the saved state, so anything the pane does next (a refresh) replaces its message.
    onSaved(result.plan, result.failures);
  };

  const save = async (chosen: readonly ProposedChange[]) => {
    setState({ step: 'saving' });
    try {
      const result = await services.store.savePlan(applyChanges(plan, chosen), plan);
      afterSave(result, chosen, (n) => `Saved ${plural(n, 'change')} to ${plan.pupil.name}'s plan.`);
    } catch (error) {
      setState({ step: 'error', title: 'The changes could not be saved', error });
    }
  };

  const resolve = async (conflict: ConflictState, choices: Readonly<Record<string, Choice>>) => {
    const { base, edited } = resolvedSave(conflict, choices);
    const stillMine = conflict.attempted.filter((c) => choices[c.key] === 'mine');
    setState({ step: 'saving' });
    try {
      const result = await services.store.savePlan(edited, base);
      afterSave(result, stillMine, () => `Saved your choices to ${plan.pupil.name}'s plan.`);
    } catch (error) {
      setState({ step: 'error', title: 'Your choices could not be saved', error });
    }
  };

  const abandon = () => {
    onAbandoned();
    setState({
      step: 'cancelled',
      message: 'Nothing more was saved. The plan has been reloaded as it is now.',
    });
  };

  return {
    state,
    start: () => void start(),
    save: (chosen: readonly ProposedChange[]) => void save(chosen),
    resolve: (conflict: ConflictState, choices: Readonly<Record<string, Choice>>) =>
      void resolve(conflict, choices),
    abandon,
    dismiss: () => setState({ step: 'idle' }),
  };
};

export type SaveBack = ReturnType<typeof useSaveBack>;
