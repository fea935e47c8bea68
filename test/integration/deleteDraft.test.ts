import { EditConflict, Invalid, NotFound, type Pupil } from '../../src/domain';
import { loadClassStaff } from '../../src/graph/directory/classStaff';
import type { SharePointIepStore } from '../../src/graph/sharepoint/store';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_4, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let senco: SharePointIepStore;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  senco = bed.storeFor(SENCO);
  pupils = await senco.addPupils(registerEntries(YEAR_4, 'Year 4 Otters', 3));
});
afterAll(() => bed.close());

const pupil = (index: number): Pupil => pupils[index] as Pupil;
const itemCount = async (list: 'plans' | 'targets' | 'evidence'): Promise<number> => {
  const id = bed.lists.listIds[list] ?? '';
  const page = (await bed.clientFor(SENCO).api(`/sites/${bed.siteId}/lists/${id}/items`).top(500).get()) as {
    value: unknown[];
  };
  return page.value.length;
};

describe('deleting a draft plan', () => {
  test('deletes the plan item first, then its targets and evidence in one $batch, all with If-Match', async () => {
    const plan = planFor(pupil(0), 3);
    const withEvidence = {
      ...plan,
      shortTermTargets: plan.shortTermTargets.map((t, i) =>
        i === 0
          ? {
              ...t,
              evidence: [
                {
                  id: 'e-new' as never,
                  date: '2026-02-09',
                  rating: 2,
                  note: 'First go',
                  recordedBy: 'Priya',
                },
              ],
            }
          : t,
      ),
    };
    const before = { plans: await itemCount('plans'), targets: await itemCount('targets') };
    const created = await senco.createPlan({ pupil: pupil(0), plan: withEvidence });
    const { plan: draft } = await senco.openPlan(created.id);
    expect(draft.shortTermTargets[0]?.evidence).toHaveLength(1);

    bed.requests.length = 0;
    await senco.deleteDraft(draft);

    const batches = bed.requests.filter((r) => r.url.endsWith('/$batch'));
    expect(bed.requests).toHaveLength(2);
    const [first, second] = batches.map(
      (r) => (r.body as { requests: { method: string; headers?: object }[] }).requests,
    );
    expect(first?.map((r) => r.method)).toEqual(['DELETE']);
    expect(second?.map((r) => r.method)).toEqual(['DELETE', 'DELETE', 'DELETE', 'DELETE']);
    expect([...(first ?? []), ...(second ?? [])].every((r) => r.headers && 'If-Match' in r.headers)).toBe(
      true,
    );
    await expect(senco.openPlan(draft.id)).rejects.toBeInstanceOf(NotFound);
    expect(await itemCount('plans')).toBe(before.plans);
    expect(await itemCount('targets')).toBe(before.targets);
  });

  test('refuses an active plan, and a draft someone saved since it was read, deleting nothing', async () => {
    const created = await senco.createPlan({ pupil: pupil(1), plan: planFor(pupil(1), 2) });
    const { plan: draft } = await senco.openPlan(created.id);
    await expect(senco.deleteDraft({ ...draft, status: 'active' })).rejects.toBeInstanceOf(Invalid);

    const teacher = bed.storeFor(TEACHER);
    const theirs = await teacher.savePlan({ ...draft, childInput: 'Talked to Chen' }, draft);
    expect(theirs.conflicts).toEqual([]);
    bed.requests.length = 0;
    const refused = await senco.deleteDraft(draft).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(EditConflict);
    // The refusal shows what the colleague saved (never "deleted by them"), read in one more request.
    expect((refused as EditConflict<{ childInput: string }>).theirs?.childInput).toBe('Talked to Chen');
    expect(bed.requests.map((request) => request.subStatuses)).toEqual([[412], [200, 200, 200]]);
    const reopened = await senco.openPlan(draft.id);
    expect(reopened.plan.shortTermTargets).toHaveLength(2);
    expect(reopened.plan.childInput).toBe('Talked to Chen');
  });

  test('deleting again after a lost answer finishes the job instead of failing', async () => {
    const created = await senco.createPlan({ pupil: pupil(2), plan: planFor(pupil(2), 2) });
    const { plan: draft } = await senco.openPlan(created.id);
    await senco.deleteDraft(draft);
    await expect(senco.deleteDraft(draft)).resolves.toBeUndefined();
  });
});

describe('the class staff lookup for a new plan', () => {
  test("reads the class team's owners and the user's job title in one request", async () => {
    bed.requests.length = 0;
    const staff = await loadClassStaff(bed.clientFor(SENCO), YEAR_4);
    expect(bed.requests).toHaveLength(1);
    expect(staff.myJobTitle).toBe('SENCO');
    expect(staff.ownersKnown).toBe(true);
    expect(staff.owners.map((o) => o.email).sort()).toEqual([
      'james.patel@oakfield.example',
      'senco@oakfield.example',
    ]);
  });

  test('a team the user cannot read gives no owners, not a failure', async () => {
    const staff = await loadClassStaff(bed.clientFor(SENCO), '00000000-0000-0000-0000-000000000000');
    expect(staff).toEqual({ owners: [], myJobTitle: 'SENCO', ownersKnown: false });
  });
});
