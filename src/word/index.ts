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
export {
  diffTargetEdits,
  normaliseCellText,
  type TargetCellText,
  type TargetChanges,
  type TargetEdit,
} from './targetEdits';
export {
  fieldTag,
  parseFieldTag,
  planTag,
  targetTag,
  TARGET_FIELDS,
  TEMPLATE_KINDS,
  templateTitle,
  type TargetField,
  type TemplateKind,
} from './tags';
export {
  insertTemplate,
  isWordApiSupported,
  readTargetEdits,
  refreshTemplates,
  type InsertedTemplate,
  type RefreshResult,
} from './wordAdapter';
