import { strToU8 } from 'fflate';
import Papa from 'papaparse';
import {
  EVIDENCE_RATING_LABELS,
  PRIMARY_NEED_LABELS,
  REGISTER_CHANGE_LABELS,
  TARGET_AREA_LABELS,
  TARGET_OUTCOME_LABELS,
  pupilDisplayName,
  type ChildGroupTarget,
  type Plan,
  type Pupil,
  type Review,
  type ShortTermTarget,
} from '../../../domain';
import type { DocumentExporter } from '../../documents';

/** One version of one of the pupil's plans, with the reviews recorded against it. */
export interface PlanRecord {
  readonly plan: Plan;
  readonly reviews: readonly Review[];
}

export interface SubjectAccessInput {
  readonly pupil: Pupil;
  readonly plans: readonly PlanRecord[];
  /** ISO instant and the member of staff who made the export, for the manifest. */
  readonly madeAt: string;
  readonly madeBy: string;
  /** The child's group targets in a plan's period, printed in its whole plan. */
  readonly groupTargetsOf?: (plan: Plan) => readonly ChildGroupTarget[];
  /** Set when the provisions could not be read: the plans are printed without group targets. */
  readonly groupTargetsUnread?: boolean;
}

/** The files of the export, by path inside the .zip, with what each holds (for the manifest). */
export type SubjectAccessFiles = ReadonlyMap<string, { readonly bytes: Uint8Array; readonly holds: string }>;

const BOM = '\uFEFF';

/**
 * CSV that Excel opens as UTF-8 (byte order mark, CRLF). A cell starting with = + - @ (or a tab or
 * carriage return) is prefixed with an apostrophe by papaparse, so a spreadsheet never runs it.
 */
const csv = (header: readonly string[], rows: readonly (readonly (string | number)[])[]): Uint8Array =>
  strToU8(
    BOM +
      Papa.unparse(
        { fields: [...header], data: rows.map((row) => [...row]) },
        { newline: '\r\n', escapeFormulae: true },
      ),
  );

const pupilCsv = (pupil: Pupil): Uint8Array =>
  csv(
    [
      'First name (legal)',
      'Last name (legal)',
      'Preferred name',
      'Date of birth',
      'Pupil reference',
      'Year group',
      'Class',
      'Stage (census code)',
      'Primary need',
      'On the register',
      'Left on',
    ],
    [
      [
        pupil.givenName,
        pupil.familyName,
        pupil.preferredName,
        pupil.dateOfBirth,
        pupil.pupilRef,
        pupil.yearGroup,
        pupil.className,
        pupil.senStatus,
        pupil.primaryNeed ? `${pupil.primaryNeed}: ${PRIMARY_NEED_LABELS[pupil.primaryNeed]}` : '',
        pupil.registerStatus === 'active'
          ? 'Yes'
          : pupil.registerStatus === 'left'
            ? 'No: left the school'
            : 'No: no longer needs support',
        pupil.leftOn,
      ],
    ],
  );

const historyCsv = (pupil: Pupil): Uint8Array =>
  csv(
    ['When', 'Who', 'What', 'Detail'],
    pupil.history.map((change) => [change.on, change.by, REGISTER_CHANGE_LABELS[change.kind], change.detail]),
  );

/**
 * The plan's targets, then those withdrawn from it (numbered on from the plan's, so evidence names its
 * target either way): a withdrawn target is still data held about the pupil.
 */
const everyTarget = (plan: Plan): { target: ShortTermTarget; withdrawnOn: string }[] => [
  ...plan.shortTermTargets.map((target) => ({ target, withdrawnOn: '' })),
  ...(plan.withdrawnTargets ?? []).map((target) => ({ target, withdrawnOn: target.withdrawnOn })),
];

const targetsCsv = (plan: Plan): Uint8Array =>
  csv(
    [
      'No.',
      'Area',
      'Target',
      'Success criteria',
      'Strategies and provision',
      'Who delivers it',
      'How often',
      'Target date',
      'Outcome',
      'Outcome comment',
      'Withdrawn on',
    ],
    everyTarget(plan).map(({ target, withdrawnOn }, index) => [
      index + 1,
      TARGET_AREA_LABELS[target.area],
      target.text,
      target.successCriteria,
      target.strategies,
      target.deliveredBy,
      target.frequency,
      target.targetDate ?? '',
      TARGET_OUTCOME_LABELS[target.outcome],
      target.outcomeComment,
      withdrawnOn,
    ]),
  );

const evidenceCsv = (plan: Plan): Uint8Array =>
  csv(
    ['Target no.', 'Date', 'Rating', 'Note', 'Recorded by'],
    everyTarget(plan).flatMap(({ target }, index) =>
      target.evidence.map((entry) => [
        index + 1,
        entry.date,
        `${entry.rating}: ${EVIDENCE_RATING_LABELS[entry.rating as 1 | 2 | 3 | 4 | 5]}`,
        entry.note,
        entry.recordedBy,
      ]),
    ),
  );

const reviewsCsv = (reviews: readonly Review[]): Uint8Array =>
  csv(
    [
      'Type',
      'Status',
      'Start',
      'End',
      'Location',
      'Completed on',
      "Pupil's comments",
      "Parents' and carers' comments",
    ],
    reviews.map((review) => [
      review.type,
      review.status,
      review.start ?? '',
      review.end ?? '',
      review.location,
      review.completedOn ?? '',
      review.pupilComments,
      review.parentComments,
    ]),
  );

/** The version a review of `plan` agreed: the next one in its series, when the export holds it. */
const agreedVersionIn = (plans: readonly { readonly plan: Plan }[], plan: Plan): Plan | null =>
  plans.find((p) => p.plan.seriesId === plan.seriesId && p.plan.version === plan.version + 1)?.plan ?? null;

/**
 * Everything the IEP lists hold about one pupil, as files a parent or a data protection officer can
 * open without the app: the register entry and its history (.csv), and for every version of every
 * plan the whole plan as Word would print it (.docx), its targets and evidence (.csv), its reviews
 * (.csv) and each completed review's record (.docx). The manifest lists every file and what it holds.
 */
export const subjectAccessFiles = async (
  input: SubjectAccessInput,
  documents: DocumentExporter,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<SubjectAccessFiles> => {
  const files = new Map<string, { bytes: Uint8Array; holds: string }>();
  const name = pupilDisplayName(input.pupil);
  files.set('pupil.csv', { bytes: pupilCsv(input.pupil), holds: `${name}'s entry on the register` });
  files.set('register-history.csv', {
    bytes: historyCsv(input.pupil),
    holds: 'Every change to the register entry: when, who and what',
  });
  const ordered = [...input.plans].sort(
    (a, b) => a.plan.seriesId.localeCompare(b.plan.seriesId) || a.plan.version - b.plan.version,
  );
  const dateOfBirth = input.pupil.dateOfBirth === '' ? null : input.pupil.dateOfBirth;
  const series = new Map<string, number>();
  for (const [index, { plan, reviews }] of ordered.entries()) {
    onProgress(index, ordered.length);
    if (!series.has(plan.seriesId)) series.set(plan.seriesId, series.size + 1);
    const folder = `plan-${series.get(plan.seriesId) ?? 1}/version-${plan.version}`;
    files.set(`${folder}/plan.docx`, {
      bytes: await documents.exportDocx('full-iep', {
        plan,
        review: null,
        dateOfBirth,
        groupTargets: input.groupTargetsOf?.(plan) ?? [],
      }),
      holds: `The whole plan, version ${plan.version} (${plan.status})`,
    });
    files.set(`${folder}/targets.csv`, {
      bytes: targetsCsv(plan),
      holds: 'Short-term targets and their outcomes',
    });
    files.set(`${folder}/evidence.csv`, {
      bytes: evidenceCsv(plan),
      holds: 'Progress evidence recorded against each target',
    });
    const own = reviews.filter((review) => review.planId === plan.id);
    files.set(`${folder}/reviews.csv`, { bytes: reviewsCsv(own), holds: 'Review meetings of this version' });
    for (const [n, review] of own.filter((r) => r.status === 'completed').entries()) {
      files.set(`${folder}/review-record-${n + 1}.docx`, {
        bytes: await documents.exportDocx('review-record', {
          plan,
          review,
          nextVersion: agreedVersionIn(ordered, plan),
          dateOfBirth,
        }),
        holds: `Record of the review completed on ${review.completedOn ?? 'an unrecorded date'}`,
      });
    }
  }
  onProgress(ordered.length, ordered.length);
  const unread = input.groupTargetsUnread
    ? ' The group targets could not be read, so the plans are printed without them: make the export again to include them.'
    : '';
  const manifest = csv(
    ['File', 'What it holds'],
    [
      [
        'manifest.csv',
        `This list. Made ${input.madeAt} by ${input.madeBy} from the SEN site's IEP lists.${unread}`,
      ],
      ...[...files].map(([path, file]) => [path, file.holds]),
    ],
  );
  return new Map([['manifest.csv', { bytes: manifest, holds: 'This list' }], ...files]);
};
