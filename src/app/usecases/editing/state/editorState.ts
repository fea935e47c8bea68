import type { FieldIssue } from '../../../../domain/errors';
import type { Plan } from '../../../../domain/plan';
import type { Pupil } from '../../../../domain/pupil';
import type { ConflictEntry } from '../merge/conflicts';
import type { SaveProblem } from '../saveMessages';

export type LoadState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly problem: SaveProblem }
  | { readonly kind: 'ready' };

/** A save that carries a colleague's changes merged in, so the user is told whose. */
export interface MergeNote {
  /** "Ms Shah", or "a colleague" when the store does not say. */
  readonly with: string;
  /** Merged without asking: a second conflict on this save goes to the user rather than round again. */
  readonly automatic: boolean;
}

export type SaveState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'saving'; readonly merge: MergeNote | null }
  | { readonly kind: 'saved'; readonly at: Date; readonly mergedWith: string | null }
  | { readonly kind: 'invalid'; readonly count: number }
  | { readonly kind: 'conflict' }
  | { readonly kind: 'failed'; readonly problem: SaveProblem };

/** Deleting a draft plan: once deleted, the page leaves. */
export type DeletionState =
  | { readonly kind: 'idle' }
  | { readonly kind: 'deleting' }
  | { readonly kind: 'deleted' }
  | { readonly kind: 'failed'; readonly problem: SaveProblem };

export interface EditorPlans {
  /** The plan as last read or saved: what a save compares against. */
  readonly base: Plan;
  readonly edited: Plan;
  /** As loaded from the store, for "Discard" after a draft was restored. */
  readonly loaded: Plan;
}

export interface EditorState {
  readonly load: LoadState;
  readonly plans: EditorPlans | null;
  readonly restoredDraft: boolean;
  readonly save: SaveState;
  /** After a refused save, issues follow the edits live. */
  readonly showIssues: boolean;
  /** Issues the store found that the editor's own validation did not. */
  readonly serverIssues: readonly FieldIssue[];
  /** Bumped each time the page should move focus to the first invalid field. */
  readonly focusRequest: number;
  /** Open in the merge dialog while there are questions only the user can answer. */
  readonly conflicts: readonly ConflictEntry[] | null;
  /** A save to start now, without the user pressing Save: the merged plan. */
  readonly queuedSave: MergeNote | null;
  /** Bumped by "Try again", so the plan is opened afresh. */
  readonly loadCount: number;
  /** A new plan for this pupil, not in SharePoint until its first save creates it. */
  readonly newFor: Pupil | null;
  /** Said above a new plan when someone could not be filled in for the user. */
  readonly prefillNote: string | null;
  readonly deletion: DeletionState;
}

export const initialEditorState: EditorState = {
  load: { kind: 'loading' },
  plans: null,
  restoredDraft: false,
  save: { kind: 'idle' },
  showIssues: false,
  serverIssues: [],
  focusRequest: 0,
  conflicts: null,
  queuedSave: null,
  loadCount: 0,
  newFor: null,
  prefillNote: null,
  deletion: { kind: 'idle' },
};
