/**
 * The one-page profile in the pupil's own voice: what I like, what I find hard, how to help me,
 * and my targets as the four questions a child can answer.
 */
import type { ShortTermTarget } from '../../domain';
import { joinLines } from '../format';
import { columnWidths } from '../layout';
import { emptyParagraph, heading, table, tableRow, textParagraph } from '../ooxml';
import type { Plan } from '../../domain';
import type { Wording } from '../wording';
import {
  labelValueTable,
  titleBlock,
  WRITE_IN_HEIGHT,
  type TemplateContext,
  type TemplateOutput,
} from './common';
import { myViewsSection } from './myViewsSection';
import { fieldColumn, targetTable, type TargetColumn } from './targetTable';

/** The child's four questions as columns; "Have I done it?" is answered the way a child would say it. */
const myTargetColumns = ({ profile: words }: Wording): readonly TargetColumn[] => [
  fieldColumn(words.whatWouldILike, 32, 'text'),
  fieldColumn(words.whoWillHelpMe, 20, 'deliveredBy'),
  { header: words.haveIDoneIt, weight: 18, value: (t: ShortTermTarget) => words.doneInMyWords[t.outcome] },
  fieldColumn(words.howWillIKnow, 30, 'successCriteria'),
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
  const { plan, wording } = ctx;
  const words = wording.profile;
  const widths = columnWidths([50, 50]);
  // An empty box is filled in by hand with the child.
  const roomToWrite = { minHeight: WRITE_IN_HEIGHT * 2 };
  const aboutMe = table({
    caption: words.aboutMe,
    widths,
    rows: [
      tableRow(
        [box(words.admire, plan.profile.strengths), box(words.whatILike, plan.profile.likes)],
        widths,
        roomToWrite,
      ),
      tableRow(
        [
          box(words.whatIFindHard, joinLines([plan.profile.dislikes, plan.profile.anxieties])),
          box(words.howToHelpMe, plan.profile.communication),
        ],
        widths,
        roomToWrite,
      ),
      tableRow([{ ...box(words.peopleWhoHelpMe, peopleWhoHelpMe(plan)), span: 2 }], widths, roomToWrite),
    ],
  });
  const targets = targetTable({
    caption: words.myTargets,
    columns: myTargetColumns(wording),
    targets: plan.shortTermTargets,
    emptyText: words.noTargets,
    wording,
  });
  const xml = [
    titleBlock(ctx, words.title),
    // Name and class in cells of their own, so each keeps its own writing direction.
    labelValueTable(words.me, [
      [words.myName, plan.pupil.name],
      [words.myClass, plan.pupil.className],
    ]),
    heading(1, words.aboutMe),
    aboutMe,
    myViewsSection(plan.myViews, 1, wording),
    heading(1, words.myTargets),
    targets.xml,
    emptyParagraph(),
  ].join('');
  return { xml, targets: targets.targets };
};
