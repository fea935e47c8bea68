import { MULTI_LINE_MAX, SINGLE_LINE_MAX } from '../../domain/limits';
import type { LimitedTextFieldProps } from './LimitedTextField.types';

/** Multi-line limits are far away, so their count only appears once it starts to matter. */
const MULTI_LINE_COUNT_FROM = 0.9;

export interface LimitedTextFieldState {
  readonly limit: number;
  readonly length: number;
  readonly countText: string | undefined;
  readonly message: string | undefined;
}

/**
 * The field never cuts text (no `maxLength`): a value over the limit stays as typed, with a count and
 * a message saying how much to shorten it, because silently losing the end of a sentence loses work.
 */
export const useLimitedTextField = (props: LimitedTextFieldProps): LimitedTextFieldState => {
  const limit = props.limit ?? (props.multiline ? MULTI_LINE_MAX : SINGLE_LINE_MAX);
  const length = props.value.length;
  const showCount = !props.readOnly && (!props.multiline || length >= limit * MULTI_LINE_COUNT_FROM);
  const countText = showCount
    ? `${length.toLocaleString('en-GB')} of ${limit.toLocaleString('en-GB')} characters`
    : undefined;
  const over = length - limit;
  const overMessage =
    over > 0
      ? `${props.label} is too long: ${length.toLocaleString('en-GB')} characters, at most ${limit.toLocaleString('en-GB')}. Remove ${over.toLocaleString('en-GB')} to save.`
      : undefined;
  return { limit, length, countText, message: overMessage ?? props.error };
};
