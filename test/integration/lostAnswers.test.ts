/**
 * A write whose answer is lost on the way back (the connection drops after SharePoint did the work) may
 * have created items. The person saves again, sending the very same edits, as the editor does when it
 * keeps a draft after "not saved": nothing may then exist twice. Every create carries a client key;
 * the store looks the keys of unanswered creates up before sending them again.
 */
import {
  asEvidenceId,
  asReviewId,
  asTargetId,
  ShortTermTargetSchema,
  type Evidence,
  type Plan,
  type Pupil,
} from '../../src/domain';
import { withQuery } from '../../src/graph/odata';
import { listPath } from '../../src/graph/sharepoint/shared/requests';
import { buildReview } from '../support/planBuilder';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_3, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_3, 'Year 3 Wrens', 4));
});
afterAll(() => bed.close());

const pupil = (index: number): Pupil => {
  const found = pupils[index];
  if (!found) throw new Error(`No pupil ${index}.`);
  return found;
};

const urlOf = (input: Parameters<typeof fetch>[0]): string =>
  typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;

/**
 * A network for one user that, when told, lets the service carry out a chosen write (`$batch`) and then
 * drops the connection before the answer arrives, exactly as undici reports it.
 */
const losingNetwork = (): { fetch: typeof fetch; loseWrite: (nth: number) => void; lost: () => number } => {
  let countdown = 0;
  let lost = 0;
  return {
    loseWrite: (nth) => {
      countdown = nth;
    },
    lost: () => lost,
    fetch: async (input, init) => {
      const response = await fetch(input, init);
      const write = urlOf(input).endsWith('/$batch') && /"method":"(POST|PATCH)"/.test(init?.body as string);
      if (write && countdown > 0 && --countdown === 0) {
        await response.arrayBuffer();
        lost += 1;
        throw new TypeError('fetch failed (the answer was lost after the service had done the work)');
      }
      return response;
    },
  };
};

interface StoredItem {
  readonly id: string;
  readonly fields: Record<string, unknown>;
}

const itemsOf = async (list: 'plans' | 'targets' | 'evidence' | 'reviews'): Promise<StoredItem[]> => {
  const page = (await bed
    .clientFor(SENCO)
    .api(
      withQuery(`${listPath(bed.siteId, bed.lists.listIds[list] as string)}/items`, {
        $expand: 'fields',
        $top: 5000,
      }),
    )
    .get()) as { value: StoredItem[] };
  return page.value;
};

const titled = async (list: 'targets' | 'reviews', text: string): Promise<StoredItem[]> =>
  (await itemsOf(list)).filter(
    (item) => item.fields['Title'] === text || item.fields['ReviewLocation'] === text,
  );

const evidenceNoted = async (note: string): Promise<StoredItem[]> =>
  (await itemsOf('evidence')).filter((item) => item.fields['EvidenceNote'] === note);

const newEvidence = (id: string, note: string): Evidence => ({
  id: asEvidenceId(id),
  date: '2026-02-09',
  rating: 3,
  note,
  recordedBy: SENCO.name,
});

const newTarget = (id: string, text: string, evidence: Evidence[]): Plan['shortTermTargets'][number] =>
  ShortTermTargetSchema.parse({
    id: asTargetId(id),
    area: 'literacy',
    text,
    successCriteria: 'Reads them aloud in three checks.',
    deliveredBy: SENCO.name,
    frequency: '10 minutes daily',
    evidence,
  });

test('a new target and its evidence, saved again after the answer was lost: each is stored once', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed.storeFor(SENCO).createPlan({ pupil: pupil(0), plan: planFor(pupil(0), 2) });
  const { plan } = await store.openPlan(created.id);
  const text = 'By Easter the pupil will read twenty new words';
  const note = 'Read twelve of them on Monday';
  const edited: Plan = {
    ...plan,
    shortTermTargets: [
      ...plan.shortTermTargets,
      newTarget('new-target-lost-1', text, [newEvidence('new-evidence-lost-1', note)]),
    ],
  };

  network.loseWrite(1);
  await expect(store.savePlan(edited, plan)).rejects.toThrow();
  expect(network.lost()).toBe(1);
  expect(await titled('targets', text)).toHaveLength(1);

  // "Save again": the editor sends the same edits against the same base.
  const again = await store.savePlan(edited, plan);

  expect(again.failures).toEqual([]);
  const targets = await titled('targets', text);
  expect(targets).toHaveLength(1);
  expect(await evidenceNoted(note)).toHaveLength(1);
  const saved = again.plan.shortTermTargets.find((target) => target.text === text);
  expect(saved?.id).toBe(targets[0]?.id);
  expect(saved?.evidence[0]?.etag).toBeDefined();
});

test('evidence on an existing target, saved again after its answer was lost, is stored once', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed.storeFor(SENCO).createPlan({ pupil: pupil(1), plan: planFor(pupil(1), 2) });
  const { plan } = await store.openPlan(created.id);
  const note = 'Spelt five of the words without help';
  const [first, ...rest] = plan.shortTermTargets;
  if (!first) throw new Error('The plan has no targets.');
  const edited: Plan = {
    ...plan,
    shortTermTargets: [
      { ...first, evidence: [...first.evidence, newEvidence('new-evidence-lost-2', note)] },
      ...rest,
    ],
  };

  network.loseWrite(1);
  await expect(store.savePlan(edited, plan)).rejects.toThrow();
  expect(await evidenceNoted(note)).toHaveLength(1);

  const again = await store.savePlan(edited, plan);

  expect([...again.conflicts, ...again.failures]).toEqual([]);
  const stored = await evidenceNoted(note);
  expect(stored).toHaveLength(1);
  expect(again.plan.shortTermTargets[0]?.evidence.at(-1)?.id).toBe(stored[0]?.id);
});

test('a new target changed after the lost save is stored once, as the user now has it', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed.storeFor(SENCO).createPlan({ pupil: pupil(2), plan: planFor(pupil(2), 1) });
  const { plan } = await store.openPlan(created.id);
  const target = newTarget('new-target-lost-3', 'By Easter the pupil will count to fifty', []);
  network.loseWrite(1);
  await expect(
    store.savePlan({ ...plan, shortTermTargets: [...plan.shortTermTargets, target] }, plan),
  ).rejects.toThrow();

  const changed = { ...target, frequency: 'Twice a day' };
  const again = await store.savePlan(
    { ...plan, shortTermTargets: [...plan.shortTermTargets, changed] },
    plan,
  );

  expect(again.failures).toEqual([]);
  const stored = await titled('targets', target.text);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.fields['Frequency']).toBe('Twice a day');
});

test('a new review saved again after its answer was lost is stored once', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed.storeFor(SENCO).createPlan({ pupil: pupil(3), plan: planFor(pupil(3), 1) });
  const location = 'Room 12, after the lost answer';
  const review = buildReview(created, {
    id: asReviewId('new-review-lost-4'),
    status: 'planned',
    completedOn: null,
    location,
  });

  network.loseWrite(1);
  await expect(store.saveReview(review)).rejects.toThrow();
  expect(await titled('reviews', location)).toHaveLength(1);

  const saved = await store.saveReview(review);

  const stored = await titled('reviews', location);
  expect(stored).toHaveLength(1);
  expect(saved.id).toBe(stored[0]?.id);
});

test('a new plan whose answer was lost is found again by its key, not created twice', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const request = { pupil: pupil(3), plan: planFor(pupil(3), 2) };
  const before = (await itemsOf('plans')).filter((item) => item.fields['PupilId'] === pupil(3).id).length;

  network.loseWrite(1);
  const plan = await store.createPlan(request);

  expect(network.lost()).toBe(1);
  const plans = (await itemsOf('plans')).filter((item) => item.fields['PupilId'] === pupil(3).id);
  expect(plans).toHaveLength(before + 1);
  expect(plans.map((item) => item.id)).toContain(plan.id);
  expect((await itemsOf('targets')).filter((item) => item.fields['PlanId'] === plan.id)).toHaveLength(2);
});

test('the targets of a new plan whose answer was lost are found again, not created twice', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);

  network.loseWrite(2);
  const plan = await store.createPlan({ pupil: pupil(2), plan: planFor(pupil(2), 3) });

  expect(network.lost()).toBe(1);
  const targets = (await itemsOf('targets')).filter((item) => item.fields['PlanId'] === plan.id);
  expect(targets).toHaveLength(3);
  expect(plan.shortTermTargets.map((target) => target.id).sort()).toEqual(targets.map((t) => t.id).sort());
});

/**
 * The lost create did land, so a colleague could open the plan and change the new target before the
 * user saved again. Sending the user's (unchanged) copy then must not put the colleague's work back.
 */
const lostTargetChangedByColleague = async (pupilIndex: number, localId: string, text: string) => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed
    .storeFor(SENCO)
    .createPlan({ pupil: pupil(pupilIndex), plan: planFor(pupil(pupilIndex), 1) });
  const { plan } = await store.openPlan(created.id);
  const target = newTarget(localId, text, []);
  const edited: Plan = { ...plan, shortTermTargets: [...plan.shortTermTargets, target] };
  network.loseWrite(1);
  await expect(store.savePlan(edited, plan)).rejects.toThrow();

  const colleague = bed.storeFor(TEACHER);
  const theirs = await colleague.openPlan(created.id);
  const stored = theirs.plan.shortTermTargets.find((t) => t.text === text);
  if (!stored) throw new Error('The lost create did not land.');
  const comment = 'Managed twelve words in the first week';
  const byColleague = await colleague.savePlan(
    {
      ...theirs.plan,
      shortTermTargets: theirs.plan.shortTermTargets.map((t) =>
        t.id === stored.id ? { ...t, outcomeComment: comment } : t,
      ),
    },
    theirs.plan,
  );
  expect(byColleague.conflicts).toEqual([]);
  return { store, plan, target, storedId: stored.id, comment };
};

test("a colleague's change to a target whose create answer was lost survives the user saving again", async () => {
  const text = 'By Easter the pupil will write three sentences';
  const { store, plan, target, storedId, comment } = await lostTargetChangedByColleague(
    0,
    'new-lost-5',
    text,
  );

  const again = await store.savePlan({ ...plan, shortTermTargets: [...plan.shortTermTargets, target] }, plan);

  const stored = await titled('targets', text);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.fields['OutcomeComment']).toBe(comment);
  // The user is shown the colleague's version to compare, and the target keeps its stored id.
  expect(again.conflicts.map((c) => c.item)).toContainEqual({ kind: 'target', id: storedId });
  expect(again.plan.shortTermTargets.find((t) => t.text === text)?.id).toBe(storedId);
});

test('after a lost create, only what the user changed since is written when nobody else touched it', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed.storeFor(SENCO).createPlan({ pupil: pupil(1), plan: planFor(pupil(1), 1) });
  const { plan } = await store.openPlan(created.id);
  const target = newTarget('new-lost-6', 'By Easter the pupil will tie both shoelaces', []);
  network.loseWrite(1);
  await expect(
    store.savePlan({ ...plan, shortTermTargets: [...plan.shortTermTargets, target] }, plan),
  ).rejects.toThrow();

  const again = await store.savePlan(
    { ...plan, shortTermTargets: [...plan.shortTermTargets, { ...target, deliveredBy: 'Mrs Khan (TA)' }] },
    plan,
  );

  // The plan item moved on under the lost save's own dashboard counts; the target itself is no conflict.
  expect(again.conflicts.filter((c) => c.item.kind !== 'plan')).toEqual([]);
  expect(again.failures).toEqual([]);
  const stored = await titled('targets', target.text);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.fields['DeliveredBy']).toBe('Mrs Khan (TA)');
});

test('when the answer to the update of a found target is lost too, saving a third time still stores it once', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed.storeFor(SENCO).createPlan({ pupil: pupil(2), plan: planFor(pupil(2), 1) });
  const { plan } = await store.openPlan(created.id);
  const target = newTarget('new-lost-7', 'By Easter the pupil will count back from twenty', []);
  network.loseWrite(1);
  await expect(
    store.savePlan({ ...plan, shortTermTargets: [...plan.shortTermTargets, target] }, plan),
  ).rejects.toThrow();

  // Changed since, so the second save updates the item it finds; that answer is lost as well.
  const changed: Plan = {
    ...plan,
    shortTermTargets: [...plan.shortTermTargets, { ...target, frequency: 'Daily' }],
  };
  network.loseWrite(1);
  await expect(store.savePlan(changed, plan)).rejects.toThrow();
  expect(network.lost()).toBe(2);

  const third = await store.savePlan(changed, plan);

  expect(third.failures).toEqual([]);
  const stored = await titled('targets', target.text);
  expect(stored).toHaveLength(1);
  expect(stored[0]?.fields['Frequency']).toBe('Daily');
  expect(third.plan.shortTermTargets.find((t) => t.text === target.text)?.id).toBe(stored[0]?.id);
});

test('a target found after a lost answer is found again when the save that found it loses its answer too', async () => {
  const network = losingNetwork();
  const store = bed.storeThrough(SENCO, network.fetch);
  const created = await bed.storeFor(SENCO).createPlan({ pupil: pupil(3), plan: planFor(pupil(3), 1) });
  const { plan } = await store.openPlan(created.id);
  const target = newTarget('new-lost-8', 'By Easter the pupil will name the days of the week', []);
  const edited: Plan = { ...plan, shortTermTargets: [...plan.shortTermTargets, target] };
  network.loseWrite(1);
  await expect(store.savePlan(edited, plan)).rejects.toThrow();
  // "Save again" finds the target, but the plan's own write in that save loses its answer as well.
  network.loseWrite(1);
  await expect(store.savePlan(edited, plan)).rejects.toThrow();
  expect(network.lost()).toBe(2);

  const third = await store.savePlan(edited, plan);

  expect(third.failures).toEqual([]);
  const stored = await titled('targets', target.text);
  expect(stored).toHaveLength(1);
  expect(third.plan.shortTermTargets.find((t) => t.text === target.text)?.id).toBe(stored[0]?.id);
});
