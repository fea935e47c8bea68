import type { FieldValues } from '../shared/listItem';
import type { CareTeamAccess } from './careTeamAccess';
import { httpRefusalOf, type HttpRefusal } from './spErrors';

/**
 * `createInFolder` for a caller that tells SharePoint's refusals apart from lost answers by an error of
 * its own (the store's folder creates: a refusal becomes an answer with its status, anything else an
 * outcome unknown). Refusals, a column refused inside a 200 answer included, are rethrown as
 * `asFailure` makes them; Offline (no answer) and an answer without the new id pass through unchanged.
 */
export const createInFolderWithRefusals =
  (access: Pick<CareTeamAccess, 'createInFolder'>, asFailure: (refusal: HttpRefusal) => Error) =>
  async (listId: string, pupilItemId: string, fields: FieldValues): Promise<string> => {
    try {
      return await access.createInFolder(listId, pupilItemId, fields);
    } catch (error) {
      const refusal = httpRefusalOf(error);
      throw refusal ? asFailure(refusal) : error;
    }
  };
