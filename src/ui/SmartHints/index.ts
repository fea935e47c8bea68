export { SmartHints } from './SmartHints';
export type { SmartHintsProps } from './SmartHints.types';
export { SMART_HINT_DELAY_MS, useSmartHints } from './useSmartHints';
