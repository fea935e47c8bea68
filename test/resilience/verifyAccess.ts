import { NotFound, type ClassTeamId, type PlanId } from '../../src/domain';
import { folderNameOf } from '../../src/graph/sharepoint/access/folders';
import type { IepListKey } from '../../src/graph/sharepoint/schema';
import { describe } from './attempts';
import { tokensIn } from './ledger';
import { personaOf, storeFor, YEAR_3_TEAM, YEAR_4_TEAM, type UserKey, type World } from './users';
import { readList, type RawItem, type Reader } from './verifyItems';

/**
 * No access leak and nothing out of reach, after everything the run did (pupils' items created in their
 * folders through throttling, lost answers and restarts), as SharePoint itself answers each member of
 * staff with their own token (docs/ACCESS.md):
 * - each class's staff read, in every list that holds a pupil's records, every item of their own class's
 *   pupils the SENCO reads (an item created outside its pupil's folder would be hidden from them), and
 *   nothing of any other class's;
 * - every item sits in its own pupil's folder;
 * - through the product's store, as the app shows it, another class's dashboard is empty and each of its
 *   plans is "not found";
 * - nothing a TA tried and was refused is stored.
 */
export interface AccessVerdict {
  readonly problems: string[];
  /** Items whose reach was checked for one person, plus dashboards and plans tried by outsiders. */
  readonly checks: number;
}

const PUPIL_LISTS = ['pupils', 'plans', 'targets', 'evidence', 'reviews', 'placements'] as const;
type PupilList = (typeof PUPIL_LISTS)[number] & IepListKey;

interface ClassStaff {
  readonly key: UserKey;
  readonly own: ClassTeamId;
  /** The class they must not reach through the store, and its plans. */
  readonly other: ClassTeamId;
  readonly otherPlans: (world: World) => readonly PlanId[];
}

/** All three outsider combinations: Year 3's teacher and TA facing Year 4, Year 4's teacher facing Year 3. */
const CLASS_STAFF: readonly ClassStaff[] = [
  { key: 'teacher', own: YEAR_3_TEAM, other: YEAR_4_TEAM, otherPlans: (world) => world.otherPlanIds },
  { key: 'assistant', own: YEAR_3_TEAM, other: YEAR_4_TEAM, otherPlans: (world) => world.otherPlanIds },
  { key: 'otherTeacher', own: YEAR_4_TEAM, other: YEAR_3_TEAM, otherPlans: (world) => world.planIds },
];

const isFolder = (item: RawItem): boolean => item.fields['ContentType'] === 'Folder';
const textOf = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The pupil (item id in IEP Pupils) an item is about; null when it cannot be told. */
const pupilOf = (list: PupilList, item: RawItem, pupilOfPlan: ReadonlyMap<string, string>): string | null => {
  if (isFolder(item)) return /^p(\d+)$/.exec(textOf(item.fields['Title']))?.[1] ?? null;
  if (list === 'pupils') return item.id;
  if (list === 'plans' || list === 'placements') return textOf(item.fields['PupilId']) || null;
  return pupilOfPlan.get(textOf(item.fields['PlanId'])) ?? null;
};

/** The folder an item sits in, from its address: the list's own name when it is at the root. */
const folderOf = (item: RawItem): string | null => item.webUrl?.split('/').at(-2) ?? null;

type Seen = Map<PupilList, RawItem[]>;

const readAll = async (reader: Reader, email: string): Promise<Seen> => {
  const client = reader.clientOf(email);
  const seen: Seen = new Map();
  for (const list of PUPIL_LISTS)
    seen.set(list, await readList(client, reader.world.siteId, reader.world.listIds[list]));
  return seen;
};

/** What the SENCO (a SEN lead, who reads every pupil) holds: each item's pupil and each pupil's class. */
interface Reference {
  readonly items: Map<PupilList, Map<string, string | null>>;
  readonly classOfPupil: ReadonlyMap<string, string>;
  readonly pupilOfPlan: ReadonlyMap<string, string>;
}

const referenceOf = (seen: Seen): Reference => {
  const classOfPupil = new Map(
    (seen.get('pupils') ?? []).map((item) => [item.id, textOf(item.fields['ClassTeamId'])]),
  );
  const pupilOfPlan = new Map(
    (seen.get('plans') ?? [])
      .filter((item) => !isFolder(item))
      .map((item) => [item.id, textOf(item.fields['PupilId'])]),
  );
  const items = new Map(
    PUPIL_LISTS.map((list) => [
      list,
      new Map((seen.get(list) ?? []).map((item) => [item.id, pupilOf(list, item, pupilOfPlan)])),
    ]),
  );
  return { items, classOfPupil, pupilOfPlan };
};

const checkFolders = (seen: Seen, reference: Reference): string[] => {
  const problems: string[] = [];
  for (const list of PUPIL_LISTS) {
    if (list === 'pupils') continue;
    for (const item of seen.get(list) ?? []) {
      if (isFolder(item)) continue;
      const pupil = reference.items.get(list)?.get(item.id);
      if (!pupil) problems.push(`UNFILED: ${list} item ${item.id} belongs to no pupil the SENCO can read.`);
      else if (folderOf(item) !== folderNameOf(pupil))
        problems.push(
          `MISFILED: ${list} item ${item.id} is in '${folderOf(item)}', not its pupil's folder '${folderNameOf(pupil)}'.`,
        );
    }
  }
  return problems;
};

const checkReach = (staff: ClassStaff, seen: Seen, reference: Reference): AccessVerdict => {
  const name = personaOf(staff.key).name;
  const problems: string[] = [];
  let checks = 0;
  const classOf = (pupil: string | null | undefined): string | undefined =>
    pupil ? reference.classOfPupil.get(pupil) : undefined;
  for (const list of PUPIL_LISTS) {
    const theirs = new Set((seen.get(list) ?? []).map((item) => item.id));
    for (const item of seen.get(list) ?? []) {
      // Made since the SENCO's read (users write on while a killed stand-in is checked): told by its own fields.
      const pupil = reference.items.get(list)?.get(item.id) ?? pupilOf(list, item, reference.pupilOfPlan);
      const itsClass = classOf(pupil);
      if (itsClass !== undefined && itsClass !== staff.own)
        problems.push(`LEAK: ${name} reads ${list} item ${item.id}, of a pupil in another class.`);
    }
    const everyone = reference.items.get(list) ?? new Map<string, string | null>();
    for (const [itemId, pupil] of everyone) {
      if (classOf(pupil) === staff.own && !theirs.has(itemId))
        problems.push(
          `UNREACHABLE: ${name} cannot read ${list} item ${itemId}, of a pupil in their own class.`,
        );
    }
    checks += new Set([...theirs, ...everyone.keys()]).size;
  }
  return { problems, checks };
};

/** As the app shows it: another class's dashboard is empty and each of its plans is "not found". */
const checkStore = async (reader: Reader, staff: ClassStaff): Promise<AccessVerdict> => {
  const persona = personaOf(staff.key);
  const store = storeFor(reader.clientOf(persona.email), reader.world, persona, true);
  const problems: string[] = [];
  const board = await store.loadClass(staff.other);
  if (board.pupils.length > 0 || board.plans.length > 0)
    problems.push(
      `LEAK: ${persona.name} sees ${board.pupils.length} pupils and ${board.plans.length} plans of another class.`,
    );
  const planIds = staff.otherPlans(reader.world);
  for (const planId of planIds) {
    try {
      await store.openPlan(planId);
      problems.push(`LEAK: ${persona.name} opened plan ${planId} of another class.`);
    } catch (error) {
      if (!(error instanceof NotFound))
        problems.push(`${persona.name} opening another class's plan ${planId}: ${describe(error)}`);
    }
  }
  return { problems, checks: 1 + planIds.length };
};

/** Changes a TA tried and SharePoint refused (their tokens): none may be stored anywhere in a pupil's records. */
const checkRefused = (seen: Seen, refused: ReadonlySet<string>): string[] =>
  PUPIL_LISTS.flatMap((list) =>
    (seen.get(list) ?? []).flatMap((item) =>
      Object.values(item.fields)
        .flatMap((value) => tokensIn(textOf(value)))
        .filter((token) => refused.has(token))
        .map(
          (token) =>
            `REFUSED WRITE STORED: ${list} item ${item.id} holds ${token}, which SharePoint refused.`,
        ),
    ),
  );

export const verifyAccess = async (reader: Reader, refused: ReadonlySet<string>): Promise<AccessVerdict> => {
  const senco = await readAll(reader, personaOf('senco').email);
  const reference = referenceOf(senco);
  const problems = [...checkFolders(senco, reference), ...checkRefused(senco, refused)];
  let checks = 0;
  for (const staff of CLASS_STAFF) {
    const reach = checkReach(staff, await readAll(reader, personaOf(staff.key).email), reference);
    const store = await checkStore(reader, staff);
    problems.push(...reach.problems, ...store.problems);
    checks += reach.checks + store.checks;
  }
  return { problems, checks };
};
