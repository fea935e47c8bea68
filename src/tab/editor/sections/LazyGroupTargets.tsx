/**
 * The group targets' section, downloaded only when a plan is open: the editor's own chunk stays as
 * it was, and the plan is usable while the section and its read arrive.
 */
import { lazy, Suspense } from 'react';
import { PageSkeleton } from '../../../ui/common/PageSkeleton';
import type { GroupTargetsSectionProps } from './GroupTargetsSection';

const GroupTargetsSection = lazy(
  () => import(/* webpackChunkName: "group-targets" */ './GroupTargetsSection'),
);

export const LazyGroupTargets = (props: GroupTargetsSectionProps) => (
  <Suspense fallback={<PageSkeleton label="Loading the group targets" rows={2} />}>
    <GroupTargetsSection {...props} />
  </Suspense>
);
