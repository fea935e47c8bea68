import type { SmartContext } from '../../domain/smart';
import type { ShortTermTarget } from '../../domain/target';

export interface SmartHintsProps {
  readonly target: ShortTermTarget;
  /** Keep this object stable between renders (memoise it): the hints are recomputed when it changes. */
  readonly context: SmartContext;
  /** e.g. "short-term target 2"; names the panel for screen readers. */
  readonly targetName: string;
  /** How long typing must pause before the hints update. */
  readonly delayMs?: number;
  readonly headingLevel?: 3 | 4 | 5;
}
