import {
  asClassTeamId,
  asTargetId,
  RegisterEntrySchema,
  type ClassTeamId,
  type IepStore,
  type Plan,
  type Pupil,
  type RegisterEntry,
  type RegisterWrite,
} from '../../src/domain';
import { planFor } from '../integration/support/pupils';
import { buildReview } from '../support/planBuilder';

/** What the contract's register cases need of its world. */
export interface RegisterWorld {
  readonly store: IepStore;
  readonly userName: string;
}

let classes = 0;
/** A class team of the test's own, so each case sees only the pupils it imported. */
const newClass = (name: string): { id: ClassTeamId; displayName: string } => {
  classes += 1;
  return { id: asClassTeamId(`register-contract-${classes}`), displayName: `${name} ${classes}` };
};

const entry = (pupilRef: string, className: string, change: Partial<RegisterEntry> = {}): RegisterEntry =>
  RegisterEntrySchema.parse({
    givenName: 'Amara',
    familyName: `Okafor ${pupilRef}`,
    dateOfBirth: '2017-03-14',
    pupilRef,
    yearGroup: 'Year 3',
    className,
    senStatus: 'K',
    primaryNeed: 'SLCN',
    ...change,
  });

const newRows = (refs: readonly string[], team: { id: ClassTeamId; displayName: string }): RegisterWrite[] =>
  refs.map((ref) => ({ entry: entry(ref, team.displayName), classTeamId: team.id, existing: null }));

const update = (pupil: Pupil, change: Partial<RegisterEntry>): RegisterWrite => ({
  entry: entry(pupil.pupilRef, pupil.className, { ...change, familyName: pupil.familyName }),
  classTeamId: pupil.classTeamId,
  existing: pupil,
});

export const describeRegisterContract = (world: () => RegisterWorld): void =>
  describe('the register: import and the new school year', () => {
    const pupilsIn = async (team: { id: ClassTeamId }): Promise<readonly Pupil[]> =>
      (await world().store.loadClass(team.id)).pupils;

    test('an import adds new pupils and updates known ones, each with "imported" in its history', async () => {
      const team = newClass('Year 3 Kestrels');
      const progress: [number, number][] = [];
      const first = await world().store.importRegister(newRows(['C101', 'C102'], team), (done, total) =>
        progress.push([done, total]),
      );
      expect(first.added.map((p) => p.pupilRef).sort()).toEqual(['C101', 'C102']);
      expect(first.added.every((p) => p.etag !== undefined)).toBe(true);
      expect(first.added[0]?.history.map((h) => [h.kind, h.by])).toEqual([['imported', world().userName]]);
      expect(progress.at(-1)).toEqual([2, 2]);

      const [amara] = first.added as [Pupil];
      const second = await world().store.importRegister([
        update(amara, { senStatus: 'E', primaryNeed: 'ASD' }),
      ]);
      expect([second.added, second.conflicts, second.failures]).toEqual([[], [], []]);
      expect(second.updated.map((p) => [p.id, p.senStatus, p.history.length])).toEqual([[amara.id, 'E', 2]]);
      const stored = (await pupilsIn(team)).find((p) => p.id === amara.id);
      expect([stored?.senStatus, stored?.primaryNeed]).toEqual(['E', 'ASD']);
    });

    test('the same rows imported twice add nothing the second time, even from the first preview', async () => {
      const team = newClass('Year 4 Herons');
      const rows = newRows(['C201', 'C202', 'C203'], team);
      await world().store.importRegister(rows);
      const again = await world().store.importRegister(rows);
      expect([again.added, again.updated, again.conflicts, again.failures]).toEqual([[], [], [], []]);
      const stored = await pupilsIn(team);
      expect(stored.map((p) => p.pupilRef).sort()).toEqual(['C201', 'C202', 'C203']);
      const unchanged = await world().store.importRegister(stored.map((pupil) => update(pupil, {})));
      expect([unchanged.added, unchanged.updated]).toEqual([[], []]);
      expect(await pupilsIn(team)).toHaveLength(3);
    });

    test('a pupil someone changed since the preview is a conflict with their version, not overwritten', async () => {
      const team = newClass('Year 5 Owls');
      const [read] = (await world().store.importRegister(newRows(['C301'], team))).added as [Pupil];
      await world().store.importRegister([update(read, { yearGroup: 'Year 6' })]);
      const stale = await world().store.importRegister([update(read, { senStatus: 'N', primaryNeed: null })]);
      expect([stale.updated, stale.failures]).toEqual([[], []]);
      expect(stale.conflicts.map((c) => [c.item, (c.theirs as Pupil | null)?.yearGroup])).toEqual([
        [{ kind: 'pupil', id: read.id }, 'Year 6'],
      ]);
      const [stored] = await pupilsIn(team);
      expect([stored?.yearGroup, stored?.senStatus]).toEqual(['Year 6', 'K']);
    });

    test("an import that moves a pupil to another class takes their current plan to that class's dashboard", async () => {
      const from = newClass('Year 4 Otters');
      const to = newClass('Year 4 Herons');
      const [maja] = (await world().store.importRegister(newRows(['C501'], from))).added as [Pupil];
      const plan = await world().store.createPlan({ pupil: maja, plan: planFor(maja, 1) });

      const moved = await world().store.importRegister([
        {
          entry: entry(maja.pupilRef, to.displayName, { familyName: maja.familyName }),
          classTeamId: to.id,
          existing: maja,
        },
      ]);

      expect([moved.updated.length, moved.conflicts, moved.failures]).toEqual([1, [], []]);
      const herons = await world().store.loadClass(to.id);
      expect(herons.plans.map((p) => [p.id, p.pupil.className])).toEqual([[plan.id, to.displayName]]);
      expect((await world().store.loadClass(from.id)).plans).toEqual([]);
    });

    test('the rollover moves pupils and their current plans to the new class; closed versions stay', async () => {
      const from = newClass('Year 2 Robins');
      const to = newClass('Year 3 Robins');
      const [ana, ben] = (await world().store.importRegister(newRows(['C401', 'C402'], from))).added as [
        Pupil,
        Pupil,
      ];
      const anaPlan = await world().store.createPlan({ pupil: ana, plan: planFor(ana, 1) });
      const benPlan = await world().store.createPlan({ pupil: ben, plan: planFor(ben, 1) });
      const next: Plan = {
        ...benPlan,
        status: 'active',
        shortTermTargets: [
          {
            ...(benPlan.shortTermTargets[0] as Plan['shortTermTargets'][number]),
            id: asTargetId('carry-r'),
            etag: undefined,
            evidence: [],
          },
        ],
      };
      const { closed, opened } = await world().store.commitNextVersion(benPlan, next, {
        ...buildReview(benPlan, { status: 'completed' }),
        etag: undefined,
      });

      const progress: [number, number][] = [];
      const result = await world().store.rolloverClasses([{ from: from.id, to }], (done, total) =>
        progress.push([done, total]),
      );
      expect([result.pupilsMoved, result.plansMoved, result.conflicts, result.failures]).toEqual([
        2,
        2,
        [],
        [],
      ]);
      expect(progress.at(-1)).toEqual([4, 4]);

      const now = await world().store.loadClass(to.id);
      expect(now.pupils.map((p) => [p.id, p.className])).toEqual(
        expect.arrayContaining([
          [ana.id, to.displayName],
          [ben.id, to.displayName],
        ]),
      );
      expect(now.plans.map((p) => p.id).sort()).toEqual([anaPlan.id, opened.id].sort());
      expect(now.plans.every((p) => p.pupil.classTeamId === to.id)).toBe(true);
      const before = await world().store.loadClass(from.id);
      expect([before.pupils, before.plans]).toEqual([[], []]);
      const versions = await world().store.listVersions(benPlan.seriesId);
      expect(versions.find((v) => v.id === closed.id)?.pupil.classTeamId).toBe(from.id);

      const again = await world().store.rolloverClasses([{ from: from.id, to }]);
      expect([again.pupilsMoved, again.plansMoved]).toEqual([0, 0]);
    });
  });
