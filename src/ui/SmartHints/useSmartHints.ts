import { useMemo } from 'react';
import { checkSmart, type SmartContext, type SmartHint } from '../../domain/smart';
import type { ShortTermTarget } from '../../domain/target';
import { useDebouncedValue } from '../common/useDebouncedValue';

export const SMART_HINT_DELAY_MS = 400;

/** Hints for the target as it was when typing last paused, so they do not flicker on every key. */
export const useSmartHints = (
  target: ShortTermTarget,
  context: SmartContext,
  delayMs = SMART_HINT_DELAY_MS,
): SmartHint[] => {
  const settled = useDebouncedValue(target, delayMs);
  return useMemo(() => checkSmart(settled, context), [settled, context]);
};
