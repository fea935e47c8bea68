import type { ReactNode } from 'react';
import type { EvidenceId } from '../../domain/ids';
import type { SmartContext } from '../../domain/smart';
import type { Evidence, LongTermTarget, ShortTermTarget } from '../../domain/target';

export interface ShortTermTargetEditorProps {
  readonly target: ShortTermTarget;
  /** 1-based position in the plan; names the target ("Short-term target 2"). */
  readonly position: number;
  readonly longTermTargets: readonly LongTermTarget[];
  readonly onChange: (patch: Partial<ShortTermTarget>) => void;
  readonly smartContext: SmartContext;
  /** Validation messages keyed by the field's path inside the target (`text`, `evidence.0.note`). */
  readonly errors?: Readonly<Record<string, string>>;
  /** Path of this target in the plan (`shortTermTargets.2`), so the page can focus an invalid field. */
  readonly fieldPathPrefix: string;
  readonly readOnly?: boolean;
  /** Move and remove buttons, owned by the list. */
  readonly actions?: ReactNode;
  readonly evidence: {
    readonly today: string;
    readonly recordedBy: string;
    readonly newEvidenceId: () => EvidenceId;
    readonly onAdd: (evidence: Evidence) => void;
    readonly onRemove: (id: EvidenceId) => void;
    /** Evidence can be open while the target is read-only: assistants add evidence to plans they cannot change. */
    readonly readOnly?: boolean;
  };
  readonly smartDelayMs?: number;
  /**
   * The "Delivered through a school provision" select, drawn by the page (it reads the school's
   * catalogue), and whether the target is linked: then how it is taught comes from the provision.
   */
  readonly provisionLink?: { readonly field: ReactNode; readonly linked: boolean };
}

export interface LongTermTargetEditorProps {
  readonly target: LongTermTarget;
  readonly position: number;
  readonly onChange: (patch: Partial<LongTermTarget>) => void;
  /** Scotland notes the SHANARRI wellbeing indicators against long-term targets. */
  readonly showWellbeing: boolean;
  readonly errors?: Readonly<Record<string, string>>;
  readonly fieldPathPrefix: string;
  readonly readOnly?: boolean;
  readonly actions?: ReactNode;
}
