/**
 * The child's views as every document prints them: headed "My views", each answer under a first-person
 * heading and in the child's words exactly as the My views page kept them, the picture scale in words
 * (the face beside it is never the only sign), and who helped. Kept apart so each template only places it;
 * each prints the parents' views once, from the plan's one record of them.
 */
import {
  feelingWords,
  FEELING_PRINTED,
  FEELING_SCALE,
  formatUkDate,
  hasMyViews,
  MY_VIEWS_QUESTIONS,
  type MyViews,
} from '../../domain';
import { heading, textParagraph } from '../ooxml';
import { labelValueTable } from './common';

const feelingLine = (views: MyViews): string => {
  const step = FEELING_SCALE.find((s) => s.value === views.feeling);
  return step ? `${FEELING_PRINTED}: ${step.face} ${feelingWords(step.value)} (${step.value} out of 5)` : '';
};

const helpedLine = (views: MyViews): string => {
  const parts = [
    views.helpedBy === '' ? '' : `with ${views.helpedBy}`,
    views.filledInOn === null ? '' : `on ${formatUkDate(views.filledInOn)}`,
  ].filter(Boolean);
  return parts.length === 0 ? '' : `I filled this in ${parts.join(' ')}.`;
};

/** "My views" at the given heading level, its questions one level down where there is room for one. */
export const myViewsSection = (views: MyViews, level: 1 | 2 = 1): string => {
  if (!hasMyViews(views)) {
    // Not asked yet: the questions with room for the child's answers, written with an adult.
    return (
      heading(level, 'My views') +
      labelValueTable(
        'My views',
        MY_VIEWS_QUESTIONS.map((q) => [q.printed, ''] as const),
      )
    );
  }
  const answers = MY_VIEWS_QUESTIONS.filter((q) => views.answers[q.key].trim() !== '').map(
    (q) => textParagraph(q.printed, { bold: true, keepNext: true }) + textParagraph(views.answers[q.key]),
  );
  return [
    heading(level, 'My views'),
    ...answers,
    ...[feelingLine(views), helpedLine(views)].filter(Boolean).map((line) => textParagraph(line)),
  ].join('');
};
