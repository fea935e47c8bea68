export { ProgressChart } from './ProgressChart';
export type { ProgressChartProps } from './ProgressChart';
export { chartSummary, ratingLabel } from './progressChartGeometry';
