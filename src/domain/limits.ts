import { z } from 'zod';

/**
 * What SharePoint will store, so the domain refuses a value before a save fails or, worse, the
 * service truncates it. Single line of text columns hold 255 characters; multiple lines of text
 * columns 63,999 (the limit when "append changes" and unlimited length are off, the Graph default).
 */
export const SINGLE_LINE_MAX = 255;
export const MULTI_LINE_MAX = 63_999;

/** Characters XML 1.0 (and so SharePoint, Word and iCalendar) cannot carry. Tab, LF and CR are allowed. */
// eslint-disable-next-line no-control-regex
export const FORBIDDEN_CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

const hasNoForbiddenCharacters = (value: string): boolean => !FORBIDDEN_CONTROL_CHARACTERS.test(value);
const forbiddenCharacterMessage = (label: string) =>
  `${label} contains a control character that cannot be saved; remove it.`;

/**
 * Half of a surrogate pair (half an emoji, left by a tool that cut text in the wrong place). XML 1.0
 * cannot carry it either: Word would drop it and an invitation would show a replacement character.
 */
export const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const hasNoLoneSurrogates = (value: string): boolean => !LONE_SURROGATE.test(value);
const loneSurrogateMessage = (label: string) =>
  `${label} contains a broken character (half of an emoji or symbol) that cannot be saved; delete it and type it again.`;

/** A short text field; the message names the field the way the form labels it. */
export const singleLine = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .max(SINGLE_LINE_MAX, { error: `${label} is too long: at most ${SINGLE_LINE_MAX} characters.` })
    .refine((v) => !/[\r\n]/.test(v), { error: `${label} must be a single line.` })
    .refine(hasNoForbiddenCharacters, { error: forbiddenCharacterMessage(label) })
    .refine(hasNoLoneSurrogates, { error: loneSurrogateMessage(label) });

export const requiredSingleLine = (label: string) =>
  singleLine(label).refine((v) => v.trim().length > 0, { error: `${label} is required.` });

export const multiLine = (label: string) =>
  z
    .string({ error: `${label} must be text.` })
    .max(MULTI_LINE_MAX, {
      error: `${label} is too long: at most ${MULTI_LINE_MAX.toLocaleString('en-GB')} characters.`,
    })
    .refine(hasNoForbiddenCharacters, { error: forbiddenCharacterMessage(label) })
    .refine(hasNoLoneSurrogates, { error: loneSurrogateMessage(label) });

/** A calendar date without time, `YYYY-MM-DD`, as the UK forms show it as DD/MM/YYYY. */
export const isoDate = (label: string) =>
  z
    .string({ error: `${label} must be a date.` })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: `${label} must be a date (DD/MM/YYYY).` })
    .refine(
      (v) => {
        const [y, m, d] = v.split('-').map(Number) as [number, number, number];
        const date = new Date(Date.UTC(y, m - 1, d));
        return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
      },
      { error: `${label} is not a real date.` },
    );

/** A date the school may not have recorded: `YYYY-MM-DD`, or '' when unknown. */
export const isoDateOrBlank = (label: string) => {
  const date = isoDate(label);
  return z.string({ error: `${label} must be a date.` }).superRefine((value, context) => {
    if (value === '') return;
    const [issue] = date.safeParse(value).error?.issues ?? [];
    if (issue) context.addIssue({ code: 'custom', message: issue.message });
  });
};

/** An instant, ISO 8601 with offset or Z. */
export const isoDateTime = (label: string) =>
  z
    .string({ error: `${label} must be a date and time.` })
    .refine((v) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(v) && !Number.isNaN(Date.parse(v)), {
      error: `${label} must be a date and time.`,
    });

export const email = (label: string) =>
  singleLine(label).refine((v) => v === '' || /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/.test(v), {
    error: `${label} must be an email address like name@example.org.`,
  });
