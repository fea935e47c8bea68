export { clearAllDrafts, clearDraft, draftKey, loadDraft, saveDraft } from './draftStorage';
export type { PlanDraft } from './draftStorage';
