/**
 * The Word side of IEP Planner. The task pane imports from here. Everything except `wordAdapter`
 * is pure (no Office globals) and runs in Node as well as in Word.
 */
export {
  renderTemplate,
  type ContentControlLayout,
  type RenderedBody,
  type RenderInput,
  type TargetControlLayout,
} from './renderTemplate';
export { toFlatOpc } from './flatOpc';
export { exportDocx, packageDocx } from './docx';
export { normaliseCellText } from './cellText';
export {
  diffTargetEdits,
  hasWordEdits,
  type EditBasis,
  type TargetCellText,
  type TargetChanges,
  type TargetEdit,
} from './targetEdits';
export {
  fieldTag,
  isPlannerTag,
  parseFieldTag,
  planTag,
  targetTag,
  TARGET_FIELDS,
  TEMPLATE_KINDS,
  templateTitle,
  type ParsedFieldTag,
  type TargetField,
  type TemplateKind,
} from './tags';
export {
  insertTemplate,
  isWordApiSupported,
  readCursorPlace,
  readInsertedLanguage,
  readTargetEdits,
  refreshTemplates,
  type CursorPlace,
  type DocumentEdits,
  type InsertedTemplate,
  type InsertOutcome,
  type InsertPlace,
  type RefreshOutcome,
  type RefreshRequest,
  type UnsafePlace,
} from './wordAdapter';
export { watchSelection, type StopWatching } from './selectionEvents';
export { documentLanguage, wordingFor, type Language } from './wording';
