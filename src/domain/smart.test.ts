import { fixedClock } from './clock';
import { SINGLE_LINE_MAX } from './limits';
import { checkSmart, hasSmartWarnings, type SmartContext, type SmartHint } from './smart';
import {
  LongTermTargetSchema,
  ShortTermTargetSchema,
  type LongTermTarget,
  type ShortTermTarget,
} from './target';
import { defaultEnglishTerms } from './termDates';

type TargetInput = Parameters<typeof ShortTermTargetSchema.parse>[0] & object;

const readingGoal: LongTermTarget = LongTermTargetSchema.parse({
  id: 'ltt-1',
  area: 'literacy',
  text: 'Sam will read simple books aloud with confidence.',
});
const socialGoal: LongTermTarget = LongTermTargetSchema.parse({
  id: 'ltt-2',
  area: 'social-skills',
  text: 'Sam will play co-operatively with other children.',
});

/** A well-written target: the seeds' example, with strategies, who, how often and a date this term. */
const target = (overrides: Partial<TargetInput> = {}): ShortTermTarget =>
  ShortTermTargetSchema.parse({
    id: 't-1',
    longTermTargetId: 'ltt-1',
    area: 'literacy',
    text: 'By the end of term Sam will read 20 high-frequency words on 4 out of 5 occasions',
    successCriteria: 'Reads the words aloud from flash cards without help.',
    strategies: 'Precision teaching with flash cards; word games in guided reading.',
    deliveredBy: 'Teaching assistant (Mrs Patel)',
    frequency: '10 minutes daily',
    targetDate: '2025-12-19',
    ...overrides,
  });

const context = (overrides: Partial<SmartContext> = {}): SmartContext => ({
  clock: fixedClock('2025-10-01T09:00:00Z'),
  terms: defaultEnglishTerms(2025),
  plan: {
    needs: { areas: ['cognition-and-learning', 'communication-and-interaction'] },
    longTermTargets: [readingGoal, socialGoal],
    pupil: { name: 'Sam Taylor' },
  },
  ...overrides,
});

const codes = (hints: readonly SmartHint[]) => hints.map((h) => h.code);
const find = (hints: readonly SmartHint[], code: SmartHint['code']) => hints.find((h) => h.code === code);

describe('checkSmart accepts good targets from the seed guidance', () => {
  it.each([
    ['By the end of term Sam will read 20 high-frequency words on 4 out of 5 occasions', 'literacy', 'ltt-1'],
    ['By the end of the term Sam will be able to write his name independently', 'literacy', 'ltt-1'],
    ['I can take turns in a board game with a partner on 3 occasions', 'social-skills', 'ltt-2'],
    ['By the end of term Sam will sit and listen to a story for 5 minutes', 'literacy', 'ltt-1'],
  ] as const)('"%s" gets no hints at all', (text, area, longTermTargetId) => {
    const hints = checkSmart(target({ text, area, longTermTargetId }), context());
    expect(hints).toEqual([]);
    expect(hasSmartWarnings(hints)).toBe(false);
  });

  it('finds the measure in the success criteria when the target text has none', () => {
    const hints = checkSmart(
      target({
        text: 'By the end of term Sam will write his name',
        successCriteria: 'Writes his first name correctly on 4 out of 5 occasions.',
      }),
      context(),
    );
    expect(hints).toEqual([]);
  });
});

describe('checkSmart flags vague targets', () => {
  it('"Sam will improve his reading": vague and not measurable', () => {
    const hints = checkSmart(
      target({ text: 'Sam will improve his reading', successCriteria: '' }),
      context(),
    );
    expect(codes(hints)).toEqual(['vague-verb', 'not-measurable']);
    expect(find(hints, 'vague-verb')).toMatchObject({ letter: 'S', severity: 'warning' });
    expect(find(hints, 'vague-verb')?.message).toContain('"improve"');
    expect(find(hints, 'vague-verb')?.message).toContain(
      'By the end of term Sam will read 20 high-frequency words',
    );
    expect(find(hints, 'not-measurable')).toMatchObject({ letter: 'M', severity: 'warning' });
  });

  it('"To understand fractions": vague, not measurable, not written for the child', () => {
    const fractions = target({
      text: 'To understand fractions',
      area: 'mathematics',
      successCriteria: '',
      longTermTargetId: null,
    });
    const hints = checkSmart(fractions, context({ plan: undefined, pupilName: 'Sam' }));
    expect(codes(hints)).toEqual(['vague-verb', 'not-measurable', 'not-child-friendly']);
    expect(find(hints, 'vague-verb')?.message).toContain('Sam will count objects accurately to 20');
    expect(find(hints, 'not-child-friendly')?.message).toContain('By the end of term Sam will ...');
  });

  it.each([
    ['Sam will know his number bonds to 10', 'know'],
    ['Sam will be aware of the rules in class', 'be aware of'],
    ['Sam will develop his fine motor skills', 'develop'],
    ['Sam will learn about letter sounds', 'learn about'],
    ['Sam will appreciate the feelings of others', 'appreciate'],
    ['Sam understands place value', 'understand'],
  ])('"%s" is flagged for "%s"', (text, word) => {
    const vague = find(checkSmart(target({ text }), context()), 'vague-verb');
    expect(vague?.message).toContain(`"${word}"`);
  });

  it('lets a vague word pass when the target also says what the child will do', () => {
    const hints = checkSmart(
      target({
        text: 'Sam will develop his pencil grip so that he can write his name on 4 out of 5 occasions',
      }),
      context(),
    );
    expect(codes(hints)).not.toContain('vague-verb');
  });

  it('does not take a noun such as "reading" or "hand" for an observable action', () => {
    expect(codes(checkSmart(target({ text: 'Sam will improve his hand control' }), context()))).toContain(
      'vague-verb',
    );
  });
});

describe('checkSmart: measurable', () => {
  it.each([
    'By the end of term Sam will spell 8 of his 10 spelling words correctly',
    'By the end of term Sam will answer questions about a story with 80% accuracy',
    'By the end of term Sam will put his coat on independently',
    'By the end of term Sam will ask for help on three occasions in each lesson',
    'By the end of term Sam will use his visual timetable every morning',
    'By the end of term Sam will read twenty words',
  ])('"%s" is measurable', (text) => {
    expect(codes(checkSmart(target({ text, successCriteria: '' }), context()))).not.toContain(
      'not-measurable',
    );
  });

  it('does not count dates, year groups or term numbers as measures', () => {
    const hints = checkSmart(
      target({ text: 'By 19/12/2025 (term 1) Sam in Year 3 will write his name', successCriteria: '' }),
      context(),
    );
    expect(codes(hints)).toContain('not-measurable');
  });
});

describe('checkSmart: one target at a time, short enough for a child', () => {
  it('flags two actions joined by "and"', () => {
    const hints = checkSmart(
      target({ text: 'By the end of term Sam will read 20 words and write his name' }),
      context(),
    );
    expect(find(hints, 'several-targets')).toMatchObject({ letter: 'S', severity: 'warning' });
  });

  it('flags two sentences with "will"', () => {
    const text = 'Sam will read 20 words on 4 out of 5 occasions. He will also write his name.';
    expect(codes(checkSmart(target({ text }), context()))).toContain('several-targets');
  });

  it('keeps "read and spell" as one action', () => {
    const text = 'By the end of term Sam will read and spell 10 words on 4 out of 5 occasions';
    expect(checkSmart(target({ text }), context())).toEqual([]);
  });

  it('suggests shortening a long target', () => {
    const text =
      'By the end of term Sam will read 20 high-frequency words from the first hundred list on flash cards held up by an adult in a quiet room on 4 out of 5 occasions';
    const hints = checkSmart(target({ text }), context());
    expect(find(hints, 'too-long')).toMatchObject({ letter: 'S', severity: 'tip' });
    expect(hasSmartWarnings(hints)).toBe(false);
  });
});

describe('checkSmart: achievable (provision)', () => {
  it('warns when strategies or who delivers it are missing, and tips on how often', () => {
    const hints = checkSmart(target({ strategies: ' ', deliveredBy: '', frequency: '' }), context());
    expect(hints.map((h) => [h.code, h.letter, h.severity])).toEqual([
      ['strategies-missing', 'A', 'warning'],
      ['who-missing', 'A', 'warning'],
      ['frequency-missing', 'A', 'tip'],
    ]);
  });
});

describe('checkSmart: relevant', () => {
  it('warns when a target is not linked to any of the long-term targets', () => {
    const hint = find(checkSmart(target({ longTermTargetId: null }), context()), 'not-linked');
    expect(hint).toMatchObject({ letter: 'R', severity: 'warning' });
  });

  it('does not ask for a link when the plan has no long-term targets', () => {
    const plan = { needs: { areas: [] }, longTermTargets: [] };
    expect(checkSmart(target({ longTermTargetId: null }), context({ plan }))).toEqual([]);
  });

  it('warns when the linked long-term target has been removed', () => {
    const hints = checkSmart(target({ longTermTargetId: 'ltt-gone' }), context());
    expect(codes(hints)).toEqual(['linked-target-missing']);
  });

  it("tips when the area is not among the plan's areas of need", () => {
    const plan = { needs: { areas: ['sensory-and-physical' as const] }, longTermTargets: [readingGoal] };
    const hint = find(checkSmart(target(), context({ plan })), 'area-not-in-needs');
    expect(hint?.severity).toBe('tip');
    expect(hint?.message).toContain('Literacy targets usually serve Cognition and learning');
  });

  it('tips when the area differs from its long-term target', () => {
    const hints = checkSmart(
      target({ area: 'mathematics', text: 'By the end of term Sam will count to 20' }),
      context(),
    );
    expect(find(hints, 'area-differs-from-long-term')?.message).toContain('Mathematics');
  });

  it('tips when the area is "other"', () => {
    expect(
      codes(checkSmart(target({ area: 'other', longTermTargetId: null }), context({ plan: undefined }))),
    ).toEqual(['area-other']);
  });
});

describe('checkSmart: time-bound', () => {
  it('warns when there is no target date and suggests the end of term', () => {
    const hint = find(checkSmart(target({ targetDate: null }), context()), 'date-missing');
    expect(hint).toMatchObject({ letter: 'T', severity: 'warning' });
    expect(hint?.message).toBe('Add a target date, usually the end of Autumn term (19/12/2025).');
  });

  it('warns when the date has passed, judged on the London date', () => {
    // 23:30 UTC on 30/09 in summer time is already 01/10 in London.
    const lateEvening = context({ clock: fixedClock('2025-09-30T23:30:00Z') });
    const hint = find(checkSmart(target({ targetDate: '2025-09-30' }), lateEvening), 'date-past');
    expect(hint?.message).toContain('30/09/2025 has passed');
  });

  it('does not nag about the dates of targets already reviewed', () => {
    expect(checkSmart(target({ targetDate: '2025-07-18', outcome: 'achieved' }), context())).toEqual([]);
  });

  it('warns when the date is more than a term away', () => {
    const hint = find(checkSmart(target({ targetDate: '2026-02-13' }), context()), 'date-beyond-term');
    expect(hint?.message).toContain('by the end of Autumn term (19/12/2025)');
  });

  it('plans for next term in the last weeks of this one', () => {
    const lateInTerm = context({ clock: fixedClock('2025-12-01T09:00:00Z') });
    expect(checkSmart(target({ targetDate: '2026-03-27' }), lateInTerm)).toEqual([]);
    expect(codes(checkSmart(target({ targetDate: '2026-04-17' }), lateInTerm))).toEqual(['date-beyond-term']);
  });

  it('uses about 16 weeks as a term when the school has no term dates', () => {
    const noTerms = context({ terms: [] });
    expect(checkSmart(target({ targetDate: '2025-12-19' }), noTerms)).toEqual([]);
    expect(codes(checkSmart(target({ targetDate: '2026-02-20' }), noTerms))).toEqual(['date-beyond-term']);
    expect(find(checkSmart(target({ targetDate: null }), noTerms), 'date-missing')?.message).toContain(
      'end of this term',
    );
  });

  it('accepts 29 February as a target date', () => {
    const leap = context({ clock: fixedClock('2028-01-10T09:00:00Z'), terms: defaultEnglishTerms(2027) });
    expect(checkSmart(target({ targetDate: '2028-02-29' }), leap)).toEqual([]);
  });
});

describe('checkSmart with names and scripts beyond English', () => {
  it("handles apostrophes in names and uses the pupil's first name in suggestions", () => {
    const plan = { needs: { areas: [] }, longTermTargets: [], pupil: { name: "Siobhán O'Brien" } };
    const good =
      "By the end of term Siobhán O'Brien will read 20 high-frequency words on 4 out of 5 occasions";
    expect(checkSmart(target({ text: good, longTermTargetId: null }), context({ plan }))).toEqual([]);

    const vague = checkSmart(target({ text: "Siobhán O'Brien will improve her reading" }), context({ plan }));
    expect(find(vague, 'vague-verb')?.message).toContain('Say what Siobhán will do');
  });

  it.each([
    ['By the end of term 李明 will read 20 high-frequency words on 4 out of 5 occasions', '李明 王'],
    ['By the end of term محمد will read 20 high-frequency words on 4 out of 5 occasions', 'محمد علي'],
  ])('accepts "%s"', (text, name) => {
    expect(checkSmart(target({ text }), context({ pupilName: name }))).toEqual([]);
  });

  it('accepts a target written in Chinese with its numbers, and judges only what it can read', () => {
    const text = '到本学期末，李明能在5次中有4次读出20个常用词';
    expect(checkSmart(target({ text, successCriteria: '' }), context())).toEqual([]);
  });

  it('accepts a target written in Arabic with Arabic-Indic digits', () => {
    const text = 'بحلول نهاية الفصل سيقرأ محمد ٢٠ كلمة شائعة في ٤ من ٥ مرات';
    expect(checkSmart(target({ text, successCriteria: '' }), context())).toEqual([]);
  });

  it('still asks for a measure in another script when there is no number at all', () => {
    const text = '李明会提高阅读能力';
    expect(codes(checkSmart(target({ text, successCriteria: '' }), context()))).toEqual(['not-measurable']);
  });

  it('copes with a target at the 255-character limit', () => {
    const base = 'By the end of term Sam will read 20 high-frequency words on 4 out of 5 occasions ';
    const text = base.repeat(4).slice(0, SINGLE_LINE_MAX);
    expect(text).toHaveLength(255);
    expect(codes(checkSmart(target({ text }), context()))).toEqual(['several-targets', 'too-long']);
  });
});

describe('checkSmart ordering', () => {
  it('lists hints in S-M-A-R-T order', () => {
    const hints = checkSmart(
      ShortTermTargetSchema.parse({ id: 't-9', area: 'other', text: 'To understand fractions' }),
      context(),
    );
    const letters = hints.map((h) => h.letter);
    expect(letters).toEqual([...letters].sort((a, b) => 'SMART'.indexOf(a) - 'SMART'.indexOf(b)));
    expect(new Set(letters)).toEqual(new Set(['S', 'M', 'A', 'R', 'T']));
  });
});

/** Runs a target through the coach with the pupil's first name taken from the target itself. */
const vagueWordIn = (text: string, overrides: Partial<TargetInput> = {}) => {
  const pupilName = text.replace(/^By the end of term /, '').split(' ')[0] ?? '';
  const hints = checkSmart(target({ text, ...overrides }), context({ pupilName }));
  return { hints, vague: find(hints, 'vague-verb') };
};

describe('checkSmart names the vague phrase and says what to write instead', () => {
  it.each([
    ['Tom will be better at reading', 'be better at'],
    ['Aisha will work on her handwriting', 'work on'],
    ['Jack will try to stay in his seat', 'try to'],
    ['Maya will understand fractions', 'understand'],
    ['Leo will know his number bonds to 10', 'know'],
    ['Ella will get better at taking turns', 'get better at'],
    ['Noah will become more confident when speaking in class', 'become more confident'],
    ['Freya will be more independent at lunchtime', 'be more'],
    ['Oscar will have a better understanding of place value', 'have a better'],
    ['Isla will be able to concentrate more in maths', 'be able to ... more'],
    ['Harry will learn about coins', 'learn about'],
    ['Amelia will develop her social skills', 'develop'],
    ['Ruby will improve her spelling', 'improve'],
    ['Priya will make good progress in phonics', 'make progress'],
    ['Mohammed will gain confidence in PE', 'gain confidence'],
  ])('"%s" is flagged for "%s"', (text, word) => {
    const name = text.split(' ')[0] ?? '';
    const { vague } = vagueWordIn(text);
    expect(vague).toMatchObject({ letter: 'S', severity: 'warning' });
    expect(vague?.message).toMatch(new RegExp(`^"${word.replace(/[.]/g, '\\.')}" `));
    expect(vague?.message).toContain(`Say what ${name} will do, how often and how you will know`);
  });

  it('explains in British English why "be better at" cannot be measured', () => {
    expect(vagueWordIn('Tom will be better at reading').vague?.message).toBe(
      '"be better at" cannot be measured: better or more than what, and by how much? Say what Tom will do, ' +
        'how often and how you will know, e.g. "By the end of term Tom will read 20 high-frequency words".',
    );
  });

  it('offers actions you can see in place of "understand" and "know"', () => {
    expect(vagueWordIn('Maya will understand fractions').vague?.message).toContain(
      'Actions you can see or hear: explain, answer, sort, solve, show.',
    );
    expect(vagueWordIn('Leo will know his number bonds to 10').vague?.message).toContain(
      'Actions you can see or hear: say, recall, write, point to, count.',
    );
  });

  it('reports the phrase that comes first when a target has several', () => {
    expect(vagueWordIn('Jack will try to understand his feelings').vague?.message).toMatch(/^"try to"/);
    expect(vagueWordIn('Sam will understand phonics better').vague?.message).toMatch(/^"understand"/);
  });

  it.each([
    [
      '"try to" even when the action is observable and measured',
      'Jack will try hard to stay in his seat for 10 minutes',
    ],
    [
      '"able to ... more" even when the action is observable',
      'Isla will be able to sit and listen for longer',
    ],
  ])('flags %s', (_rule, text) => {
    expect(vagueWordIn(text).vague).toBeDefined();
  });
});

describe('checkSmart does not flag good targets that contain vague-looking words', () => {
  it.each([
    ['the seed target', 'By the end of term Sam will read 20 high-frequency words on 4 out of 5 occasions'],
    ['"known", which is not "know"', 'By the end of term Tom will read 20 known words from his reading book'],
    [
      '"knowledge", which is not "know"',
      'By the end of term Maya will use her phonics knowledge to read 10 CVC words',
    ],
    [
      '"let an adult know", which the pupil says',
      'By the end of term Ella will let an adult know she needs a break on 4 out of 5 occasions',
    ],
    [
      '"understand" inside quotation marks',
      'By the end of term Maya will signal "I don\'t understand" with her red card on 4 out of 5 occasions',
    ],
    [
      '"understand" inside single typographic quotes',
      'By the end of term Maya will signal ‘I don’t understand’ with her red card on 4 out of 5 occasions',
    ],
    [
      '"improve" with a measured change from a number to a number',
      'By the end of term Sam will improve his reading age from 6.2 to 6.8 on the Salford test',
    ],
    [
      '"improved" with a measured change, as a noun phrase',
      'By the end of term Sam will have an improved reading age, from 6.2 years to 6.8 years',
    ],
    ['"more" with its number', 'By the end of term Isla will be able to read 5 more tricky words'],
    ['"work on his own"', 'By the end of term Oscar will work on his own for 10 minutes'],
    [
      '"stay in his seat" without "try to"',
      'By the end of term Jack will stay in his seat for 10 minutes of a lesson',
    ],
    ['a target with "twice a week"', 'By the end of term Noah will answer a question in class twice a week'],
  ])('accepts %s', (_why, text) => {
    expect(vagueWordIn(text).hints).toEqual([]);
  });

  it('does not read a quoted success criterion for vague words', () => {
    const { hints } = vagueWordIn('By the end of term Sam will answer 3 questions about a story', {
      successCriteria: 'Says "I understand" and answers 3 of 5 questions correctly.',
    });
    expect(hints).toEqual([]);
  });

  it('still flags "improve" when the change has no number at one end', () => {
    expect(vagueWordIn('Sam will improve his reading from Year 2 level').vague?.message).toMatch(
      /^"improve"/,
    );
  });
});
