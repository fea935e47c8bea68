/**
 * The parts of the plan, in the order the form shows them, with the id of each part's heading: the
 * section navigation links to these, and EditorSection gives its heading the id.
 */
export const PLAN_SECTIONS = {
  about: { id: 'plan-about', title: 'About the pupil' },
  needs: { id: 'plan-needs', title: 'Needs' },
  stage: { id: 'plan-stage', title: 'Stage of support' },
  longTerm: { id: 'plan-long-term', title: 'Long-term targets' },
  shortTerm: { id: 'plan-short-term', title: 'Short-term targets' },
  home: { id: 'plan-home', title: 'Help from home' },
  support: { id: 'plan-support', title: 'Support and review' },
  views: { id: 'plan-views', title: 'Views' },
  people: { id: 'plan-people', title: 'People' },
  versions: { id: 'plan-versions', title: 'Version history' },
  /** The heading id ReviewsPanel gives its h2. */
  reviews: { id: 'reviews-title', title: 'Reviews' },
} as const;

export interface PlanSectionLink {
  readonly id: string;
  readonly title: string;
}

/** What the navigation lists: the plan's own parts, then (for a saved plan) its history and reviews. */
export const sectionLinks = (saved: boolean): readonly PlanSectionLink[] => {
  const { versions, reviews, ...plan } = PLAN_SECTIONS;
  return saved ? [...Object.values(plan), versions, reviews] : Object.values(plan);
};
