/** Sections more than one template prints: pupil details, label/value tables, signatures. */
import {
  STAGE_LABELS,
  type Nation,
  type Plan,
  type PlanStatus,
  type Review,
  type Shanarri,
  type TargetId,
  type Terminology,
} from '../../domain';
import { ukDate } from '../format';
import { COLOURS, columnWidths } from '../layout';
import { composedLine, labelCell, table, tableRow, valueCell } from '../ooxml';
import { userValue, type LinePart } from '../xmlText';
import type { TargetField } from '../tags';

export interface TemplateContext {
  readonly plan: Plan;
  readonly review: Review | null;
  readonly nation: Nation;
  readonly terms: Terminology;
}

export interface TargetControlLayout {
  readonly targetId: TargetId;
  readonly tag: string;
  readonly title: string;
  readonly fields: readonly { readonly field: TargetField; readonly tag: string }[];
}

export interface TemplateOutput {
  readonly xml: string;
  readonly targets: readonly TargetControlLayout[];
}

export const STATUS_LABELS: Readonly<Record<PlanStatus, string>> = {
  draft: 'Draft',
  active: 'Active',
  closed: 'Closed (record of a past plan)',
};

export const SHANARRI_LABELS: Readonly<Record<Shanarri, string>> = {
  safe: 'Safe',
  healthy: 'Healthy',
  achieving: 'Achieving',
  nurtured: 'Nurtured',
  active: 'Active',
  respected: 'Respected',
  responsible: 'Responsible',
  included: 'Included',
};

export const capitalise = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** A muted line under the title: who the document is about and which version of the plan it shows. */
export const subtitle = (plan: Plan): LinePart[] => [
  userValue(plan.pupil.name),
  ' · ',
  userValue(plan.pupil.className),
  ` · Version ${plan.version} (${STATUS_LABELS[plan.status]})`,
];

export const subtitleParagraph = (plan: Plan): string =>
  composedLine(subtitle(plan), { color: COLOURS.muted, spacingAfter: 240 });

export const people = {
  parents: (plan: Plan): string =>
    plan.people.parentsCarers
      .map((p) => (p.relationship ? `${p.name} (${p.relationship})` : p.name))
      .join('\n'),
  assistants: (plan: Plan): string => plan.people.teachingAssistants.map((p) => p.name).join('\n'),
  professionals: (plan: Plan): string =>
    plan.people.professionals
      .map((p) => {
        const who = [p.name, p.role, p.organisation].filter((v) => v.trim() !== '').join(', ');
        return p.involvement ? `${who}: ${p.involvement}` : who;
      })
      .join('\n'),
};

/** Four columns (label, value, label, value) so the basics of a plan fit in a few lines. */
export const pupilDetailsTable = (ctx: TemplateContext): string => {
  const { plan, terms } = ctx;
  const widths = columnWidths([18, 32, 18, 32]);
  const pair = (a: string, av: string, b: string, bv: string): string =>
    tableRow([labelCell(a), valueCell(av), labelCell(b), valueCell(bv)], widths, { cantSplit: true });
  const wide = (label: string, value: string): string =>
    tableRow([labelCell(label), valueCell(value, 3)], widths);
  return table({
    caption: 'Pupil details',
    widths,
    rows: [
      pair('Name', plan.pupil.name, 'Class', plan.pupil.className),
      pair('Year group', plan.pupil.yearGroup, 'Pupil reference', plan.pupil.pupilRef),
      pair(
        'Stage',
        STAGE_LABELS[plan.stage],
        'Plan version',
        `${plan.version} (${STATUS_LABELS[plan.status]})`,
      ),
      pair('Start date', ukDate(plan.startDate), 'Next review date', ukDate(plan.nextReviewDate)),
      pair(
        terms.coordinatorTitle,
        plan.people.senco?.name ?? '',
        'Class teacher',
        plan.people.classTeacher?.name ?? '',
      ),
      wide('Parents and carers', people.parents(plan)),
      wide('Teaching assistants', people.assistants(plan)),
      wide('Other professionals', people.professionals(plan)),
    ],
  });
};

/**
 * Label and value rows for free text. Rows may split across pages: a 10,000-character note must
 * flow onto the next page rather than be clipped.
 */
export const labelValueTable = (caption: string, rows: readonly (readonly [string, string])[]): string => {
  const widths = columnWidths([27, 73]);
  return table({
    caption,
    widths,
    rows: rows.map(([label, value]) => tableRow([labelCell(label), valueCell(value)], widths)),
  });
};

/** Signature lines for the people who agree the plan; names are filled in where the plan knows them. */
export const signatureTable = (ctx: TemplateContext): string => {
  const { plan, terms } = ctx;
  const widths = columnWidths([22, 30, 30, 18]);
  const header = tableRow(
    ['Role', 'Name', 'Signature', 'Date'].map((label) => labelCell(label)),
    widths,
    { header: true, cantSplit: true },
  );
  const line = (role: string, name: string): string =>
    tableRow([labelCell(role), valueCell(name), valueCell(''), valueCell('')], widths, {
      cantSplit: true,
      minHeight: 680,
    });
  return table({
    caption: 'Signatures',
    widths,
    rows: [
      header,
      line(terms.coordinatorTitle, plan.people.senco?.name ?? ''),
      line('Parent/carer', plan.people.parentsCarers[0]?.name ?? ''),
      line('Pupil', plan.pupil.name),
    ],
  });
};
