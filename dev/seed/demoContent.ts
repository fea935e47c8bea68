import type { AreaOfNeed, PrimaryNeed, Stage, TargetArea } from '../../src/domain';

/** mulberry32: a small seeded generator, so the demo school is the same on every machine. */
export const seededRandom = (seed: number): (() => number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

export type Random = () => number;

export const pick = <T>(random: Random, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)] as T;

/** Distinct picks, in a deterministic order. */
export const pickSome = <T>(random: Random, items: readonly T[], count: number): T[] => {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0] as T);
  return chosen;
};

export interface DemoName {
  readonly givenName: string;
  readonly familyName: string;
  readonly preferredName?: string;
}

/** Pupils every demo shows: an apostrophe, a diaeresis and a name in Chinese script. */
export const FEATURED_NAMES: readonly DemoName[] = [
  { givenName: 'Zoë', familyName: "O'Brien" },
  { givenName: '美玲', familyName: '陈', preferredName: 'Mei Ling' },
  { givenName: 'Siobhán', familyName: 'Murphy' },
];

export const GIVEN_NAMES = [
  'Oliver',
  'Amelia',
  'Harry',
  'Isla',
  'Mohammed',
  'Ava',
  'Jack',
  'Freya',
  'Noah',
  'Poppy',
  'Leo',
  'Ruby',
  'George',
  'Evie',
  'Alfie',
  'Charlie',
  'Mia',
  'Oscar',
  'Sophie',
  'Arthur',
  'Lily',
  'Jacob',
  'Aisha',
  'Kacper',
  'Rhys',
  'Callum',
  'Ffion',
  'Darius',
  'Yusuf',
  'Niamh',
  'Archie',
  'Layla',
  'Finley',
  'Maisie',
  'Reuben',
  'Olivia',
  'Ethan',
  'Hannah',
  'Tomasz',
  'Amara',
] as const;

export const FAMILY_NAMES = [
  'Smith',
  'Jones',
  'Williams',
  'Taylor',
  'Khan',
  'Brown',
  'Davies',
  'Evans',
  'Wilson',
  'Thomas',
  'Roberts',
  'Johnson',
  'Walker',
  'Wright',
  'Robinson',
  'Thompson',
  'White',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Harris',
  'Begum',
  'Nowak',
  'Morgan',
  'MacDonald',
  'Llewellyn',
  'Okoye',
  'Ahmed',
  'Kelly',
  'Lewis',
  'Hussain',
  'Cooper',
  'Ward',
  'Cohen',
  'Silva',
  'Baker',
  'Bell',
  'Price',
] as const;

export interface TargetTemplate {
  readonly area: TargetArea;
  /** `{name}` is the pupil's first name: targets are written so the child can understand them. */
  readonly text: string;
  readonly successCriteria: string;
  readonly strategies: string;
  readonly frequency: string;
  readonly by: 'teacher' | 'assistant' | 'home';
}

export const TARGETS: readonly TargetTemplate[] = [
  {
    area: 'literacy',
    text: 'By the end of term {name} will read 30 of the first 100 high-frequency words on sight.',
    successCriteria: 'Reads 30 words correctly from flash cards on three separate days.',
    strategies: 'Precision teaching with word cards; words sent home in the reading record.',
    frequency: 'Daily, 10 minutes',
    by: 'assistant',
  },
  {
    area: 'literacy',
    text: 'By February half term {name} will write two sentences with a capital letter and a full stop, using a word bank.',
    successCriteria: 'Two correctly punctuated sentences in 4 out of 5 independent writing tasks.',
    strategies: 'Sentence frames, a personal word bank and a "capital and full stop" checklist on the desk.',
    frequency: 'Every English lesson',
    by: 'teacher',
  },
  {
    area: 'literacy',
    text: 'By Easter {name} will blend and read CVC words with the sounds s, a, t, p, i, n.',
    successCriteria: 'Reads 18 of 20 CVC words on a probe sheet.',
    strategies: 'Phonics catch-up group using magnetic letters and sound buttons.',
    frequency: '4 times a week, 15 minutes',
    by: 'assistant',
  },
  {
    area: 'mathematics',
    text: 'By the end of term {name} will recall number bonds to 10 within 5 seconds.',
    successCriteria: 'Answers 9 of 10 bonds correctly, each within 5 seconds, on two separate days.',
    strategies: 'Numicon, a bonds-to-10 song and a daily 3-minute fluency game.',
    frequency: 'Daily, 5 minutes',
    by: 'assistant',
  },
  {
    area: 'mathematics',
    text: 'By February half term {name} will count on and back within 50 using a number line.',
    successCriteria: 'Counts on and back from any number to 50 without error, 4 times out of 5.',
    strategies: 'Number line on the desk; counting games in a small group.',
    frequency: '3 times a week, 10 minutes',
    by: 'teacher',
  },
  {
    area: 'communication',
    text: '{name} will ask an adult for help using a help card in 4 out of 5 lessons.',
    successCriteria: 'Help card used in 4 of 5 observed lessons, recorded on the tally sheet.',
    strategies: 'Help card on the desk; adults model using it; praise each use.',
    frequency: 'Every lesson',
    by: 'teacher',
  },
  {
    area: 'communication',
    text: 'By the end of term {name} will follow a two-part instruction without a visual prompt.',
    successCriteria: 'Follows 8 of 10 two-part instructions in class.',
    strategies:
      'Speech and language therapy programme activities; instructions given one step at a time, then two.',
    frequency: '3 times a week, 15 minutes',
    by: 'assistant',
  },
  {
    area: 'social-skills',
    text: '{name} will take turns in a board game with one friend for 10 minutes, with adult prompts faded, by Easter.',
    successCriteria: 'Plays for 10 minutes with no more than one prompt, on 3 occasions.',
    strategies: 'Lunch-club games with a chosen peer; turn-taking visual.',
    frequency: 'Twice a week, 15 minutes',
    by: 'assistant',
  },
  {
    area: 'emotional-wellbeing',
    text: '{name} will use the zones of regulation chart to say how they feel at morning check-in, 4 days out of 5.',
    successCriteria: 'Check-in chart completed 4 of 5 days for 3 weeks running.',
    strategies: 'Morning check-in with a trusted adult; zones chart and calm box.',
    frequency: 'Daily, 5 minutes',
    by: 'assistant',
  },
  {
    area: 'motor-skills',
    text: '{name} will form the letters c, a, d and g starting at the right point, in 8 out of 10 attempts.',
    successCriteria: '8 of 10 letters formed correctly in handwriting books over two weeks.',
    strategies: 'Occupational therapy fine-motor warm-ups; pencil grip; letter-family practice.',
    frequency: '4 times a week, 10 minutes',
    by: 'assistant',
  },
  {
    area: 'attention-and-organisation',
    text: '{name} will follow a visual timetable to move between activities on their own, 4 days out of 5.',
    successCriteria: 'Moves between activities with no more than one prompt on 4 of 5 days.',
    strategies: 'Now-and-next board and a personal visual timetable checked each morning.',
    frequency: 'Daily',
    by: 'teacher',
  },
  {
    area: 'independence',
    text: 'By the end of term {name} will get changed for PE on their own within 10 minutes.',
    successCriteria: 'Changed within 10 minutes with no adult help in 3 PE lessons running.',
    strategies: 'Visual sequence card; practice at home with the same kit.',
    frequency: 'Every PE lesson and at home',
    by: 'home',
  },
  {
    area: 'behaviour',
    text: '{name} will stay on the carpet for 15 minutes using a wobble cushion, on 4 out of 5 days.',
    successCriteria: 'Stays on the carpet for 15 minutes on 4 of 5 days, recorded by the class teacher.',
    strategies: 'Wobble cushion, movement break after 10 minutes, sticker chart.',
    frequency: 'Daily',
    by: 'teacher',
  },
  {
    area: 'sensory',
    text: '{name} will ask for ear defenders or the calm corner, using a card, when the hall is noisy.',
    successCriteria: 'Uses the card independently in 4 of 5 assemblies or wet play times.',
    strategies: 'Sensory profile from the occupational therapist; ear defenders kept by the door.',
    frequency: 'Assemblies and wet play',
    by: 'assistant',
  },
];

export interface NeedsTemplate {
  /** The census code the register records for a pupil whose plan describes these needs. */
  readonly primaryNeed: PrimaryNeed;
  readonly summary: string;
  readonly areas: readonly AreaOfNeed[];
  readonly identifiedAreas: readonly string[];
  readonly assessment: string;
}

export const NEEDS: readonly NeedsTemplate[] = [
  {
    primaryNeed: 'SPLD',
    summary: 'Difficulties with phonics, reading fluency and working memory.',
    areas: ['cognition-and-learning'],
    identifiedAreas: ['Specific literacy difficulties'],
    assessment: 'Reading age 6y 4m (autumn); phonics screening check not passed.',
  },
  {
    primaryNeed: 'SLCN',
    summary: 'Speech and language delay: understanding of longer instructions and expressive vocabulary.',
    areas: ['communication-and-interaction'],
    identifiedAreas: ['Speech and language delay'],
    assessment:
      'Speech and language therapy assessment in October: receptive language below age expectations.',
  },
  {
    primaryNeed: 'ASD',
    summary: 'Autistic; finds changes to routine and busy spaces hard.',
    areas: ['communication-and-interaction', 'social-emotional-mental-health'],
    identifiedAreas: ['Autism spectrum condition', 'Sensory sensitivities'],
    assessment: 'Diagnosis from the community paediatrician; sensory profile by the occupational therapist.',
  },
  {
    primaryNeed: 'PD',
    summary: 'Fine and gross motor delay affecting handwriting and PE.',
    areas: ['sensory-and-physical'],
    identifiedAreas: ['Fine motor delay', 'Gross motor delay'],
    assessment: 'Occupational therapy report (January): developmental co-ordination difficulties.',
  },
  {
    primaryNeed: 'SEMH',
    summary: 'Anxiety in class and at transitions; low self-esteem about learning.',
    areas: ['social-emotional-mental-health'],
    identifiedAreas: ['Anxiety'],
    assessment:
      'Boxall profile completed by the class teacher; strengths and difficulties questionnaire from parents.',
  },
  {
    primaryNeed: 'MLD',
    summary: 'Working below age-related expectations in mathematics; difficulty holding numbers in mind.',
    areas: ['cognition-and-learning'],
    identifiedAreas: ['Working memory', 'Number sense'],
    assessment: 'Sandwell early numeracy test: standardised score 78.',
  },
];

export const PROFILES = [
  {
    strengths: 'Kind and funny; brilliant at Lego and drawing.',
    likes: 'Dinosaurs, football, being a helper.',
    dislikes: 'Loud noises in the hall.',
    anxieties: 'Changes to the timetable.',
    communication: 'Give one instruction at a time and show me a picture.',
  },
  {
    strengths: 'A caring friend who notices when others are sad.',
    likes: 'Animals, drawing, music.',
    dislikes: 'Being rushed.',
    anxieties: 'Reading aloud in front of the class.',
    communication: 'Give me time to answer; I will tell you when I am ready.',
  },
  {
    strengths: 'Great memory for facts; loves to explain how things work.',
    likes: 'Trains, maps, computers.',
    dislikes: 'Wet play and crowded corridors.',
    anxieties: 'Supply teachers and fire drills.',
    communication: 'Warn me before changes; use my name first.',
  },
  {
    strengths: 'Determined and hard-working; proud of progress.',
    likes: 'Swimming, baking, the school garden.',
    dislikes: 'Writing long pieces.',
    anxieties: 'Getting answers wrong.',
    communication: 'Check I have understood by asking me to tell you back.',
  },
] as const;

export const STAGES: readonly Stage[] = [
  'sen-support',
  'sen-support',
  'sen-support',
  'sen-support',
  'ehc-plan',
];

export const PROFESSIONALS = [
  {
    name: 'Dr Hannah Rees',
    role: 'Speech and language therapist',
    organisation: 'NHS community therapy',
    involvement: 'Half-termly visit; programme for the TA to follow.',
  },
  {
    name: 'Mr Daniel Moore',
    role: 'Educational psychologist',
    organisation: 'Local authority',
    involvement: 'Consultation and assessment this year.',
  },
  {
    name: 'Ms Joanna Webb',
    role: 'Occupational therapist',
    organisation: 'NHS children’s services',
    involvement: 'Fine-motor programme; sensory profile.',
  },
] as const;

export const PARENT_TITLES = ['Mum', 'Dad', 'Grandmother', 'Foster carer'] as const;
