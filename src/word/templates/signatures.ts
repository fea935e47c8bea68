/** The lines people sign, and the list of who was sent a copy: both printed with room to write. */
import { columnWidths } from '../layout';
import { headerRow, labelCell, table, tableRow, valueCell } from '../ooxml';
import { blankRows, LINE_HEIGHT, type TemplateContext } from './common';

export interface Signer {
  readonly role: string;
  readonly name: string;
}

const SIGNATURE_HEIGHT = 680;

/** Role, name, signature and date; names are filled in where they are known. */
export const signatureTable = (signers: readonly Signer[]): string => {
  const widths = columnWidths([22, 30, 30, 18]);
  const line = ({ role, name }: Signer): string =>
    tableRow([labelCell(role), valueCell(name), valueCell(''), valueCell('')], widths, {
      cantSplit: true,
      minHeight: SIGNATURE_HEIGHT,
    });
  return table({
    caption: 'Signatures',
    widths,
    rows: [headerRow(['Role', 'Name', 'Signature', 'Date'], widths), ...signers.map(line)],
  });
};

/** The people who agree a plan: the co-ordinator, the class teacher, each parent or carer and the child. */
export const planSigners = (ctx: TemplateContext, childRole: string): Signer[] => {
  const { plan, terms } = ctx;
  const parents = plan.people.parentsCarers.map((p) => ({ role: 'Parent/carer', name: p.name }));
  return [
    { role: terms.coordinatorTitle, name: plan.people.senco?.name ?? '' },
    { role: 'Class teacher', name: plan.people.classTeacher?.name ?? '' },
    ...(parents.length === 0 ? [{ role: 'Parent/carer', name: '' }] : parents),
    { role: childRole, name: plan.pupil.name },
  ];
};

/**
 * "Copies sent to": the family and the professionals on the plan, a column to write the date each copy
 * went, and a spare line for anyone else.
 */
export const copiesSentToTable = (ctx: TemplateContext): string => {
  const { plan } = ctx;
  const widths = columnWidths([40, 40, 20]);
  const recipients = [
    ...plan.people.parentsCarers.map((p) => ({ name: p.name, role: p.relationship || 'Parent/carer' })),
    ...plan.people.professionals.map((p) => ({ name: p.name, role: p.role })),
  ];
  return table({
    caption: 'Copies sent to',
    widths,
    rows: [
      headerRow(['Copy sent to', 'Role', 'Date sent'], widths),
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
