/**
 * The one-page profile in the pupil's own voice: what I like, what I find hard, how to help me,
 * and my targets as the four questions a child can answer.
 */
import type { ShortTermTarget, TargetOutcome } from '../../domain';
import { joinLines } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, table, tableRow, textParagraph, title } from '../ooxml';
import type { TemplateContext, TemplateOutput } from './common';
import { myViewsSection } from './myViewsSection';
import { fieldColumn, targetTable, type TargetColumn } from './targetTable';

/** "Have I done it?" answered the way a child would say it. */
const DONE_IN_MY_WORDS: Readonly<Record<TargetOutcome, string>> = {
  open: 'Not yet: I am working on it',
  achieved: 'Yes, I have done it',
  'partly-achieved': 'Nearly there',
  'not-achieved': 'Not yet',
  continued: 'I am still working on it',
  discontinued: 'We stopped this one',
};

const MY_TARGET_COLUMNS: readonly TargetColumn[] = [
  fieldColumn('What would I like to do?', 32, 'text'),
  fieldColumn('Who is going to help?', 20, 'deliveredBy'),
  { header: 'Have I done it?', weight: 18, value: (t: ShortTermTarget) => DONE_IN_MY_WORDS[t.outcome] },
  fieldColumn('How will I know?', 30, 'successCriteria'),
];

const box = (label: string, text: string) => ({ content: heading(2, label) + textParagraph(text) });

export const renderOnePageProfile = (ctx: TemplateContext): TemplateOutput => {
  const { plan } = ctx;
  const widths = columnWidths([50, 50]);
  const aboutMe = table({
    caption: 'About me',
    widths,
    rows: [
      tableRow(
        [
          box('What people like and admire about me', plan.profile.strengths),
          box('What I like', plan.profile.likes),
        ],
        widths,
      ),
      tableRow(
        [
          box('What I find hard', joinLines([plan.profile.dislikes, plan.profile.anxieties])),
          box('How to help me', plan.profile.communication),
        ],
        widths,
      ),
    ],
  });
  const targets = targetTable({
    caption: 'My targets',
    columns: MY_TARGET_COLUMNS,
    targets: plan.shortTermTargets,
    emptyText: 'I do not have any targets yet.',
  });
  const xml = [
    title('My one-page profile'),
    textParagraph(`My name is ${plan.pupil.name}. I am in ${plan.pupil.className}.`, { spacingAfter: 200 }),
    heading(1, 'About me'),
    aboutMe,
    myViewsSection(plan.myViews),
    heading(1, 'My targets'),
    targets.xml,
    emptyParagraph(),
  ].join('');
  return { xml, targets: targets.targets };
};
