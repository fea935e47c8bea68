import { useCallback, useEffect, useState } from 'react';
import type { AppServices } from '../../app/services';
import { myViewsDraft } from '../../app/usecases/myViews/myViewsDraft';
import { rebaseViews, saveMyViews, type ViewsEdit } from '../../app/usecases/myViews/saveMyViews';
import { todayIn, type Plan } from '../../domain';

export type ViewsSave =
  | { readonly status: 'idle' | 'saving' | 'saved' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'conflict'; readonly theirs: Plan | null };

export interface MyViewsState {
  readonly edit: ViewsEdit;
  readonly save: ViewsSave;
  /** The answers came back from this tab's session after a reload, not from SharePoint. */
  readonly restored: boolean;
  change(next: ViewsEdit): void;
  saveViews(): Promise<void>;
  /** After a conflict: what was typed here onto their copy of the plan, saved under their eTag. */
  saveOntoTheirs(): Promise<void>;
}

const viewsOf = (plan: Plan): ViewsEdit => ({ myViews: plan.myViews, parentViews: plan.parentViews });

/**
 * The page's views and their save through the plan's save path (If-Match; a conflict overwrites
 * nothing). Every change is kept in this tab's session at once, so a reload before Save loses nothing,
 * and the restored answers are saved against the eTag they started from.
 */
export const useMyViews = (services: AppServices, loaded: Plan): MyViewsState => {
  const email = services.currentUser.email;
  const [initial] = useState(() => myViewsDraft.load(email, loaded.id));
  const [base, setBase] = useState<Plan>(() => {
    if (initial === null) return loaded;
    const { etag: _loadedEtag, ...rest } = loaded;
    const viewsBefore = { ...rest, ...initial.value.base };
    return initial.baseEtag === null ? viewsBefore : { ...viewsBefore, etag: initial.baseEtag };
  });
  const [edit, setEdit] = useState<ViewsEdit>(() => initial?.value.edit ?? viewsOf(loaded));
  const [dirty, setDirty] = useState(initial !== null);
  const [save, setSave] = useState<ViewsSave>({ status: 'idle' });

  useEffect(() => {
    if (dirty)
      myViewsDraft.save(email, loaded.id, {
        value: { edit, base: viewsOf(base) },
        baseEtag: base.etag ?? null,
      });
  }, [dirty, email, loaded.id, edit, base]);

  const change = useCallback((next: ViewsEdit) => {
    setEdit(next);
    setDirty(true);
    setSave((s) => (s.status === 'saved' ? { status: 'idle' } : s));
  }, []);

  const write = useCallback(
    async (onto: Plan, views: ViewsEdit) => {
      setSave({ status: 'saving' });
      try {
        const outcome = await saveMyViews(services.store, onto, views, todayIn(services.clock));
        if (outcome.kind === 'conflict') {
          setSave({ status: 'conflict', theirs: outcome.theirs });
          return;
        }
        setBase(outcome.plan);
        setEdit(viewsOf(outcome.plan));
        setDirty(false);
        myViewsDraft.clear(email, loaded.id);
        setSave({ status: 'saved' });
      } catch (error) {
        setSave({ status: 'failed', error });
      }
    },
    [services.store, services.clock, email, loaded.id],
  );

  const saveOntoTheirs = useCallback(async () => {
    if (save.status !== 'conflict' || save.theirs === null) return;
    const theirs = save.theirs;
    const views = rebaseViews(edit, base, theirs);
    setBase(theirs);
    setEdit(views);
    await write(theirs, views);
  }, [save, edit, base, write]);

  return {
    edit,
    save,
    restored: initial !== null,
    change,
    saveViews: () => write(base, edit),
    saveOntoTheirs,
  };
};
