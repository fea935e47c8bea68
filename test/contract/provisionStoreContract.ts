import {
  EditConflict,
  Invalid,
  asGroupTargetId,
  type NewPlacement,
  type NewProvision,
  type Placement,
  type ProvisionStore,
  type Pupil,
} from '../../src/domain';

/**
 * What every ProvisionStore does, as the people using the provision map would notice it: run against
 * the in-memory fake the component tests use and against the SharePoint store on the Graph stand-in,
 * so the fake cannot drift from the real thing unnoticed.
 */
export interface ProvisionWorld {
  /** A SEN lead; `colleague` is another one on the same data. */
  readonly store: ProvisionStore;
  readonly colleague: ProvisionStore;
  /** At least six pupils on the active register, in two classes. */
  readonly pupils: readonly Pupil[];
  /** Graph requests sent so far, where they are counted (the SharePoint store); null for the fake. */
  requestsSent(): number | null;
  close(): Promise<void>;
}

const SPRING = '2026-01-05';
const SUMMER = '2026-04-20';

export const phonicsGroup = (overrides: Partial<NewProvision> = {}): NewProvision => ({
  name: 'Phonics catch-up group',
  areaOfNeed: 'cognition-and-learning',
  delivery: 'group',
  groupSize: 6,
  staffRole: 'teaching-assistant',
  staffNames: ['Tom Bennett'],
  sessionsPerWeek: 3,
  minutesPerSession: 30,
  weeksPerTerm: 10,
  costPerHourPence: 1850,
  resourcesCostPence: 4500,
  description: 'Daily-style phonics review, new sound, blending and a decodable book.',
  entryExit: { name: 'Phonics screening score (0-40)', higherIsBetter: true },
  ...overrides,
});

const placementOf = (
  provisionId: string,
  pupil: Pupil,
  overrides: Partial<NewPlacement> = {},
): NewPlacement => ({
  provisionId: provisionId as NewPlacement['provisionId'],
  pupilId: pupil.id,
  term: SPRING,
  start: SPRING,
  end: '2026-03-27',
  group: 1,
  ...overrides,
});

const failureOf = (promise: Promise<unknown>): Promise<unknown> =>
  promise.then(
    () => new Error('expected a failure'),
    (error: unknown) => error,
  );

export const describeProvisionStoreContract = (name: string, start: () => Promise<ProvisionWorld>): void =>
  describe(`ProvisionStore contract: ${name}`, () => {
    let world: ProvisionWorld;
    beforeAll(async () => {
      world = await start();
    });
    afterAll(() => world.close());

    const pupil = (index: number): Pupil => {
      const found = world.pupils[index];
      if (!found) throw new Error(`No pupil ${index}.`);
      return found;
    };

    describe('the catalogue', () => {
      test('a new provision has an id and an eTag and lists with everything it was given', async () => {
        const created = await world.store.createProvision(phonicsGroup({ name: 'Catalogue: phonics' }));
        expect(created.id).toBeTruthy();
        expect(created.etag).toBeTruthy();
        const { provisions } = await world.colleague.listProvisions();
        const listed = provisions.find((p) => p.id === created.id);
        expect(listed).toEqual(created);
        expect(listed?.costPerHourPence).toBe(1850);
        expect(listed?.staffNames).toEqual(['Tom Bennett']);
        expect(listed?.entryExit).toEqual({ name: 'Phonics screening score (0-40)', higherIsBetter: true });
      });

      test('a provision with no sessions is refused at the field, and nothing is made', async () => {
        const before = (await world.store.listProvisions()).provisions.length;
        const error = await failureOf(
          world.store.createProvision(phonicsGroup({ name: 'Catalogue: none a week', sessionsPerWeek: 0 })),
        );
        expect(error).toBeInstanceOf(Invalid);
        expect((error as Invalid).issues).toEqual([
          { path: 'sessionsPerWeek', message: 'Sessions per week must be at least 1.' },
        ]);
        expect((await world.store.listProvisions()).provisions).toHaveLength(before);
      });

      test('a save lands under its eTag; a colleague saving over it from the old copy is a conflict with it', async () => {
        const created = await world.store.createProvision(phonicsGroup({ name: 'Catalogue: saved' }));
        const saved = await world.store.saveProvision(
          { ...created, minutesPerSession: 40, retired: true },
          created,
        );
        expect(saved.etag).not.toBe(created.etag);
        const error = await failureOf(
          world.colleague.saveProvision({ ...created, costPerHourPence: 2000 }, created),
        );
        expect(error).toBeInstanceOf(EditConflict);
        expect((error as EditConflict).theirs).toMatchObject({ minutesPerSession: 40, retired: true });
        const listed = (await world.store.listProvisions()).provisions.find((p) => p.id === created.id);
        expect(listed).toMatchObject({ minutesPerSession: 40, retired: true, costPerHourPence: 1850 });
      });
    });

    describe('pupils on a provision', () => {
      test('five pupils from two classes are added with progress, and the term’s map shows them, not the next', async () => {
        const provision = await world.store.createProvision(phonicsGroup({ name: 'Placements: five' }));
        const five = [0, 1, 2, 3, 4].map((i) => placementOf(provision.id, pupil(i)));
        const progress: string[] = [];
        const result = await world.store.addPlacements(five, (done, total) =>
          progress.push(`${done}/${total}`),
        );
        expect(result.failures).toEqual([]);
        expect(result.added.map((p) => p.pupilId).sort()).toEqual(five.map((p) => p.pupilId).sort());
        expect(result.added.every((p) => p.id && p.etag)).toBe(true);
        expect(progress.at(-1)).toBe('5/5');

        const map = await world.colleague.loadProvisionMap(SPRING);
        const mine = map.placements.filter((p) => p.provisionId === provision.id);
        expect(mine.map((p) => p.pupilId).sort()).toEqual(five.map((p) => p.pupilId).sort());
        expect(map.provisions.some((p) => p.id === provision.id)).toBe(true);
        expect(map.pupils.map((p) => p.id)).toEqual(expect.arrayContaining(five.map((p) => p.pupilId)));
        const summer = await world.colleague.loadProvisionMap(SUMMER);
        expect(summer.placements.filter((p) => p.provisionId === provision.id)).toEqual([]);
      });

      test('adding a pupil again makes no second placement: same dates count as added, other dates are refused', async () => {
        const provision = await world.store.createProvision(phonicsGroup({ name: 'Placements: again' }));
        const first = await world.store.addPlacements([placementOf(provision.id, pupil(0))]);
        const again = await world.store.addPlacements([
          placementOf(provision.id, pupil(0)),
          placementOf(provision.id, pupil(1), { start: '2026-02-23' }),
          placementOf(provision.id, pupil(1), { start: '2026-02-23' }),
        ]);
        expect(again.added.map((p) => p.id)).toContain(first.added[0]?.id);
        expect(again.failures.map((f) => f.item.id)).toEqual([pupil(1).id]);
        const later = await world.store.addPlacements([
          placementOf(provision.id, pupil(0), { start: '2026-02-23' }),
        ]);
        expect(later.added).toEqual([]);
        expect(later.failures[0]?.message).toMatch(/already on this provision this term/);
        const map = await world.store.loadProvisionMap(SPRING);
        expect(map.placements.filter((p) => p.provisionId === provision.id)).toHaveLength(2);
      });

      test('a placement with an impossible end date is refused at its field, and nothing is added', async () => {
        const provision = await world.store.createProvision(phonicsGroup({ name: 'Placements: bad date' }));
        const error = await failureOf(
          world.store.addPlacements([placementOf(provision.id, pupil(0), { end: '2026-02-30' })]),
        );
        expect(error).toBeInstanceOf(Invalid);
        expect((error as Invalid).issues.map((i) => i.path)).toEqual(['0.end']);
      });

      test('entry and exit scores save under If-Match; a stale copy is a conflict; one with scores stays', async () => {
        const provision = await world.store.createProvision(phonicsGroup({ name: 'Placements: scores' }));
        const [placement] = (await world.store.addPlacements([placementOf(provision.id, pupil(2))])).added;
        if (!placement) throw new Error('not added');
        const scored = await world.store.savePlacement(
          { ...placement, entryScore: 12, exitScore: 27.5 },
          placement,
        );
        expect(scored.etag).not.toBe(placement.etag);
        const stale = await failureOf(
          world.colleague.savePlacement({ ...placement, exitScore: 30 }, placement),
        );
        expect(stale).toBeInstanceOf(EditConflict);
        expect((stale as EditConflict<Placement>).theirs).toMatchObject({ entryScore: 12, exitScore: 27.5 });
        expect(await failureOf(world.store.removePlacement(scored))).toBeInstanceOf(Invalid);
        const map = await world.store.loadProvisionMap(SPRING);
        expect(map.placements.find((p) => p.id === placement.id)).toMatchObject({
          entryScore: 12,
          exitScore: 27.5,
        });
      });

      test('a pupil put on by mistake is taken off; from a stale copy it is a conflict', async () => {
        const provision = await world.store.createProvision(phonicsGroup({ name: 'Placements: removed' }));
        const { added } = await world.store.addPlacements([
          placementOf(provision.id, pupil(3)),
          placementOf(provision.id, pupil(4)),
        ]);
        const [mistake, other] = added as [Placement, Placement];
        await world.store.removePlacement(mistake);
        // A colleague taking it off too finds it done.
        await expect(world.colleague.removePlacement(mistake)).resolves.toBeUndefined();
        const gone = await failureOf(world.colleague.savePlacement({ ...mistake, entryScore: 3 }, mistake));
        expect(gone).toBeInstanceOf(EditConflict);
        expect((gone as EditConflict).theirs).toBeNull();
        const moved = await world.store.savePlacement({ ...other, group: 2 }, other);
        expect(await failureOf(world.colleague.removePlacement(other))).toBeInstanceOf(EditConflict);
        const map = await world.store.loadProvisionMap(SPRING);
        expect(map.placements.filter((p) => p.provisionId === provision.id)).toEqual([moved]);
      });
    });

    describe('group plans and a pupil’s provisions', () => {
      test('a group plan’s shared targets, each child’s own outcome, and each pupil’s provisions', async () => {
        const provision = await world.store.createProvision(phonicsGroup({ name: 'Group: shared' }));
        const other = await world.store.createProvision(phonicsGroup({ name: 'Group: other' }));
        const { added } = await world.store.addPlacements([
          placementOf(provision.id, pupil(0)),
          placementOf(provision.id, pupil(1)),
          placementOf(provision.id, pupil(5), { group: 2 }),
        ]);
        const targets = [
          {
            id: asGroupTargetId('gt-1'),
            area: 'literacy' as const,
            text: 'Blend CVC words',
            successCriteria: '',
            targetDate: null,
          },
          {
            id: asGroupTargetId('gt-2'),
            area: 'literacy' as const,
            text: 'Read 20 tricky words',
            successCriteria: '',
            targetDate: '2026-03-27',
          },
        ];
        const plan = await world.store.createGroupPlan({
          provisionId: provision.id,
          term: SPRING,
          group: 1,
          targets,
        });
        await world.store.createGroupPlan({ provisionId: provision.id, term: SPRING, group: 2, targets: [] });
        await world.store.createGroupPlan({ provisionId: other.id, term: SPRING, group: 1, targets: [] });
        expect(plan.targets.map((t) => t.text)).toEqual(['Blend CVC words', 'Read 20 tricky words']);
        const reviewed = await world.store.saveGroupPlan({ ...plan, reviewDate: '2026-03-20' }, plan);
        expect(await failureOf(world.colleague.saveGroupPlan({ ...plan, targets: [] }, plan))).toBeInstanceOf(
          EditConflict,
        );

        const [first, second] = added as [Placement, Placement];
        await world.store.savePlacement(
          { ...first, outcomes: { 'gt-1': { outcome: 'achieved', comment: 'Secure.' } } },
          first,
        );
        await world.store.savePlacement(
          { ...second, outcomes: { 'gt-1': { outcome: 'partly-achieved', comment: '' } } },
          second,
        );

        const mine = await world.colleague.pupilProvisions(pupil(0).id);
        expect(mine.provisions.map((p) => p.id)).toContain(provision.id);
        expect(mine.provisions.map((p) => p.id)).not.toContain(other.id);
        expect(mine.groupPlans.filter((g) => g.provisionId === provision.id)).toEqual([reviewed]);
        expect(mine.placements.find((p) => p.provisionId === provision.id)?.outcomes).toEqual({
          'gt-1': { outcome: 'achieved', comment: 'Secure.' },
        });
        const theirs = await world.colleague.pupilProvisions(pupil(1).id);
        expect(theirs.placements.find((p) => p.provisionId === provision.id)?.outcomes['gt-1']?.outcome).toBe(
          'partly-achieved',
        );
        const groupTwo = await world.colleague.pupilProvisions(pupil(5).id);
        expect(groupTwo.groupPlans.map((g) => g.group)).toEqual([2]);
      });

      test('a pupil on no provision has none', async () => {
        const none = await world.store.pupilProvisions('no-such-pupil' as Pupil['id']);
        expect(none).toEqual({ placements: [], provisions: [], groupPlans: [] });
      });
    });

    describe('requests', () => {
      test('a term’s map is read in at most three Graph requests; a pupil’s provisions in at most two', async () => {
        const before = world.requestsSent();
        await world.store.loadProvisionMap(SPRING);
        const afterMap = world.requestsSent();
        await world.store.pupilProvisions(pupil(0).id);
        const afterPupil = world.requestsSent();
        if (before === null || afterMap === null || afterPupil === null) return;
        expect(afterMap - before).toBeLessThanOrEqual(3);
        expect(afterPupil - afterMap).toBeLessThanOrEqual(2);
      });
    });
  });
