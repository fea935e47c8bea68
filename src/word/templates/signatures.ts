/** The lines people sign, and the list of who was sent a copy: both printed with room to write. */
import { columnWidths } from '../layout';
import { headerRow, labelCell, table, tableRow, valueCell } from '../ooxml';
import { ENGLISH, type Wording } from '../wording';
import { blankRows, LINE_HEIGHT, type TemplateContext } from './common';

export interface Signer {
  readonly role: string;
  readonly name: string;
}

const SIGNATURE_HEIGHT = 680;

/** Role, name, signature and date; names are filled in where they are known. */
export const signatureTable = (signers: readonly Signer[], wording: Wording = ENGLISH): string => {
  const { common, signatures: words } = wording;
  const widths = columnWidths([22, 30, 30, 18]);
  const line = ({ role, name }: Signer): string =>
    tableRow([labelCell(role), valueCell(name), valueCell(''), valueCell('')], widths, {
      cantSplit: true,
      minHeight: SIGNATURE_HEIGHT,
    });
  return table({
    caption: words.signatures,
    widths,
    rows: [headerRow([common.role, common.name, words.signature, words.date], widths), ...signers.map(line)],
  });
};

/** The people who agree a plan: the co-ordinator, the class teacher, each parent or carer and the child. */
export const planSigners = (ctx: TemplateContext, childRole: string): Signer[] => {
  const { plan, terms, wording } = ctx;
  const { common } = wording;
  const parents = plan.people.parentsCarers.map((p) => ({ role: common.parentCarer, name: p.name }));
  return [
    { role: wording.coordinator(terms), name: plan.people.senco?.name ?? '' },
    { role: common.classTeacher, name: plan.people.classTeacher?.name ?? '' },
    ...(parents.length === 0 ? [{ role: common.parentCarer, name: '' }] : parents),
    { role: childRole, name: plan.pupil.name },
  ];
};

/**
 * "Copies sent to": the family and the professionals on the plan, a column to write the date each copy
 * went, and a spare line for anyone else.
 */
export const copiesSentToTable = (ctx: TemplateContext): string => {
  const { plan } = ctx;
  const { common, signatures: words } = ctx.wording;
  const widths = columnWidths([40, 40, 20]);
  const recipients = [
    ...plan.people.parentsCarers.map((p) => ({ name: p.name, role: p.relationship || common.parentCarer })),
    ...plan.people.professionals.map((p) => ({ name: p.name, role: p.role })),
  ];
  return table({
    caption: words.copiesSentTo,
    widths,
    rows: [
      headerRow([words.copySentTo, common.role, words.dateSent], widths),
      ...recipients.map(({ name, role }) =>
        tableRow([valueCell(name), valueCell(role), valueCell('')], widths, {
          cantSplit: true,
          minHeight: LINE_HEIGHT,
        }),
      ),
      ...blankRows(widths, 1, { height: LINE_HEIGHT }),
    ],
  });
};
