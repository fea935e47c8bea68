import { REGISTER_FIELDS, type RegisterField } from '../../../../domain/register';
import type { CsvRow } from './parse';

export type MisSource = 'SIMS' | 'Arbor' | 'Bromcom';

/** Which file column feeds each register field; null when none does (yet). */
export type ColumnMapping = Readonly<Record<RegisterField, string | null>>;

export interface SuggestedMapping {
  readonly mapping: ColumnMapping;
  /** Headers that feed no field, for the SENCO to map by hand or leave out. */
  readonly unmapped: readonly string[];
  readonly source: MisSource | 'unknown';
}

interface HeaderAlias {
  readonly header: string;
  /** The MIS whose exports use this header; none when many tools and hand-made files do. */
  readonly source?: MisSource;
}

/**
 * The header names each MIS uses in its student list exports (see README.md in this folder), best
 * first: a file with both a UPN and an admission number is keyed by the UPN.
 */
const HEADER_ALIASES: Readonly<Record<RegisterField, readonly HeaderAlias[]>> = {
  familyName: [
    { header: 'Legal Surname', source: 'SIMS' },
    { header: 'Last Name', source: 'Arbor' },
    { header: 'Surname', source: 'Bromcom' },
    { header: 'Legal Last Name' },
    { header: 'Family Name' },
  ],
  givenName: [
    { header: 'Legal Forename', source: 'SIMS' },
    { header: 'First Name', source: 'Arbor' },
    { header: 'Forename', source: 'Bromcom' },
    { header: 'Legal First Name' },
    { header: 'Forenames' },
    { header: 'Given Name' },
  ],
  preferredName: [
    { header: 'Preferred Forename', source: 'SIMS' },
    { header: 'Preferred First Name', source: 'Arbor' },
    { header: 'Preferred Name', source: 'Bromcom' },
    { header: 'Known As' },
    { header: 'Chosen Name' },
  ],
  dateOfBirth: [{ header: 'DOB', source: 'SIMS' }, { header: 'Date of Birth' }, { header: 'Birth Date' }],
  pupilRef: [
    { header: 'UPN' },
    { header: 'Unique Pupil Number' },
    { header: 'Adno', source: 'SIMS' },
    { header: 'Admission Number', source: 'Bromcom' },
    { header: 'Admission No' },
    { header: 'Adm No' },
  ],
  yearGroup: [
    { header: 'Year Group', source: 'Arbor' },
    { header: 'Year' },
    { header: 'NC Year' },
    { header: 'Curriculum Year' },
  ],
  className: [
    { header: 'Reg', source: 'SIMS' },
    { header: 'Reg Group', source: 'SIMS' },
    { header: 'Registration Group' },
    { header: 'Registration Form', source: 'Arbor' },
    { header: 'Tutor Group', source: 'Bromcom' },
    { header: 'Form' },
    { header: 'Reg Form' },
    { header: 'Class' },
  ],
  senStatus: [{ header: 'SEN Status' }, { header: 'SEN Provision' }, { header: 'SEN Stage' }],
  primaryNeed: [
    { header: 'Primary SEN Need', source: 'Arbor' },
    { header: 'SEN Need Type', source: 'SIMS' },
    { header: 'Primary Need' },
    { header: 'SEN Primary Need' },
    { header: 'Primary SEN Type' },
    { header: 'SEN Need' },
  ],
};

/** "Date Of Birth", "date_of_birth" and "D.O.B." are the same header to a person. */
export const headerKey = (header: string): string => header.toLowerCase().replace(/[^a-z0-9]/g, '');

const guessSource = (headers: readonly string[]): MisSource | 'unknown' => {
  const keys = new Set(headers.map(headerKey));
  const votes = new Map<MisSource, number>();
  for (const alias of Object.values(HEADER_ALIASES).flat()) {
    if (alias.source !== undefined && keys.has(headerKey(alias.header))) {
      votes.set(alias.source, (votes.get(alias.source) ?? 0) + 1);
    }
  }
  const ranked = [...votes].sort((a, b) => b[1] - a[1]);
  const [first, second] = ranked;
  // Two tell-tale headers, and more than any other MIS has: one shared header proves nothing.
  if (first === undefined || first[1] < 2 || (second !== undefined && second[1] === first[1]))
    return 'unknown';
  return first[0];
};

export const suggestMapping = (headers: readonly string[]): SuggestedMapping => {
  const taken = new Set<string>();
  const chosen = (field: RegisterField): string | null => {
    for (const alias of HEADER_ALIASES[field]) {
      const header = headers.find((h) => !taken.has(h) && headerKey(h) === headerKey(alias.header));
      if (header !== undefined) {
        taken.add(header);
        return header;
      }
    }
    return null;
  };
  const mapping = Object.fromEntries(REGISTER_FIELDS.map((field) => [field, chosen(field)])) as Record<
    RegisterField,
    string | null
  >;
  return { mapping, unmapped: headers.filter((h) => !taken.has(h)), source: guessSource(headers) };
};

export interface MappedRow {
  readonly rowNumber: number;
  /** Cell text for each register field, trimmed; '' where no column is mapped. */
  readonly values: Readonly<Record<RegisterField, string>>;
  readonly problems: readonly string[];
}

export const applyMapping = (rows: readonly CsvRow[], mapping: ColumnMapping): MappedRow[] =>
  rows.map((row) => ({
    rowNumber: row.rowNumber,
    problems: row.problems,
    values: Object.fromEntries(
      REGISTER_FIELDS.map((field) => {
        const header = mapping[field];
        return [field, header === null ? '' : (row.cells[header] ?? '').trim()];
      }),
    ) as Record<RegisterField, string>,
  }));
