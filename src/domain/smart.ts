import type { Clock } from './clock';
import { addDays, formatUkDate, todayIn, UK_TIME_ZONE, type IsoDate } from './dates';
import type { Needs } from './plan';
import type { Term } from './school';
import {
  AREA_EXAMPLES,
  AREA_SERVES,
  hasMeasure,
  joinsTwoActions,
  observableVerbPositions,
  wordsOf,
} from './smartVocabulary';
import { findVaguePhrase } from './smartVaguePhrases';
import { AREA_OF_NEED_LABELS, TARGET_AREA_LABELS, type LongTermTarget, type ShortTermTarget } from './target';
import { planningTermFor } from './termDates';

/**
 * The SMART coach: hints that help a teacher write a better short-term target. A coach, not a gate:
 * nothing here stops a save.
 */
export type SmartLetter = 'S' | 'M' | 'A' | 'R' | 'T';

export const SMART_LETTER_LABELS: Readonly<Record<SmartLetter, string>> = {
  S: 'Specific',
  M: 'Measurable',
  A: 'Achievable and agreed',
  R: 'Relevant',
  T: 'Time-bound',
};

export type SmartHintCode =
  | 'vague-verb'
  | 'several-targets'
  | 'too-long'
  | 'not-measurable'
  | 'not-child-friendly'
  | 'strategies-missing'
  | 'who-missing'
  | 'frequency-missing'
  | 'area-other'
  | 'area-not-in-needs'
  | 'not-linked'
  | 'linked-target-missing'
  | 'area-differs-from-long-term'
  | 'date-missing'
  | 'date-past'
  | 'date-beyond-term';

export interface SmartHint {
  readonly code: SmartHintCode;
  readonly letter: SmartLetter;
  readonly message: string;
  readonly severity: 'tip' | 'warning';
}

export interface SmartContext {
  readonly clock: Clock;
  /** The school's term entries (half terms); may be empty if the school has not entered them. */
  readonly terms: readonly Term[];
  /** The plan the target belongs to, for the relevance checks. */
  readonly plan?: {
    readonly needs: Pick<Needs, 'areas'>;
    readonly longTermTargets: readonly LongTermTarget[];
    readonly pupil?: { readonly name: string };
  };
  /** Used in suggested wording; defaults to the plan's pupil. */
  readonly pupilName?: string;
  readonly timeZone?: string;
}

/** Short-term targets are for one term; with no term dates known, about 16 weeks is a long term. */
export const SHORT_TERM_MAX_DAYS_WITHOUT_TERMS = 112;
/** Children follow short targets; beyond this a target usually holds more than one step. */
export const CHILD_FRIENDLY_MAX_WORDS = 30;

const LATIN_LETTER = /\p{Script=Latin}/u;
const CHILD_FORM = /\b(?:will|i can|i will|i am going to)\b/i;
const LETTER_ORDER: readonly SmartLetter[] = ['S', 'M', 'A', 'R', 'T'];

const hint = (
  code: SmartHintCode,
  letter: SmartLetter,
  severity: SmartHint['severity'],
  message: string,
): SmartHint => ({
  code,
  letter,
  severity,
  message,
});

const firstNameOf = (context: SmartContext): string => {
  const full = (context.pupilName ?? context.plan?.pupil?.name ?? '').trim();
  return full.split(/\s+/u)[0] || '[name]';
};

/** Wording checks read English; a target written in another script is not judged on its words. */
const wordingHints = (target: ShortTermTarget, name: string): SmartHint[] => {
  const text = target.text.trim();
  if (!LATIN_LETTER.test(text)) return [];
  const words = wordsOf(text);
  const hints: SmartHint[] = [];
  const example = `"By the end of term ${name} will ${AREA_EXAMPLES[target.area]}"`;

  const vague = findVaguePhrase(text, observableVerbPositions(words).length > 0);
  if (vague) {
    const instead = vague.instead ? ` ${vague.instead}` : '';
    hints.push(
      hint(
        'vague-verb',
        'S',
        'warning',
        `"${vague.word}" ${vague.why} Say what ${name} will do, how often and how you will know, e.g. ${example}.${instead}`,
      ),
    );
  }
  const willCount = words.filter((w) => w === 'will').length;
  if (joinsTwoActions(words) || willCount > 1) {
    hints.push(
      hint(
        'several-targets',
        'S',
        'warning',
        'This looks like more than one target joined together. Keep one action per target and add the other as a separate target.',
      ),
    );
  }
  if (words.length > CHILD_FRIENDLY_MAX_WORDS) {
    hints.push(
      hint(
        'too-long',
        'S',
        'tip',
        `At ${words.length} words this target is long for a child to remember. Aim for one short sentence (under ${CHILD_FRIENDLY_MAX_WORDS} words) and move detail into the success criteria or strategies.`,
      ),
    );
  }
  if (!CHILD_FORM.test(text)) {
    hints.push(
      hint(
        'not-child-friendly',
        'A',
        'tip',
        `Write the target so ${name} can understand and agree to it, e.g. "By the end of term ${name} will ..." or "I can ...".`,
      ),
    );
  }
  return hints;
};

const measurableHints = (target: ShortTermTarget): SmartHint[] =>
  hasMeasure(target.text) || hasMeasure(target.successCriteria)
    ? []
    : [
        hint(
          'not-measurable',
          'M',
          'warning',
          'Say how you will know it has been achieved: add a number, a frequency or an accuracy, e.g. "on 4 out of 5 occasions", "for 5 minutes", "80% of the time" or "independently", in the target or its success criteria.',
        ),
      ];

const provisionHints = (target: ShortTermTarget): SmartHint[] => {
  const hints: SmartHint[] = [];
  if (target.strategies.trim() === '') {
    hints.push(
      hint(
        'strategies-missing',
        'A',
        'warning',
        'Add the strategies and provision: how it will be taught, and any programme, activities, materials or equipment.',
      ),
    );
  }
  if (target.deliveredBy.trim() === '') {
    hints.push(
      hint(
        'who-missing',
        'A',
        'warning',
        'Say who will deliver it, e.g. the class teacher, a teaching assistant or the speech and language therapist.',
      ),
    );
  }
  if (target.frequency.trim() === '') {
    hints.push(
      hint(
        'frequency-missing',
        'A',
        'tip',
        'Say how often and for how long, e.g. "10 minutes daily" or "3 times a week".',
      ),
    );
  }
  return hints;
};

const relevanceHints = (target: ShortTermTarget, plan: SmartContext['plan']): SmartHint[] => {
  const hints: SmartHint[] = [];
  const areaLabel = TARGET_AREA_LABELS[target.area];
  if (target.area === 'other') {
    hints.push(
      hint(
        'area-other',
        'R',
        'tip',
        'Choose the area this target works on (e.g. literacy, communication, motor skills) so it can be matched to the areas of need.',
      ),
    );
  }
  if (!plan) return hints;

  const serves = AREA_SERVES[target.area];
  const needs = plan.needs.areas;
  if (needs.length > 0 && serves.length > 0 && !serves.some((a) => needs.includes(a))) {
    const usual = serves.map((a) => AREA_OF_NEED_LABELS[a]).join(' or ');
    hints.push(
      hint(
        'area-not-in-needs',
        'R',
        'tip',
        `${areaLabel} targets usually serve ${usual}, which is not one of this plan's areas of need. Check the target is a priority, or add the area of need.`,
      ),
    );
  }

  if (target.longTermTargetId === null) {
    if (plan.longTermTargets.length > 0) {
      hints.push(
        hint(
          'not-linked',
          'R',
          'warning',
          "Link this target to one of the plan's long-term targets, so it is clear which bigger goal it is a step towards.",
        ),
      );
    }
    return hints;
  }
  const linked = plan.longTermTargets.find((l) => l.id === target.longTermTargetId);
  if (!linked) {
    hints.push(
      hint(
        'linked-target-missing',
        'R',
        'warning',
        'The long-term target this was linked to is no longer in the plan. Link it to one of the current long-term targets.',
      ),
    );
  } else if (linked.area !== target.area && linked.area !== 'other') {
    hints.push(
      hint(
        'area-differs-from-long-term',
        'R',
        'tip',
        `This target is in ${areaLabel} but its long-term target is in ${TARGET_AREA_LABELS[linked.area]}. Check it is linked to the right long-term target.`,
      ),
    );
  }
  return hints;
};

const timeHints = (target: ShortTermTarget, context: SmartContext): SmartHint[] => {
  const today: IsoDate = todayIn(context.clock, context.timeZone ?? UK_TIME_ZONE);
  const term = planningTermFor(today, context.terms);
  const limit = term?.end ?? addDays(today, SHORT_TERM_MAX_DAYS_WITHOUT_TERMS);
  const endOfTerm = term ? `the end of ${term.name} (${formatUkDate(term.end)})` : null;

  if (target.targetDate === null) {
    return [
      hint(
        'date-missing',
        'T',
        'warning',
        endOfTerm
          ? `Add a target date, usually ${endOfTerm}.`
          : 'Add a target date, usually the end of this term (within 6-8 weeks or one term).',
      ),
    ];
  }
  // Dates of targets already reviewed are history, not something to fix.
  if (target.outcome !== 'open') return [];
  if (target.targetDate < today) {
    return [
      hint(
        'date-past',
        'T',
        'warning',
        `The target date ${formatUkDate(target.targetDate)} has passed. Record the outcome at review, or set a new date${endOfTerm ? `, e.g. ${endOfTerm}` : ''}.`,
      ),
    ];
  }
  if (target.targetDate > limit) {
    const within = endOfTerm
      ? `by ${endOfTerm}`
      : `within about ${SHORT_TERM_MAX_DAYS_WITHOUT_TERMS / 7} weeks`;
    return [
      hint(
        'date-beyond-term',
        'T',
        'warning',
        `${formatUkDate(target.targetDate)} is more than a term away. Short-term targets are reached in 6-8 weeks or one term: choose a date ${within}, or break the target into smaller steps.`,
      ),
    ];
  }
  return [];
};

/** SMART hints for one short-term target, in S-M-A-R-T order. */
export const checkSmart = (target: ShortTermTarget, context: SmartContext): SmartHint[] => {
  const name = firstNameOf(context);
  const hints = [
    ...wordingHints(target, name),
    ...measurableHints(target),
    ...provisionHints(target),
    ...relevanceHints(target, context.plan),
    ...timeHints(target, context),
  ];
  return LETTER_ORDER.flatMap((letter) => hints.filter((h) => h.letter === letter));
};

export const hasSmartWarnings = (hints: readonly SmartHint[]): boolean =>
  hints.some((h) => h.severity === 'warning');
