/**
 * Word documents of a plan, for the tab's "Export .docx" and the task pane when it runs outside
 * Word. The renderer lives in src/word; the composition root hands it to the UI through
 * `AppServices.documents`, so the tab never imports src/word itself, and the renderer and the zip
 * code are downloaded only when someone actually exports.
 */
import {
  documentTitle,
  planNames,
  type DocumentNames,
  type NamedPlan,
  type Plan,
  type Review,
} from '../domain';
import type { RenderInput } from '../word/renderTemplate';
import type { SchoolBranding } from '../word/schoolLogo';
import type { LoadSchoolBranding } from './schoolBranding';
import { TEMPLATE_KINDS, type TemplateKind } from '../word/tags';

export type DocumentKind = TemplateKind;
/** The plan (and, for a review record, the review) a document shows. */
export type DocumentInput = RenderInput;
/** The language of a document's fixed wording: Welsh (`cy`) is offered for a plan in Wales. */
export type DocumentLanguage = NonNullable<DocumentInput['language']>;

export const DOCUMENT_KINDS: readonly DocumentKind[] = TEMPLATE_KINDS;

/**
 * The kinds of document, named the same in every nation, for choosing one before a plan's nation is
 * known and in file names after the nation's own abbreviation; `documentLabel` is what a plan's
 * document is called.
 */
export const DOCUMENT_LABELS: Readonly<Record<DocumentKind, string>> = {
  'full-iep': 'Full plan',
  'targets-table': 'Targets table',
  'review-record': 'Review record',
  'one-page-profile': 'One-page profile',
  'childs-plan': "Child's Plan section 4 (Scotland)",
};

/** What a plan's document is called on buttons and menus: its title in the plan's nation's words. */
export const documentLabel = (kind: DocumentKind, plan: NamedPlan): string => documentTitle(kind, plan);

/** The school's working copy (tagged content controls for refresh and save-back) or the family's plain copy. */
export type DocumentCopy = 'working' | 'parents';

export interface DocumentExporter {
  /** The bytes of a complete .docx of `kind` for the plan; rejects with `Invalid` if the input cannot make one. */
  exportDocx(kind: DocumentKind, input: DocumentInput, copy?: DocumentCopy): Promise<Uint8Array>;
  /**
   * The parents' copy as a PDF, made by Graph from the .docx stored in the SEN site's library; null
   * when Graph cannot convert it. Absent where there is no library to convert through.
   */
  exportParentsPdf?(kind: DocumentKind, input: DocumentInput): Promise<Uint8Array | null>;
  /**
   * The school's name and logo from the configuration, read once a session, for what the Word pane
   * inserts; absent where the school is not configured.
   */
  branding?(): Promise<SchoolBranding | undefined>;
}

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const PDF_MIME_TYPE = 'application/pdf';

export interface DocumentExporterDeps {
  /** The school's name and logo from the configuration, added to every document. */
  readonly school?: LoadSchoolBranding;
  /** Stores a .docx at `path` in the SEN site's library and returns Graph's PDF of it, or null. */
  readonly convertToPdf?: (path: string, docx: Uint8Array) => Promise<Uint8Array | null>;
}

/**
 * Where a parents' PDF is made: one file per plan version, document and language, replaced each time,
 * named by ids only so the library never lists a child's name. The Welsh copy has a file of its own so
 * making one never replaces the English one being converted.
 */
export const parentsCopyPath = (
  kind: DocumentKind,
  plan: Pick<Plan, 'id'>,
  language: DocumentLanguage = 'en',
): string =>
  `IEP Planner/Copies for parents/plan-${safeFileNamePart(plan.id)}-${kind}${language === 'cy' ? '-cy' : ''}.docx`;

export const createDocumentExporter = (deps: DocumentExporterDeps = {}): DocumentExporter => {
  const render = async (kind: DocumentKind, input: DocumentInput, copy: DocumentCopy) => {
    const [{ exportDocx }, school] = await Promise.all([
      import(/* webpackChunkName: "docx" */ '../word/docx'),
      input.school || !deps.school ? Promise.resolve(input.school) : deps.school(),
    ]);
    return exportDocx(kind, school ? { ...input, school } : input, copy);
  };
  const { convertToPdf, school } = deps;
  return {
    exportDocx: (kind, input, copy = 'working') => render(kind, input, copy),
    ...(school ? { branding: school } : {}),
    ...(convertToPdf
      ? {
          exportParentsPdf: async (kind: DocumentKind, input: DocumentInput) =>
            convertToPdf(
              parentsCopyPath(kind, input.plan, input.language),
              await render(kind, input, 'parents'),
            ),
        }
      : {}),
  };
};

/**
 * Characters Windows, macOS or SharePoint refuse in file names, control characters, and bidirectional
 * embeddings and overrides (U+202A-U+202E, U+2066-U+2069), which can make a downloaded file's name
 * read differently from what it is.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must go
const UNSAFE_IN_FILE_NAMES = /[\u0000-\u001f\u007f"*/:<>?\\|#%\u202a-\u202e\u2066-\u2069]/g;
const MAX_NAME_LENGTH = 80;

/** A pupil's name as a safe part of a file name; never empty. */
export const safeFileNamePart = (text: string): string => {
  const cleaned = text.replace(UNSAFE_IN_FILE_NAMES, ' ').replace(/\s+/g, ' ').trim();
  // Cut by code points, not UTF-16 units, so an emoji at the limit is never left as half a character.
  const shortened = Array.from(cleaned)
    .slice(0, MAX_NAME_LENGTH)
    .join('')
    // Windows drops trailing dots and spaces, which would change the name the user saw.
    .replace(/[.\s]+$/, '')
    .replace(/^[.\s]+/, '');
  return shortened === '' ? 'Pupil' : shortened;
};

/**
 * `IEP - Sam Taylor - v2.docx` (a Welsh plan: `IDP - ...`); other documents than the full plan say
 * which they are, and the parents' copy says so. A school that keeps names out of file names
 * (downloads folders, email attachments, synced drives all show them) gets the pupil reference
 * instead: `IEP - A123456789012 - v2.docx`.
 */
export const docxFileName = (
  kind: DocumentKind,
  plan: Pick<Plan, 'pupil' | 'version' | 'nation' | 'stage'>,
  names: DocumentNames = 'pupil-name',
  copy: DocumentCopy = 'working',
): string => {
  const what = [
    kind === 'full-iep' ? '' : ` - ${safeFileNamePart(DOCUMENT_LABELS[kind])}`,
    copy === 'parents' ? ' - for parents' : '',
  ].join('');
  const who =
    names === 'pupil-reference'
      ? safeFileNamePart(plan.pupil.pupilRef.trim() || 'pupil without a reference')
      : safeFileNamePart(plan.pupil.name);
  return `${planNames(plan).short} - ${who} - v${plan.version}${what}.docx`;
};

/** Reviews of this version of the plan, the most recent meeting first (undated, planned ones last). */
export const reviewsOfVersion = (plan: Pick<Plan, 'id'>, reviews: readonly Review[]): Review[] =>
  reviews
    .filter((review) => review.planId === plan.id)
    .sort((a, b) => (b.start ?? '').localeCompare(a.start ?? ''));

/** The review a review record shows unless the user picks another: the latest completed one, else the latest. */
export const defaultReviewFor = (plan: Pick<Plan, 'id'>, reviews: readonly Review[]): Review | null => {
  const ofVersion = reviewsOfVersion(plan, reviews);
  return ofVersion.find((review) => review.status === 'completed') ?? ofVersion[0] ?? null;
};
