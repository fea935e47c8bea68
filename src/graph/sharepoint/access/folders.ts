import type { SPFI } from '@pnp/sp';
import { z } from 'zod';
import { NotFound, type ItemRef } from '../../../domain/errors';
import type { FieldValues } from '../shared/listItem';
import { ALREADY_EXISTS, createdIdOf, formValuesOf, type FormValue } from './formValues';
import { spCall } from './spErrors';

/** A pupil's folder in each list: their item id only, never a name (docs/ACCESS.md). */
export const folderNameOf = (pupilItemId: string): string => `p${pupilItemId}`;

const RootFolderSchema = z.object({ ServerRelativeUrl: z.string().min(1) });
const IdSchema = z.object({ Id: z.number().int() });

/**
 * Folder paths, and the folder items behind them, for one session. A list's root folder URL is read once
 * (`lists('<id>')/rootFolder`); a folder item id is known once made or found.
 */
export class Folders {
  private readonly roots = new Map<string, Promise<string>>();
  private readonly items = new Map<string, string>();

  constructor(private readonly sp: SPFI) {}

  /** The list's root folder, server-relative, e.g. `/sites/SEN/Lists/IEP Plans`. */
  rootUrlOf(listId: string): Promise<string> {
    let root = this.roots.get(listId);
    if (!root) {
      root = spCall(() => this.sp.web.lists.getById(listId).rootFolder.select('ServerRelativeUrl')(), {
        kind: 'list',
        id: listId,
      }).then((raw) => RootFolderSchema.parse(raw).ServerRelativeUrl.replace(/\/$/, ''));
      // A failed read is not remembered: the next call tries again.
      void root.catch(() => this.roots.delete(listId));
      this.roots.set(listId, root);
    }
    return root;
  }

  /** The pupil's folder in the list, server-relative. */
  async urlOf(listId: string, pupilItemId: string): Promise<string> {
    return `${await this.rootUrlOf(listId)}/${folderNameOf(pupilItemId)}`;
  }

  private async add(
    listId: string,
    folderPath: string,
    values: FormValue[],
    leafName?: string,
    ref?: ItemRef,
  ) {
    const answer = await spCall(
      () =>
        this.sp.web.lists
          .getById(listId)
          .addValidateUpdateItemUsingPath(
            values,
            folderPath,
            false,
            undefined,
            leafName === undefined ? undefined : { leafName, objectType: 1 },
          ),
      ref,
    );
    return createdIdOf(answer, ref);
  }

  /**
   * The pupil's folder item id: the folder is made at the list's root when missing. If it is there
   * already (an earlier run, or one whose answer was lost), it is found by its path instead.
   */
  async ensure(listId: string, pupilItemId: string): Promise<string> {
    const key = `${listId}/${pupilItemId}`;
    const known = this.items.get(key);
    if (known) return known;
    const name = folderNameOf(pupilItemId);
    const ref: ItemRef = { kind: 'list', id: `${listId}/${name}` };
    let id: string;
    try {
      id = await this.add(
        listId,
        await this.rootUrlOf(listId),
        [{ FieldName: 'Title', FieldValue: name }],
        name,
        ref,
      );
    } catch (error) {
      if (!ALREADY_EXISTS.test(error instanceof Error ? error.message : '')) throw error;
      id = await this.find(listId, pupilItemId);
    }
    this.items.set(key, id);
    return id;
  }

  /** The folder item id of a pupil's folder made earlier; NotFound when there is none. */
  async find(listId: string, pupilItemId: string): Promise<string> {
    const key = `${listId}/${pupilItemId}`;
    const known = this.items.get(key);
    if (known) return known;
    const url = await this.urlOf(listId, pupilItemId);
    const ref: ItemRef = { kind: 'list', id: `${listId}/${folderNameOf(pupilItemId)}` };
    const raw = await spCall(
      () => this.sp.web.getFolderByServerRelativePath(url).listItemAllFields.select('Id')(),
      ref,
    );
    const found = IdSchema.safeParse(raw);
    if (!found.success) throw new NotFound(ref);
    const id = String(found.data.Id);
    this.items.set(key, id);
    return id;
  }

  /**
   * A new item in the pupil's folder: its id. Fails as the domain error for what SharePoint said; with
   * no answer at all, as an outcome unknown (Offline), so the store looks the item up by its client key.
   */
  async createIn(listId: string, pupilItemId: string, fields: FieldValues): Promise<string> {
    const ref: ItemRef = { kind: 'list', id: listId };
    return this.add(listId, await this.urlOf(listId, pupilItemId), formValuesOf(fields), undefined, ref);
  }
}
