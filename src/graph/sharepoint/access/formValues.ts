import { z } from 'zod';
import { Invalid, ServiceError, type ItemRef } from '../../../domain/errors';
import type { FieldValues } from '../shared/listItem';
import { asRefusal } from './spErrors';

/** One column's value as `AddValidateUpdateItemUsingPath` takes it: always text, parsed by SharePoint. */
export interface FormValue {
  readonly FieldName: string;
  readonly FieldValue: string;
}

/**
 * The store's column values as form values. SharePoint parses each as a user typing it into the list's
 * form would be parsed (SP.List.addValidateUpdateItemUsingPath): a Yes/No column takes "1" or "0", an
 * empty string clears a column, a number is written the invariant way ("2.5"), which the en-GB sites
 * schools use read as written. Text and notes go as they are.
 */
export const formValuesOf = (fields: FieldValues): FormValue[] =>
  Object.entries(fields).map(([name, value]) => ({ FieldName: name, FieldValue: formTextOf(value) }));

const formTextOf = (value: FieldValues[string]): string => {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? '1' : '0';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  return value;
};

const FieldResultSchema = z.object({
  FieldName: z.string(),
  FieldValue: z.string().nullish(),
  HasException: z.boolean().nullish(),
  ErrorCode: z.number().nullish(),
  ErrorMessage: z.string().nullish(),
});
const FieldResultsSchema = z.array(FieldResultSchema);
export type FieldResult = z.infer<typeof FieldResultSchema>;

/**
 * The answer to a create: one result per column sent, and `Id` with the new item's id. SharePoint answers
 * 200 even when it refuses a column (HasException), and then creates nothing: that is an Invalid naming
 * each column refused. An answer with no id cannot say what was made, so it is a 502, which the store
 * treats as an outcome unknown and looks up by client key.
 */
export const createdIdOf = (answer: unknown, item?: ItemRef): string => {
  const parsed = FieldResultsSchema.safeParse(answer);
  if (!parsed.success) throw new ServiceError(502, 'SharePoint sent a create answer that could not be read.');
  const refused = parsed.data.filter((result) => result.HasException === true);
  if (refused.length > 0) {
    const issues = refused.map((result) => ({
      path: result.FieldName,
      message: `SharePoint refused the ${result.FieldName} column: ${result.ErrorMessage ?? 'no reason given'}.`,
    }));
    // As a refusal, worded the way httpErrors.ts finds the column in SharePoint's own 400 messages.
    const first = refused[0] as FieldResult;
    throw asRefusal(new Invalid(issues, item), {
      status: 400,
      code: String(first.ErrorCode ?? ''),
      message: `Column '${first.FieldName}' was refused: ${first.ErrorMessage ?? 'no reason given'}`,
    });
  }
  const id = parsed.data.find((result) => result.FieldName === 'Id')?.FieldValue?.trim();
  if (!id || !/^\d+$/.test(id)) {
    throw new ServiceError(502, 'SharePoint answered a create without the new item’s id.');
  }
  return id;
};

/** SharePoint's words when a folder of that name is there already (its ErrorMessage, or a refusal's). */
export const ALREADY_EXISTS = /already exists/i;
