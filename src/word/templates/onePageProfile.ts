/**
 * The one-page profile in the pupil's own voice: what I like, what I find hard, how to help me,
 * and my targets as the four questions a child can answer.
 */
import type { ShortTermTarget, TargetOutcome } from '../../domain';
import { joinLines } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, table, tableRow, textParagraph } from '../ooxml';
import type { Plan } from '../../domain';
import {
  labelValueTable,
  titleBlock,
  WRITE_IN_HEIGHT,
  type TemplateContext,
  type TemplateOutput,
} from './common';
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
  fieldColumn('Who is going to help me?', 20, 'deliveredBy'),
  { header: 'Have I done it?', weight: 18, value: (t: ShortTermTarget) => DONE_IN_MY_WORDS[t.outcome] },
  fieldColumn('How will I know?', 30, 'successCriteria'),
];

/** The adults who help, by name: the child knows them by name, not by job title. */
const peopleWhoHelpMe = (plan: Plan): string =>
  joinLines([
    plan.people.classTeacher?.name ?? '',
    ...plan.people.teachingAssistants.map((p) => p.name),
    plan.people.senco?.name ?? '',
  ]);

const box = (label: string, text: string) => ({ content: heading(2, label) + textParagraph(text) });

export const renderOnePageProfile = (ctx: TemplateContext): TemplateOutput => {
  const { plan } = ctx;
  const widths = columnWidths([50, 50]);
  // An empty box is filled in by hand with the child.
  const roomToWrite = { minHeight: WRITE_IN_HEIGHT * 2 };
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
        roomToWrite,
      ),
      tableRow(
        [
          box('What I find hard', joinLines([plan.profile.dislikes, plan.profile.anxieties])),
          box('How to help me', plan.profile.communication),
        ],
        widths,
        roomToWrite,
      ),
      tableRow([{ ...box('People who help me', peopleWhoHelpMe(plan)), span: 2 }], widths, roomToWrite),
    ],
  });
  const targets = targetTable({
    caption: 'My targets',
    columns: MY_TARGET_COLUMNS,
    targets: plan.shortTermTargets,
    emptyText: 'I do not have any targets yet.',
  });
  const xml = [
    titleBlock(ctx, 'My one-page profile'),
    // Name and class in cells of their own, so each keeps its own writing direction.
    labelValueTable('Me', [
      ['My name', plan.pupil.name],
      ['My class', plan.pupil.className],
    ]),
    heading(1, 'About me'),
    aboutMe,
    myViewsSection(plan.myViews),
    heading(1, 'My targets'),
    targets.xml,
    emptyParagraph(),
  ].join('');
  return { xml, targets: targets.targets };
};
