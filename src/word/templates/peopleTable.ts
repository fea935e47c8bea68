/** The people who support the child, each name, role and part in a cell of its own. */
import { joinLines } from '../format';
import { columnWidths } from '../layout';
import { heading, headerRow, table, tableRow, valueCell } from '../ooxml';
import { blankRows, LINE_HEIGHT, type TemplateContext } from './common';

/**
 * Family, teaching assistants and other professionals (the co-ordinator and class teacher are in the
 * pupil details). Separate cells rather than "Name (role)": a name in Arabic and a role in English
 * each keep their own direction, and a bracket never attaches to the wrong one.
 */
export const peopleSection = (ctx: TemplateContext): string => {
  const { people } = ctx.plan;
  const { common, people: words } = ctx.wording;
  const widths = columnWidths([30, 30, 40]);
  const rows: (readonly [string, string, string])[] = [
    ...people.parentsCarers.map((p) => [p.name, p.relationship || common.parentCarer, ''] as const),
    ...people.teachingAssistants.map((p) => [p.name, common.teachingAssistant, ''] as const),
    ...people.professionals.map((p) => [p.name, joinLines([p.role, p.organisation]), p.involvement] as const),
  ];
  return (
    heading(2, words.heading) +
    table({
      caption: words.heading,
      widths,
      rows: [
        headerRow([common.name, common.role, words.howTheyHelp], widths),
        ...rows.map((cells) =>
          tableRow(
            cells.map((text) => valueCell(text)),
            widths,
            { cantSplit: true },
          ),
        ),
        ...(rows.length === 0 ? blankRows(widths, 3, { height: LINE_HEIGHT }) : []),
      ],
    })
  );
};
