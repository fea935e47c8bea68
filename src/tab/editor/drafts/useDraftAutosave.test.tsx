import { renderHook } from '@testing-library/react';
import { loadDraft, saveDraft } from '../../../app/usecases/editing/draftStorage';
import type { Plan } from '../../../domain/plan';
import { buildPlan } from '../../../../test/support/planBuilder';
import { useDraftAutosave, type DraftAutosaveOptions } from './useDraftAutosave';

const EMAIL = 'priya.shah@school.example';
const base: Plan = buildPlan();
const edited: Plan = { ...base, profile: { ...base.profile, likes: 'Trains' } };
const now = () => new Date('2026-02-10T10:00:00Z');

const options = (dirty: boolean): DraftAutosaveOptions => ({
  userEmail: EMAIL,
  planId: base.id,
  base,
  edited: dirty ? edited : base,
  dirty,
  enabled: true,
  now,
});

beforeEach(() => sessionStorage.clear());

test('once the edits are saved no draft is left, even one the last typing pause wrote meanwhile', () => {
  const { rerender } = renderHook((props: DraftAutosaveOptions) => useDraftAutosave(props), {
    initialProps: options(true),
  });
  // The pause after the last keystroke ends while the save is finishing: the draft is written again.
  saveDraft(EMAIL, base.id, { base, edited }, now());

  rerender(options(false));

  expect(loadDraft(EMAIL, base.id)).toBeNull();
});
