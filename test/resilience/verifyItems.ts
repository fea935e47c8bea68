import type { Client } from '@microsoft/microsoft-graph-client';
import type { Plan, PlanId, ShortTermTarget } from '../../src/domain';
import { withQuery } from '../../src/graph/odata';
import { listPath } from '../../src/graph/sharepoint/shared/requests';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { planField, targetField } from './fields';
import { tokensIn, versionOf, type CreatedKind, type FieldWrite, type LedgerSnapshot } from './ledger';
import { YEAR_3_TEAM, YEAR_4_TEAM, type World } from './users';

/**
 * Reads everything back and compares it with the ledger. `final` is the end of a run (faults off,
 * nobody writing): every value must be exactly the last one acknowledged. `survived` is straight
 * after a restart, with the users already writing again: nothing acknowledged may be missing or
 * older than it was.
 */
export type VerifyMode = 'final' | 'survived';

export interface Reader {
  readonly baseUrl: string;
  readonly world: World;
  /** The SENCO, reading with more patience than a user would. */
  readonly client: Client;
  readonly store: SharePointIepStore;
  clientOf(email: string): Client;
}

export interface RawItem {
  readonly id: string;
  /** Graph's address of the item, its folder included (`.../Lists/IEPTargets/p4/57_.000`). */
  readonly webUrl?: string;
  readonly fields: Record<string, unknown>;
}

/**
 * Every item of a list the caller may read, page by page, straight from Graph (not through the store's
 * own mapping): SharePoint leaves out what they may not read.
 */
export const readList = async (client: Client, siteId: string, listId: string): Promise<RawItem[]> => {
  const items: RawItem[] = [];
  let url: string | undefined = withQuery(`${listPath(siteId, listId)}/items`, {
    $expand: 'fields',
    $top: 5000,
  });
  while (url) {
    const page = (await client.api(url).get()) as { value: RawItem[]; '@odata.nextLink'?: string };
    items.push(...page.value);
    url = page['@odata.nextLink'];
  }
  return items;
};

const TOKEN_COLUMN: Record<CreatedKind, { list: 'targets' | 'evidence' | 'reviews'; column: string }> = {
  target: { list: 'targets', column: 'Title' },
  evidence: { list: 'evidence', column: 'EvidenceNote' },
  review: { list: 'reviews', column: 'ReviewLocation' },
};

type Found = Map<string, { itemId: string; planId: string }[]>;

const findTokens = async (reader: Reader, kind: CreatedKind): Promise<Found> => {
  const { list, column } = TOKEN_COLUMN[kind];
  const listId = reader.world.listIds[list];
  const found: Found = new Map();
  for (const item of await readList(reader.client, reader.world.siteId, listId)) {
    const text = item.fields[column];
    if (typeof text !== 'string') continue;
    for (const token of tokensIn(text)) {
      const where = { itemId: item.id, planId: String(item.fields['PlanId'] ?? '') };
      found.set(token, [...(found.get(token) ?? []), where]);
    }
  }
  return found;
};

/** Every acknowledged target, evidence entry and review is there exactly once; nothing else appeared. */
const checkCreates = async (
  reader: Reader,
  snapshot: LedgerSnapshot,
  attempted: ReadonlySet<string>,
  mode: VerifyMode,
): Promise<string[]> => {
  const problems: string[] = [];
  for (const kind of ['target', 'evidence', 'review'] as const) {
    const found = await findTokens(reader, kind);
    const acknowledged = snapshot.created.filter((entry) => entry.kind === kind);
    for (const entry of acknowledged) {
      const copies = found.get(entry.token) ?? [];
      const label = `the ${kind} ${entry.token} saved by ${entry.user} (step ${entry.step})`;
      if (copies.length === 0) problems.push(`LOST: ${label} is missing from plan ${entry.planId}.`);
      else if (copies.length > 1)
        problems.push(
          `DUPLICATED: ${label} is there ${copies.length} times (items ${copies.map((c) => c.itemId).join(', ')}).`,
        );
      else if (copies[0]?.itemId !== entry.itemId || copies[0]?.planId !== entry.planId)
        problems.push(
          `MOVED: ${label} was item ${entry.itemId} of plan ${entry.planId}, now ${JSON.stringify(copies[0])}.`,
        );
    }
    if (mode !== 'final') continue;
    const known = new Set(acknowledged.map((entry) => entry.token));
    for (const [token, copies] of found) {
      if (known.has(token)) continue;
      if (!attempted.has(token)) problems.push(`PHANTOM: a ${kind} ${token} is stored that nobody sent.`);
      else if (copies.length > 1)
        problems.push(`DUPLICATED: the unacknowledged ${kind} ${token} is there ${copies.length} times.`);
    }
  }
  return problems;
};

const itemOf = (plan: Plan, write: FieldWrite): Plan | ShortTermTarget | undefined =>
  write.itemKind === 'plan' ? plan : plan.shortTermTargets.find((t) => t.id === write.itemId);

const valueOf = (item: Plan | ShortTermTarget, write: FieldWrite): string | undefined =>
  write.itemKind === 'plan'
    ? planField(write.field)?.get(item as Plan)
    : targetField(write.field)?.get(item as ShortTermTarget);

const describeWrite = (write: FieldWrite): string =>
  `${write.user} (step ${write.step}, version ${write.version})`;

/**
 * The last acknowledged write of every field is what the service holds, and every save landed on the
 * very version its user had read: one that skipped a version overwrote a colleague's change unseen.
 */
const checkFields = async (
  reader: Reader,
  snapshot: LedgerSnapshot,
  plans: ReadonlyMap<string, Plan>,
  mode: VerifyMode,
): Promise<string[]> => {
  const problems: string[] = [];
  const byField = new Map<string, FieldWrite[]>();
  for (const write of snapshot.fields) {
    const item =
      write.itemKind === 'plan' ? `plan ${write.planId}` : `target ${write.itemId} of plan ${write.planId}`;
    const key = `${item}, field '${write.field}'`;
    byField.set(key, [...(byField.get(key) ?? []), write]);
    if (mode === 'final' && write.baseVersion !== null && write.version !== write.baseVersion + 1)
      problems.push(
        `LOST UPDATE: ${write.user}'s save of ${key} (step ${write.step}) was based on version ${write.baseVersion} ` +
          `but became version ${write.version}: it overwrote a colleague's change without an EditConflict.`,
      );
  }
  for (const [key, writes] of byField) {
    const last = writes.reduce((a, b) => (b.version > a.version ? b : a));
    const rival = writes.find((w) => w.version === last.version && w.value !== last.value);
    if (rival)
      problems.push(
        `TWO WRITERS: ${key}: ${describeWrite(last)} and ${describeWrite(rival)} both acknowledged version ${last.version}.`,
      );
    const plan = plans.get(last.planId);
    const item = plan ? itemOf(plan, last) : undefined;
    if (!item) {
      problems.push(`LOST: ${key} no longer exists.`);
      continue;
    }
    const now = valueOf(item, last);
    const version = versionOf(item.etag) ?? 0;
    if (version < last.version)
      problems.push(
        `LOST: ${key} is at version ${version}, older than ${describeWrite(last)}'s acknowledged write.`,
      );
    else if ((mode === 'final' || version === last.version) && now !== last.value)
      problems.push(
        `LOST UPDATE: ${key} holds "${now}" but the last acknowledged write, by ${describeWrite(last)}, set "${last.value}".`,
      );
  }
  return problems;
};

/**
 * Each class's dashboard reads counts kept on the plan item: they must match the targets themselves.
 * After a save whose outcome the product could not know (the connection dropped), a lag is expected
 * until the next save of that plan: reported as a note, not a failure.
 */
const checkDashboard = async (
  reader: Reader,
  plans: ReadonlyMap<string, Plan>,
  unclearPlans: ReadonlySet<string>,
): Promise<{ problems: string[]; notes: string[] }> => {
  const problems: string[] = [];
  const notes: string[] = [];
  const summaries = [
    ...(await reader.store.loadClass(YEAR_3_TEAM)).plans,
    ...(await reader.store.loadClass(YEAR_4_TEAM)).plans,
  ];
  for (const summary of summaries) {
    const plan = plans.get(summary.id);
    if (!plan) continue;
    const targets = plan.shortTermTargets.length;
    const achieved = plan.shortTermTargets.filter((t) => t.outcome === 'achieved').length;
    if (summary.targetCount === targets && summary.achievedCount === achieved) continue;
    const stale =
      `STALE DASHBOARD: plan ${plan.id} shows ${summary.targetCount} targets (${summary.achievedCount} achieved) ` +
      `but has ${targets} (${achieved} achieved).`;
    if (unclearPlans.has(plan.id)) notes.push(`${stale} A save of it ended with a lost connection.`);
    else problems.push(stale);
  }
  return { problems, notes };
};

export const readPlans = async (
  reader: Reader,
): Promise<{ plans: Map<string, Plan>; problems: string[] }> => {
  const plans = new Map<string, Plan>();
  const problems: string[] = [];
  for (const planId of [...reader.world.planIds, ...reader.world.otherPlanIds]) {
    const doc = await reader.store.openPlan(planId as PlanId);
    plans.set(planId, doc.plan);
    for (const problem of doc.problems)
      problems.push(
        `DAMAGED: plan ${planId}: ${problem.item.kind} ${problem.item.id} ${problem.field}: ${problem.message}`,
      );
  }
  return { plans, problems };
};

export interface Verdict {
  readonly problems: string[];
  /** Expected consequences of faults no product could see through, reported for information. */
  readonly notes: string[];
}

export const verifyItems = async (
  reader: Reader,
  snapshot: LedgerSnapshot,
  ledger: { readonly attempted: ReadonlySet<string>; readonly unclearPlans: ReadonlySet<string> },
  mode: VerifyMode,
): Promise<Verdict> => {
  const { plans, problems } = await readPlans(reader);
  const dashboard = mode === 'final' ? await checkDashboard(reader, plans, ledger.unclearPlans) : null;
  return {
    problems: [
      ...problems,
      ...(await checkCreates(reader, snapshot, ledger.attempted, mode)),
      ...(await checkFields(reader, snapshot, plans, mode)),
      ...(dashboard?.problems ?? []),
    ],
    notes: dashboard?.notes ?? [],
  };
};
