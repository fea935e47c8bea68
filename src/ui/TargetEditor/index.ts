export { EvidenceEditor } from './EvidenceEditor';
export type { EvidenceEditorProps } from './EvidenceEditor';
export { LongTermTargetEditor } from './LongTermTargetEditor';
export { ShortTermTargetEditor } from './ShortTermTargetEditor';
export type { LongTermTargetEditorProps, ShortTermTargetEditorProps } from './ShortTermTargetEditor.types';
