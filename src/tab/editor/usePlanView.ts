import { useCallback, useState } from 'react';
import type { PlanId } from '../../domain/ids';
import type { Plan } from '../../domain/plan';
import type { IepStore } from '../../domain/ports';
import { readAdvice } from '../../app/usecases/editing/saveMessages';

/** What the page shows: the plan being edited, an earlier version (read-only), or a comparison. */
export type PlanView =
  | { readonly kind: 'editing' }
  | { readonly kind: 'loading'; readonly mode: 'view' | 'compare' }
  | { readonly kind: 'failed'; readonly advice: string }
  | { readonly kind: 'viewing'; readonly plan: Plan }
  | { readonly kind: 'comparing'; readonly older: Plan };

export const usePlanView = (store: IepStore) => {
  const [view, setView] = useState<PlanView>({ kind: 'editing' });
  const open = useCallback(
    (id: PlanId, mode: 'view' | 'compare') => {
      setView({ kind: 'loading', mode });
      store.openPlan(id).then(
        (doc) =>
          setView(
            mode === 'view' ? { kind: 'viewing', plan: doc.plan } : { kind: 'comparing', older: doc.plan },
          ),
        (error: unknown) => setView({ kind: 'failed', advice: readAdvice(error) }),
      );
    },
    [store],
  );
  const backToEditing = useCallback(() => setView({ kind: 'editing' }), []);
  return { view, open, backToEditing };
};
