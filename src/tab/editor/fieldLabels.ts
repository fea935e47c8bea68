import type { Nation } from '../../domain/terminology';
import { terminologyFor } from '../../domain/terminology';
import type { PathSegment } from '../../app/usecases/editing/fieldDiff';

/** Field names as the editor labels them, by path pattern (`*` stands for a position in a list). */
const LEAF_LABELS: Readonly<Record<string, string>> = {
  'pupil.name': 'Pupil name',
  'pupil.className': 'Class',
  'pupil.classTeamId': 'Class team',
  'pupil.pupilId': 'Pupil record',
  'pupil.yearGroup': 'Year group',
  'pupil.pupilRef': 'Pupil reference',
  stage: 'Stage',
  nation: 'Nation',
  'profile.strengths': 'Strengths',
  'profile.likes': 'Likes',
  'profile.dislikes': 'Dislikes',
  'profile.anxieties': 'Anxieties',
  'profile.communication': 'Communication notes',
  'needs.summary': 'Description of needs',
  'needs.areas': 'Areas of need',
  'needs.identifiedAreas': 'Identified areas',
  'needs.assessment': 'Assessment information',
  longTermTargets: 'Long-term targets',
  'longTermTargets.*.area': 'Area',
  'longTermTargets.*.text': 'Long-term target',
  'longTermTargets.*.wellbeing': 'Wellbeing indicators (SHANARRI)',
  shortTermTargets: 'Short-term targets',
  'shortTermTargets.*.longTermTargetId': 'Linked long-term target',
  'shortTermTargets.*.area': 'Area',
  'shortTermTargets.*.text': 'Target',
  'shortTermTargets.*.successCriteria': 'Success criteria',
  'shortTermTargets.*.strategies': 'Strategies and provision',
  'shortTermTargets.*.deliveredBy': 'Who delivers it',
  'shortTermTargets.*.frequency': 'How often and for how long',
  'shortTermTargets.*.provisionId': 'Delivered through a school provision',
  'shortTermTargets.*.targetDate': 'Target date',
  'shortTermTargets.*.outcome': 'Outcome',
  'shortTermTargets.*.outcomeComment': 'Outcome comment',
  'shortTermTargets.*.evidence': 'Progress evidence',
  'shortTermTargets.*.evidence.*.date': 'Date',
  'shortTermTargets.*.evidence.*.rating': 'Rating',
  'shortTermTargets.*.evidence.*.note': 'Note',
  'shortTermTargets.*.evidence.*.recordedBy': 'Recorded by',
  'homeSupport.activities': 'Help from home',
  'homeSupport.frequency': 'How often (home)',
  'homeSupport.duration': 'How long (home)',
  childInput: 'Expected input from the child',
  otherSupport: 'Other support',
  monitoring: 'Monitoring and assessment arrangements',
  noLongerNeeded: 'How we will know the help is no longer needed',
  reviewArrangements: 'Review arrangements',
  pupilViews: "Pupil's views",
  parentViews: "Parents' and carers' views",
  'myViews.answers.like': 'My views: what would I like to do?',
  'myViews.answers.help': 'My views: who is going to help?',
  'myViews.answers.done': 'My views: have I done it?',
  'myViews.answers.know': 'My views: how will I know?',
  'myViews.feeling': 'My views: how do I feel about how it is going?',
  'myViews.helpedBy': 'My views: who helped',
  'myViews.filledInOn': 'My views: filled in on',
  startDate: 'Start date',
  nextReviewDate: 'Next review date',
  'people.senco': '{coordinator}',
  'people.senco.name': '{coordinator} name',
  'people.senco.email': '{coordinator} email',
  'people.classTeacher': 'Class teacher',
  'people.classTeacher.name': 'Class teacher name',
  'people.classTeacher.email': 'Class teacher email',
  'people.teachingAssistants': 'Teaching assistants',
  'people.parentsCarers': 'Parents and carers',
  'people.professionals': 'Professionals',
};

/** The word for one entry of a list, numbered from 1 in labels. */
const LIST_ENTRY_LABELS: Readonly<Record<string, string>> = {
  'longTermTargets.*': 'Long-term target',
  'shortTermTargets.*': 'Short-term target',
  'shortTermTargets.*.evidence.*': 'Evidence',
  'needs.identifiedAreas.*': 'Identified area',
  'people.teachingAssistants.*': 'Teaching assistant',
  'people.parentsCarers.*': 'Parent or carer',
  'people.professionals.*': 'Professional',
};

const PERSON_FIELD_LABELS: Readonly<Record<string, string>> = {
  name: 'Name',
  email: 'Email',
  relationship: 'Relationship',
  role: 'Role',
  organisation: 'Organisation',
  involvement: 'Involvement',
};

/** `shortTermTargets.1.text` → `shortTermTargets.*.text`. */
export const pathPattern = (path: readonly PathSegment[]): string =>
  path.map((segment) => (typeof segment === 'number' ? '*' : segment)).join('.');

const humanise = (key: string): string => {
  const words = key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
};

/**
 * "Short-term target 2 › Success criteria", in the words the form uses. `fromSegment` leaves out
 * the list positions before it, for labels shown under a heading that already names the item.
 */
export const labelForPath = (
  path: readonly PathSegment[],
  nation: Nation = 'england',
  options: { readonly fromSegment?: number } = {},
): string => {
  const coordinator = terminologyFor(nation).coordinatorTitle;
  const parts: string[] = [];
  path.forEach((segment, i) => {
    if (typeof segment !== 'number' || i < (options.fromSegment ?? 0)) return;
    const entry = LIST_ENTRY_LABELS[pathPattern(path.slice(0, i + 1))];
    parts.push(`${entry ?? 'Item'} ${segment + 1}`);
  });
  const last = path[path.length - 1];
  if (typeof last === 'string') {
    const leaf = LEAF_LABELS[pathPattern(path)] ?? PERSON_FIELD_LABELS[last] ?? humanise(last);
    parts.push(leaf.replace('{coordinator}', coordinator));
  }
  return parts.join(' › ') || 'Plan';
};
