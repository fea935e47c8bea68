/**
 * A plan's history comes from SharePoint's own item versions (the stand-in keeps them as SharePoint
 * does), so it names whoever really made each change, whatever a client wrote in UpdatedBy.
 */
import type { Pupil } from '../../src/domain';
import { describePlanHistory } from '../../src/app/usecases/history/planChanges';
import { internalsOf } from '../../dev/standin/internals';
import { ItemVersions } from '../../dev/standin/sharepoint/itemVersions';
import { SharePointLists } from '../../dev/standin/sharepoint/sharePointLists';
import { planFor, registerEntries } from './support/pupils';
import { SENCO, startTestbed, TEACHER, YEAR_5, type Testbed } from './support/iepTestbed';

let bed: Testbed;
let pupils: readonly Pupil[];

beforeAll(async () => {
  bed = await startTestbed();
  pupils = await bed.storeFor(SENCO).addPupils(registerEntries(YEAR_5, 'Year 5 Foxes', 2));
});
afterAll(() => bed.close());

const directoryName = async (user: { email: string }): Promise<string> =>
  ((await bed.clientFor(user).api('/me').get()) as { displayName: string }).displayName;

test('after two people edit a target, its history names both as SharePoint recorded them, not a forged UpdatedBy', async () => {
  const senco = bed.storeFor(SENCO);
  const forger = bed.storeFor(TEACHER);
  const pupil = pupils[0] as Pupil;
  const created = await senco.createPlan({ pupil, plan: planFor(pupil, 2) });
  const first = await senco.savePlan(
    {
      ...created,
      shortTermTargets: created.shortTermTargets.map((t, i) =>
        i === 0 ? { ...t, strategies: 'Word cards' } : t,
      ),
    },
    created,
  );
  const opened = (await forger.openPlan(created.id)).plan;
  const second = await forger.savePlan(
    {
      ...opened,
      shortTermTargets: opened.shortTermTargets.map((t, i) => (i === 0 ? { ...t, frequency: 'Daily' } : t)),
    },
    opened,
  );
  expect([first.conflicts, second.conflicts]).toEqual([[], []]);
  // Any client can write a name of its choosing into the app's own UpdatedBy column: here the teacher
  // changes the parents' views and puts the SENCO's name on it.
  const planFields = `/sites/${bed.siteId}/lists/${bed.lists.listIds.plans as string}/items/${created.id}/fields`;
  await bed
    .clientFor(TEACHER)
    .api(planFields)
    .patch({ ParentViews: 'Reading at bedtime', UpdatedBy: SENCO.name });
  const stored = (await bed.clientFor(SENCO).api(planFields).get()) as { UpdatedBy: string };
  expect(stored.UpdatedBy).toBe(SENCO.name);

  const before = bed.requests.length;
  const changes = describePlanHistory(await senco.planHistory(created.id));
  // The plan with its targets and evidence, then every version list in one `$batch`.
  expect(
    bed.requests.slice(before).map((request) => `${request.method} ${new URL(request.url).pathname}`),
  ).toEqual(['POST /v1.0/$batch', 'POST /v1.0/$batch']);

  const [teacher, sencoName] = [await directoryName(TEACHER), await directoryName(SENCO)];
  const targetEdits = changes.filter((change) => change.kind === 'target-edited');
  expect(targetEdits.map((change) => [change.by, change.paths])).toEqual([
    [teacher, [['shortTermTargets', 0, 'frequency']]],
    [sencoName, [['shortTermTargets', 0, 'strategies']]],
  ]);
  expect(changes.find((change) => change.kind === 'plan-edited')).toMatchObject({
    by: teacher,
    paths: [['parentViews']],
  });
  expect(changes.at(-1)?.kind).toBe('plan-started');
  expect(teacher).not.toBe(SENCO.name);
});

test('a withdrawn target and new evidence show in the history', async () => {
  const senco = bed.storeFor(SENCO);
  const pupil = pupils[1] as Pupil;
  const created = await senco.createPlan({ pupil, plan: planFor(pupil, 2) });
  const [kept, dropped] = created.shortTermTargets;
  if (!kept || !dropped) throw new Error('planFor made two targets');
  const evidence = { id: 'new-e' as never, date: '2026-11-20', rating: 3, note: 'Read 8', recordedBy: 'Tom' };
  const withEvidence = await senco.savePlan(
    { ...created, shortTermTargets: [{ ...kept, evidence: [evidence] }, dropped] },
    created,
  );
  await senco.savePlan(
    { ...withEvidence.plan, shortTermTargets: withEvidence.plan.shortTermTargets.slice(0, 1) },
    withEvidence.plan,
  );
  const kinds = describePlanHistory(await senco.planHistory(created.id)).map((change) => [
    change.kind,
    change.target,
  ]);
  expect(kinds).toContainEqual(['target-withdrawn', dropped.text]);
  expect(kinds).toContainEqual(['evidence-added', kept.text]);
});

test('the stand-in answers listItem versions in Graph’s shapes, keeps none with versioning off, and 404s an unknown item', async () => {
  const graph = bed.clientFor(SENCO);
  const listId = bed.lists.listIds.targets as string;
  const base = `/sites/${bed.siteId}/lists/${listId}/items`;
  const made = (await graph.api(base).post({ fields: { Title: 'First words', PlanId: '1' } })) as {
    id: string;
  };
  await graph.api(`${base}/${made.id}/fields`).patch({ Title: 'Second words' });

  const listed = (await graph.api(`${base}/${made.id}/versions`).expand('fields').get()) as {
    value: { id: string; lastModifiedBy: { user: { displayName: string } }; fields: { Title: string } }[];
  };
  expect(listed.value.map((version) => [version.id, version.fields.Title])).toEqual([
    ['2.0', 'Second words'],
    ['1.0', 'First words'],
  ]);
  expect(listed.value[1]?.lastModifiedBy.user.displayName).toBe(await directoryName(SENCO));
  const one = (await graph.api(`${base}/${made.id}/versions/1.0`).get()) as Record<string, unknown>;
  expect([one['id'], 'fields' in one]).toEqual(['1.0', false]);
  const fields = (await graph.api(`${base}/${made.id}/versions/1.0/fields`).get()) as { Title: string };
  expect(fields.Title).toBe('First words');
  await expect(graph.api(`${base}/424242/versions`).get()).rejects.toMatchObject({ statusCode: 404 });
  await expect(graph.api(`${base}/${made.id}/versions/9.0`).get()).rejects.toMatchObject({ statusCode: 404 });

  const services = internalsOf(bed.standIn).services;
  const site = services.directory.sites.get(bed.siteId);
  if (!site) throw new Error('The testbed site is in the directory.');
  const list = SharePointLists.of(services).findList(site, listId);
  ItemVersions.of(services).setVersioning(list, false);
  await graph.api(`${base}/${made.id}/fields`).patch({ Title: 'Third words' });
  const after = (await graph.api(`${base}/${made.id}/versions`).get()) as { value: { id: string }[] };
  // The change made with versioning off kept nothing of version 2; versions kept before stay.
  expect(after.value.map((version) => version.id)).toEqual(['3.0', '1.0']);
  ItemVersions.of(services).setVersioning(list, true);
});
