/**
 * Money as staff type it and read it. The domain keeps whole pence so totals add up exactly; pounds
 * appear only on screen. A typed amount is read as text (never through floating point), so "18.50"
 * is exactly 1850 pence.
 */
export type PenceReading =
  { readonly ok: true; readonly pence: number } | { readonly ok: false; readonly message: string };

const AMOUNT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d{1,2}))?$/;

/** "18.50", "£18.50", "18", "£1,250.00" → pence; `label` names the field in the message. */
export const readPounds = (text: string, label: string): PenceReading => {
  const raw = text.trim();
  if (raw === '') return { ok: false, message: `Enter the ${label.toLowerCase()} in pounds, e.g. 18.50.` };
  if (/^(-\s*£?|£\s*-)\s*\d/.test(raw)) return { ok: false, message: `${label} cannot be negative.` };
  const trimmed = raw.replace(/^£\s*/, '');
  if (/^\d+\.\d{3,}$/.test(trimmed))
    return { ok: false, message: `${label} has at most two figures after the point (pence), e.g. 18.50.` };
  const match = AMOUNT.exec(trimmed);
  if (!match) return { ok: false, message: `${label} must be an amount in pounds, e.g. 18.50.` };
  const pounds = Number((match[1] ?? '0').replace(/,/g, ''));
  const pence = Number((match[2] ?? '').padEnd(2, '0'));
  return { ok: true, pence: pounds * 100 + pence };
};

/** 1850 → "18.50": the value a money field is filled with for editing. */
export const poundsText = (pence: number): string =>
  `${Math.floor(pence / 100)}.${String(pence % 100).padStart(2, '0')}`;
