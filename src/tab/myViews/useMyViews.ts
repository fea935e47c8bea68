import { useCallback, useState } from 'react';
import type { AppServices } from '../../app/services';
import { rebaseViews, saveMyViews, type ViewsEdit } from '../../app/usecases/myViews/saveMyViews';
import { todayIn, type Plan } from '../../domain';

export type ViewsSave =
  | { readonly status: 'idle' | 'saving' | 'saved' }
  | { readonly status: 'failed'; readonly error: unknown }
  | { readonly status: 'conflict'; readonly theirs: Plan | null };

export interface MyViewsState {
  readonly edit: ViewsEdit;
  readonly save: ViewsSave;
  change(next: ViewsEdit): void;
  saveViews(): Promise<void>;
  /** After a conflict: what was typed here onto their copy of the plan, saved under their eTag. */
  saveOntoTheirs(): Promise<void>;
}

/** The page's views and their save through the plan's save path (If-Match; a conflict overwrites nothing). */
export const useMyViews = (services: AppServices, loaded: Plan): MyViewsState => {
  const [base, setBase] = useState(loaded);
  const [edit, setEdit] = useState<ViewsEdit>({ myViews: loaded.myViews, parentViews: loaded.parentViews });
  const [save, setSave] = useState<ViewsSave>({ status: 'idle' });

  const change = useCallback((next: ViewsEdit) => {
    setEdit(next);
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
        setEdit({ myViews: outcome.plan.myViews, parentViews: outcome.plan.parentViews });
        setSave({ status: 'saved' });
      } catch (error) {
        setSave({ status: 'failed', error });
      }
    },
    [services.store, services.clock],
  );

  const saveOntoTheirs = useCallback(async () => {
    if (save.status !== 'conflict' || save.theirs === null) return;
    const theirs = save.theirs;
    const views = rebaseViews(edit, base, theirs);
    setBase(theirs);
    setEdit(views);
    await write(theirs, views);
  }, [save, edit, base, write]);

  return { edit, save, change, saveViews: () => write(base, edit), saveOntoTheirs };
};
