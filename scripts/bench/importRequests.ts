/**
 * The MIS import as the SENCO runs it: a generated SIMS-style export of 1,000 pupils through the product's
 * own pipeline (decode, parse, suggest the column mapping, preview against the register), then the
 * store's `importRegister`, counted by the stand-in. Then the same size of file again with 30% of
 * requests and of `$batch` parts throttled (429 or 503, half without Retry-After).
 */
import { readMisCsv } from '../../src/app/usecases/register/misCsv/parse';
import { suggestMapping } from '../../src/app/usecases/register/misCsv/headers';
import { previewImport } from '../../src/app/usecases/register/misCsv/preview';
import { asClassTeamId, fixedClock, type RegisterWrite } from '../../src/domain';
import { createSharePointIepStore } from '../../src/graph/sharepoint/store';
import { atMost, type BenchRow } from './report';
import { BENCH_NOW, SENCO, YEAR_3, YEAR_4, type BenchSchool } from './school';

const ROWS = 1000;
const CLASSES = [YEAR_3, YEAR_4];
const NEEDS = ['SLCN', 'SPLD', 'ASD', 'SEMH', 'MLD'];

/** A SIMS export as schools download it: UTF-8 with a byte order mark, CRLF, DD/MM/YYYY dates. */
const simsExport = (prefix: string): Uint8Array => {
  const lines = [
    'Legal Surname,Legal Forename,Preferred Forename,UPN,Adno,DOB,Year,Reg,SEN Status,SEN Need Type',
  ];
  for (let n = 0; n < ROWS; n += 1) {
    const team = CLASSES[n % CLASSES.length] as (typeof CLASSES)[number];
    const day = String(1 + (n % 28)).padStart(2, '0');
    lines.push(
      [
        `"Okafor-${n}, Jnr"`,
        ['Amara', 'Zoë', 'Chen', 'Dylan'][n % 4],
        '',
        `${prefix}93820011${String(n).padStart(4, '0')}`,
        String(n).padStart(6, '0'),
        `${day}/09/2017`,
        team.yearGroup.replace('Year ', ''),
        team.displayName,
        n % 10 === 0 ? 'E' : 'K',
        NEEDS[n % NEEDS.length],
      ].join(','),
    );
  }
  return new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(`${lines.join('\r\n')}\r\n`)]);
};

/** The rows the SENCO confirms in the preview, each class name matched to its class team. */
const previewedRows = (bytes: Uint8Array): RegisterWrite[] => {
  const csv = readMisCsv(bytes);
  const { mapping } = suggestMapping(csv.headers);
  // A new school's register: nothing to match yet, so every row is an add.
  const preview = previewImport(csv.rows, mapping, []);
  if (!preview.canImport || preview.counts.add !== ROWS)
    throw new Error(`The generated export did not preview as ${ROWS} adds.`);
  const teams = new Map(CLASSES.map((team) => [team.displayName, asClassTeamId(team.teamId)]));
  return preview.rows.map((row) => {
    const entry = row.entry;
    const classTeamId = entry ? teams.get(entry.className) : undefined;
    if (!entry || !classTeamId) throw new Error(`Row ${row.rowNumber} has no class team.`);
    return { entry, classTeamId, existing: null };
  });
};

const importCounted = async (school: BenchSchool, prefix: string): Promise<number> => {
  const rows = previewedRows(simsExport(prefix));
  // Waits are skipped: the stand-in throttles by chance per request, not by time, so they change no count.
  const store = createSharePointIepStore(school.clientFor(SENCO), {
    siteId: school.siteId,
    clock: fixedClock(BENCH_NOW),
    currentUser: () => Promise.resolve(SENCO),
    listIds: school.listIds,
    batch: { sleep: () => Promise.resolve() },
  });
  let added = 0;
  const { requests } = await school.requestsFor(async () => {
    const result = await store.importRegister(rows);
    if (result.failures.length > 0 || result.conflicts.length > 0)
      throw new Error(`The import left ${result.failures.length + result.conflicts.length} rows unwritten.`);
    added = result.added.length;
  });
  if (added !== ROWS) throw new Error(`The import added ${added} pupils, not ${ROWS}.`);
  return requests;
};

export const benchImportRequests = async (school: BenchSchool): Promise<BenchRow[]> => {
  const calm = await importCounted(school, 'N');
  school.standIn.setFaults({
    rate: 0.3,
    statuses: [429, 503],
    retryAfterSeconds: 0,
    withoutRetryAfter: 0.5,
    seed: 20260901,
  });
  let throttled: number;
  try {
    throttled = await importCounted(school, 'T');
  } finally {
    school.standIn.setFaults(null);
  }
  return [
    {
      name: 'Graph: CSV import, 1,000 rows',
      value: calm,
      unit: 'requests',
      budget: atMost(55),
      note: '50 batches of 20 creates, client-key look-ups 300 to a request',
    },
    {
      name: 'Graph: CSV import, 1,000 rows, 30% throttled',
      value: throttled,
      unit: 'requests',
      budget: atMost(165),
      note: 'throttled parts resent together; refused requests count too',
    },
  ];
};
