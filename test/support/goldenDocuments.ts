/**
 * The documents the golden-page checks print and `npm run documents` pictures: a full plan with 12
 * long targets (one strategy longer than a page), its review record, Scotland's Child's Plan and a
 * Welsh plan, for pupils and staff whose names are Welsh, Arabic or carry an emoji.
 */
import type { Plan, PlanInput, Review } from '../../src/domain';
import type { RenderInput } from '../../src/word/renderTemplate';
import type { TemplateKind } from '../../src/word/tags';
import { buildPlan, buildReview, longTermTarget, shortTermTarget } from './planBuilder';

const STRATEGY_SENTENCES = [
  'Pre-teach the key vocabulary on a word mat before each lesson and check understanding with a quick picture quiz.',
  'Give one instruction at a time, show the matching visual and ask the pupil to repeat it back before starting.',
  'Use a now/next board with a sand timer so the end of each task is clear and transitions are warned two minutes ahead.',
  'Model the first example aloud, then complete the second together before the pupil tries the third independently.',
  'Offer a quiet workstation by the window with ear defenders available, and a movement break after twenty minutes.',
  'Share the success criteria as a three-step checklist the pupil ticks off, and celebrate each step with specific praise.',
  'The teaching assistant supervises the small group, records the score on the tracking sheet and tells the class teacher.',
  'Send the same visual prompts home each Friday so parents and carers can practise the routine over the weekend.',
];

/** A strategy of at least `length` characters, opening with words found nowhere else. */
export const longStrategy = (n: number, length: number): string => {
  const parts = [`Provision for target ${n} (plan step ${n}):`];
  for (let i = 0; parts.join(' ').length < length; i += 1) {
    parts.push(STRATEGY_SENTENCES[(n + i) % STRATEGY_SENTENCES.length] ?? '');
  }
  return `${parts.join(' ')} End of provision ${n}.`;
};

const PEOPLE = ['فاطمة الزهراء (TA)', 'Mr Dafydd ap Gwilym', 'Mrs Patel (TA) 🌈', 'SALT / Ms Ní Bhriain'];

/** Which target's strategy is longer than a page would hold in its cell. */
export const LONGEST_TARGET = 7;

const twelveTargets = (): Plan['shortTermTargets'] =>
  Array.from({ length: 12 }, (_, i) => {
    const n = i + 1;
    return shortTermTarget(n, {
      text: `Target ${n}: by the end of term the pupil will read and spell ${n * 5} more words from the Year 4 list in their own writing.`,
      successCriteria: `Spells ${n * 4} of ${n * 5} words correctly in three pieces of independent writing, checked by the class teacher.`,
      strategies: longStrategy(n, n === LONGEST_TARGET ? 3200 : 660),
      deliveredBy: PEOPLE[i % PEOPLE.length] ?? '',
      frequency: i % 2 === 0 ? 'Daily, 10 minutes' : 'Three times a week, 15 minutes',
      targetDate: '2026-03-27',
      outcome: i < 3 ? 'achieved' : i < 5 ? 'partly-achieved' : 'open',
      outcomeComment: i < 5 ? `Comment ${n}: secure in class, not yet at home.` : '',
      evidence:
        i % 3 === 0
          ? [
              { id: `e-${n}-1`, date: '2025-10-06', rating: 2, note: `Read ${n} of ${n * 5} words.` },
              { id: `e-${n}-2`, date: '2025-11-17', rating: 4, note: `Read ${n * 4} of ${n * 5} words.` },
            ]
          : [],
      longTermTargetId: 'ltt-1',
    }) as Plan['shortTermTargets'][number];
  });

const pupil = (name: string, className: string): PlanInput['pupil'] => ({
  pupilId: 'pupil-1',
  name,
  classTeamId: 'class-p4',
  className,
  yearGroup: 'Year 4',
  pupilRef: 'P-0042',
});

export const englishPlan = (): Plan =>
  buildPlan({
    pupil: pupil('يوسف الحسن', 'P4 Room 2'),
    shortTermTargets: twelveTargets(),
    longTermTargets: [longTermTarget(1), longTermTarget(2)],
  });

export const welshPlan = (): Plan =>
  buildPlan({
    nation: 'wales',
    stage: 'school-idp',
    pupil: pupil('Siân Llŷr Evans 🌟', 'Dosbarth 4'),
    shortTermTargets: twelveTargets().slice(0, 4),
  });

export const scottishPlan = (): Plan =>
  buildPlan({
    nation: 'scotland',
    stage: 'level-1',
    pupil: pupil('Mhairi NicDhòmhnaill', 'P4 Room 2'),
    shortTermTargets: twelveTargets().slice(0, 6),
    longTermTargets: [longTermTarget(1)],
  });

export const reviewOf = (plan: Plan): Review => buildReview(plan);

/** The next review date the golden review agreed: the version it opened is due then. */
export const AGREED_NEXT_REVIEW = '2026-07-14';

/** The version the golden review opened: the same series, one version on, due on the agreed date. */
export const agreedVersionOf = (plan: Plan): Plan => ({
  ...plan,
  id: `${plan.id}-v${plan.version + 1}` as Plan['id'],
  version: plan.version + 1,
  status: 'active',
  nextReviewDate: AGREED_NEXT_REVIEW,
});

export interface GoldenDocument {
  /** File name without extension, also the PNGs' prefix. */
  readonly name: string;
  readonly kind: TemplateKind;
  readonly input: RenderInput;
}

export const goldenDocuments = (): readonly GoldenDocument[] => {
  const english = englishPlan();
  return [
    { name: 'full-iep', kind: 'full-iep', input: { plan: english } },
    {
      name: 'review-record',
      kind: 'review-record',
      input: { plan: english, review: reviewOf(english), nextVersion: agreedVersionOf(english) },
    },
    { name: 'childs-plan', kind: 'childs-plan', input: { plan: scottishPlan() } },
    { name: 'welsh-idp', kind: 'full-iep', input: { plan: welshPlan() } },
  ];
};
