/** Review meetings in Outlook and the review record: what the editor, the router and the shell use. */
export { ReviewsPanel, type ReviewsPanelProps } from './ReviewsPanel';
export { PlanReviewsSection, type PlanReviewsSectionProps } from './PlanReviewsSection';
export { ScheduleReviewDialog, type ScheduleReviewDialogProps } from './ScheduleReviewDialog';
export { ReviewRecordForm, type ReviewRecordFormProps } from './ReviewRecordForm';
export { PlanReviewsPage, ReviewRecordPage } from './ReviewPages';
export { ParentsEveningPage } from './ParentsEveningPage';
export { OutboxPage } from './OutboxPage';
export { parentsEveningHash, planReviewsHash, reviewRecordHash, type ReviewRoute } from './reviewRoutes';
