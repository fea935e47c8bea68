import type { Plan } from '../../domain/plan';

export interface PupilHeaderProps {
  readonly plan: Pick<Plan, 'pupil' | 'stage' | 'version' | 'status' | 'nation' | 'nextReviewDate'>;
  /** The editor page uses the pupil's name as its main heading; a card on a list would use 3. */
  readonly headingLevel?: 1 | 2 | 3;
}
