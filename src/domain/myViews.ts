import { z } from 'zod';
import { isoDate, multiLine, singleLine } from './limits';

/**
 * "My views": the child's own answers, filled in with an adult, to the four questions of the one-page
 * profile's action plan (West Gate School, in the seeds' guidance), kept exactly as the child said them.
 * Each question has the words an adult reads out and the first-person heading the documents print.
 */
export const MY_VIEWS_QUESTIONS = [
  { key: 'like', ask: 'What would I like to do?', printed: 'What I would like to do' },
  { key: 'help', ask: 'Who is going to help?', printed: 'Who is going to help me' },
  { key: 'done', ask: 'Have I done it?', printed: 'Have I done it?' },
  { key: 'know', ask: 'How will I know?', printed: 'How I will know' },
] as const;
export type MyViewsQuestion = (typeof MY_VIEWS_QUESTIONS)[number]['key'];

/**
 * The picture scale: five faces, each with words, so the choice is never carried by a picture (or a
 * colour) alone. 1 is the lowest.
 */
export const FEELING_SCALE = [
  { value: 1, face: '😞', words: 'Not good' },
  { value: 2, face: '🙁', words: 'Not very good' },
  { value: 3, face: '😐', words: 'OK' },
  { value: 4, face: '🙂', words: 'Good' },
  { value: 5, face: '😄', words: 'Really good' },
] as const;
export type Feeling = (typeof FEELING_SCALE)[number]['value'];

/** The question the picture scale answers, asked once for the whole plan. */
export const FEELING_QUESTION = 'How do I feel about how it is going?';
export const FEELING_PRINTED = 'How I feel about how it is going';

export const MyViewsAnswersSchema = z.object({
  like: multiLine('What would I like to do?').default(''),
  help: multiLine('Who is going to help?').default(''),
  done: multiLine('Have I done it?').default(''),
  know: multiLine('How will I know?').default(''),
});

export const MyViewsSchema = z.object({
  answers: MyViewsAnswersSchema.default(MyViewsAnswersSchema.parse({})),
  feeling: z
    .union([z.literal(1), z.literal(2), z.literal(3), z.literal(4), z.literal(5)], {
      error: 'Choose one of the five faces.',
    })
    .nullable()
    .default(null),
  /** The adult who sat with the child, as the page records them: name and role, e.g. "Mrs Khan (TA)". */
  helpedBy: singleLine('Who helped me').default(''),
  filledInOn: isoDate('Filled in on').nullable().default(null),
});
export type MyViews = z.infer<typeof MyViewsSchema>;

export const emptyMyViews = (): MyViews => MyViewsSchema.parse({});

/** Whether the child has said anything yet: an answer or a face. Who helped and when are not views. */
export const hasMyViews = (views: MyViews): boolean =>
  views.feeling !== null || MY_VIEWS_QUESTIONS.some((q) => views.answers[q.key].trim() !== '');

export const feelingWords = (feeling: Feeling | null): string =>
  FEELING_SCALE.find((step) => step.value === feeling)?.words ?? '';
