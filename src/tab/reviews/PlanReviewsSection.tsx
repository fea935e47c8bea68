import { Spinner } from '@fluentui/react-components';
import { useCallback, useEffect } from 'react';
import type { AppServices } from '../../app/services';
import type { Plan, Review } from '../../domain';
import { ErrorMessage } from '../../ui/common/ErrorMessage';
import { useLoad } from '../../ui/common/useLoad';
import { ReviewsPanel } from './ReviewsPanel';

export interface PlanReviewsSectionProps {
  readonly services: AppServices;
  /** The plan as saved (its id and version), not the unsaved edits. */
  readonly plan: Plan;
  /** Told of the reviews once read, so the editor can offer the review record for export. */
  onReviewsLoaded?(reviews: readonly Review[]): void;
  /** Told of each review saved here (scheduled, moved, cancelled). */
  onReviewSaved?(review: Review): void;
}

/**
 * The Reviews section of the IEP editor: loads the plan's reviews itself, so the editor renders it with
 * one line (`<PlanReviewsSection services={services} plan={editor.base} />`) and knows nothing else.
 */
export const PlanReviewsSection = ({
  services,
  plan,
  onReviewsLoaded,
  onReviewSaved,
}: PlanReviewsSectionProps) => {
  const load = useCallback(() => services.store.openPlan(plan.id), [services.store, plan.id]);
  const { state, reload } = useLoad(load);
  const loaded = state.status === 'ready' ? state.data.reviews : null;
  useEffect(() => {
    if (loaded) onReviewsLoaded?.(loaded);
  }, [loaded, onReviewsLoaded]);
  if (state.status === 'loading') return <Spinner size="tiny" label="Loading reviews…" />;
  if (state.status === 'error')
    return (
      <ErrorMessage error={state.error} title="The plan's reviews could not be loaded" onRetry={reload} />
    );
  return (
    <ReviewsPanel
      services={services}
      plan={plan}
      reviews={state.data.reviews}
      {...(onReviewSaved ? { onReviewSaved } : {})}
    />
  );
};
