// The review pages the router loads on demand (one chunk; see routing/ReviewRoutes.tsx).
export { OutboxPage } from './OutboxPage';
export { ParentsEveningPage } from './ParentsEveningPage';
export { PlanReviewsPage, ReviewRecordPage } from './ReviewPages';
export { SolutionFocusedMeetingPage } from './meeting/SolutionFocusedMeetingPage';
