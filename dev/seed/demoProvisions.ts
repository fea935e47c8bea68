import type { NewProvision, PrimaryNeed } from '../../src/domain';

/**
 * The demo school's provision catalogue: what a primary school of its size typically runs, costed at
 * the demo's staff rates (a teaching assistant £18.50 an hour, an HLTA or ELSA £21.00, a visiting
 * speech and language therapist £62.00). Named staff are the demo personas; the therapist is invented.
 */
export interface DemoProvision {
  readonly provision: NewProvision;
  /** Pupils whose primary need this suits come first; others fill any places left. */
  readonly needs: readonly PrimaryNeed[];
  /** How many demo pupils are on it this term. */
  readonly pupils: number;
  /** Pupils (of `pupils`, the last ones) who join after half term. */
  readonly joiningLate: number;
  /** A typical entry score and the usual gain by exit, for the demo's measures. */
  readonly entry: number;
  readonly gain: number;
}

export const DEMO_PROVISIONS: readonly DemoProvision[] = [
  {
    provision: {
      name: 'Phonics catch-up group',
      areaOfNeed: 'cognition-and-learning',
      delivery: 'group',
      groupSize: 6,
      staffRole: 'teaching-assistant',
      staffNames: ['Tom Bennett'],
      sessionsPerWeek: 3,
      minutesPerSession: 30,
      weeksPerTerm: 10,
      costPerHourPence: 1850,
      resourcesCostPence: 4500,
      description:
        'Review of known sounds, one new grapheme taught and practised, blending and segmenting words with it, then a decodable book read together.',
      entryExit: { name: 'Phonics screening check (0–40)', higherIsBetter: true },
    },
    needs: ['SPLD', 'MLD', 'SLCN'],
    pupils: 6,
    joiningLate: 2,
    entry: 14,
    gain: 7,
  },
  {
    provision: {
      name: 'Precision teaching 1:1',
      areaOfNeed: 'cognition-and-learning',
      delivery: 'one-to-one',
      groupSize: 1,
      staffRole: 'teaching-assistant',
      staffNames: ['Aisha Rahman', 'Grace O’Brien'],
      sessionsPerWeek: 5,
      minutesPerSession: 10,
      weeksPerTerm: 10,
      costPerHourPence: 1850,
      resourcesCostPence: 0,
      description:
        'A one-minute probe of the target words or number facts, charted, then practice of the ones not yet fluent.',
      entryExit: { name: 'Words read correctly in one minute', higherIsBetter: true },
    },
    needs: ['SPLD', 'MLD'],
    pupils: 4,
    joiningLate: 0,
    entry: 18,
    gain: 14,
  },
  {
    provision: {
      name: 'Social skills group',
      areaOfNeed: 'social-emotional-mental-health',
      delivery: 'group',
      groupSize: 6,
      staffRole: 'specialist',
      staffNames: ['Grace O’Brien (HLTA)'],
      sessionsPerWeek: 1,
      minutesPerSession: 45,
      weeksPerTerm: 10,
      costPerHourPence: 2100,
      resourcesCostPence: 3000,
      description:
        'A shared game or task practising turn-taking, listening and joining in, with a short talk about how it went.',
      entryExit: { name: 'Social skills checklist (0–30)', higherIsBetter: true },
    },
    needs: ['SEMH', 'ASD'],
    pupils: 5,
    joiningLate: 1,
    entry: 11,
    gain: 5,
  },
  {
    provision: {
      name: 'Speech and language programme',
      areaOfNeed: 'communication-and-interaction',
      delivery: 'group',
      groupSize: 4,
      staffRole: 'teaching-assistant',
      staffNames: ['Aisha Rahman'],
      sessionsPerWeek: 3,
      minutesPerSession: 20,
      weeksPerTerm: 10,
      costPerHourPence: 1850,
      resourcesCostPence: 2500,
      description:
        'The speech and language therapist’s programme: vocabulary, following instructions and telling a short story in order.',
      entryExit: { name: 'Vocabulary probe (words known of 50)', higherIsBetter: true },
    },
    needs: ['SLCN', 'ASD'],
    pupils: 4,
    joiningLate: 0,
    entry: 21,
    gain: 8,
  },
  {
    provision: {
      name: 'Speech and language therapy visits',
      areaOfNeed: 'communication-and-interaction',
      delivery: 'one-to-one',
      groupSize: 1,
      staffRole: 'external',
      staffNames: ['Hannah Lewis (NHS speech and language therapist)'],
      sessionsPerWeek: 1,
      minutesPerSession: 45,
      weeksPerTerm: 3,
      costPerHourPence: 6200,
      resourcesCostPence: 0,
      description:
        'Assessment and therapy with the pupil, then advice for the class team and the programme the assistant delivers.',
      entryExit: { name: 'Core language standard score', higherIsBetter: true },
    },
    needs: ['SLCN'],
    pupils: 2,
    joiningLate: 0,
    entry: 72,
    gain: 4,
  },
  {
    provision: {
      name: 'Motor skills group',
      areaOfNeed: 'sensory-and-physical',
      delivery: 'group',
      groupSize: 6,
      staffRole: 'teaching-assistant',
      staffNames: ['Tom Bennett'],
      sessionsPerWeek: 2,
      minutesPerSession: 30,
      weeksPerTerm: 10,
      costPerHourPence: 1850,
      resourcesCostPence: 6000,
      description:
        'Warm-up, balance and coordination circuit, then fine motor practice: threading, pegs and letter formation.',
      entryExit: { name: 'Handwriting speed (letters a minute)', higherIsBetter: true },
    },
    needs: ['PD', 'SPLD', 'ASD'],
    pupils: 5,
    joiningLate: 0,
    entry: 12,
    gain: 4,
  },
  {
    provision: {
      name: 'ELSA sessions',
      areaOfNeed: 'social-emotional-mental-health',
      delivery: 'one-to-one',
      groupSize: 1,
      staffRole: 'specialist',
      staffNames: ['Aisha Rahman (ELSA)'],
      sessionsPerWeek: 1,
      minutesPerSession: 30,
      weeksPerTerm: 6,
      costPerHourPence: 2100,
      resourcesCostPence: 1500,
      description:
        'Emotional literacy support: naming feelings, calming strategies and a plan for the week, agreed with the pupil.',
      entryExit: { name: 'Emotional literacy checklist (0–60)', higherIsBetter: true },
    },
    needs: ['SEMH'],
    pupils: 3,
    joiningLate: 1,
    entry: 24,
    gain: 9,
  },
];
