/**
 * The child's views as every document prints them: headed "My views", each answer under a first-person
 * heading and in the child's words exactly as the My views page kept them, the picture scale in words
 * (the face beside it is never the only sign), and who helped. Kept apart so each template only places it;
 * each prints the parents' views once, from the plan's one record of them.
 */
import { FEELING_SCALE, formatUkDate, hasMyViews, MY_VIEWS_QUESTIONS, type MyViews } from '../../domain';
import { heading, textParagraph } from '../ooxml';
import { ENGLISH, type Wording } from '../wording';
import { labelValueTable } from './common';

const feelingLine = (views: MyViews, { myViews: words }: Wording): string => {
  const step = FEELING_SCALE.find((s) => s.value === views.feeling);
  return step
    ? `${words.feelingPrinted}: ${step.face} ${words.feelings[step.value]} (${words.outOfFive(step.value)})`
    : '';
};

const helpedLine = (views: MyViews, { myViews: words }: Wording): string => {
  const parts = [
    views.helpedBy === '' ? '' : words.helpedBy(views.helpedBy),
    views.filledInOn === null ? '' : words.filledInOn(formatUkDate(views.filledInOn)),
  ].filter(Boolean);
  return parts.length === 0 ? '' : words.filledIn(parts.join(' '));
};

/** "My views" at the given heading level, its questions one level down where there is room for one. */
export const myViewsSection = (views: MyViews, level: 1 | 2 = 1, wording: Wording = ENGLISH): string => {
  const words = wording.myViews;
  if (!hasMyViews(views)) {
    // Not asked yet: the questions with room for the child's answers, written with an adult.
    return (
      heading(level, words.heading) +
      labelValueTable(
        words.heading,
        MY_VIEWS_QUESTIONS.map((q) => [words.questions[q.key], ''] as const),
      )
    );
  }
  const answers = MY_VIEWS_QUESTIONS.filter((q) => views.answers[q.key].trim() !== '').map(
    (q) =>
      textParagraph(words.questions[q.key], { bold: true, keepNext: true }) +
      textParagraph(views.answers[q.key]),
  );
  return [
    heading(level, words.heading),
    ...answers,
    ...[feelingLine(views, wording), helpedLine(views, wording)]
      .filter(Boolean)
      .map((line) => textParagraph(line)),
  ].join('');
};
