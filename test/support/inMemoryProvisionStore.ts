import {
  EditConflict,
  Invalid,
  issuesFromZod,
  type GroupPlan,
  type ItemFailure,
  type ItemRef,
  type Placement,
  type ProvisionStore,
  type Provision,
  type Pupil,
  type PupilId,
} from '../../src/domain';
import { GroupPlanSchema, PlacementSchema, ProvisionSchema } from '../../src/domain/provision';

/**
 * The in-memory ProvisionStore for component tests. It behaves as the SharePoint one does where a caller
 * can tell: ids and eTags assigned by the store, saves under If-Match refused with EditConflict, values
 * checked by the domain's schemas, and the map's pupils those on the active register.
 */
export interface InMemoryProvisionStore extends ProvisionStore {
  /** Pupils the map reads (the register); a test sets them. */
  setPupils(pupils: readonly Pupil[]): void;
}

const NewPlacementSchema = PlacementSchema.omit({ id: true, etag: true });

const etagOf = (id: string, version: number): string => `"${id},${version}"`;
const bump = (etag: string | undefined, id: string): string =>
  etagOf(id, Number(/,(\d+)"$/.exec(etag ?? '')?.[1] ?? '0') + 1);

const parsed = <T>(
  schema: { safeParse(v: unknown): { success: true; data: T } | { success: false; error: unknown } },
  value: unknown,
  item: ItemRef,
): T => {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new Invalid(issuesFromZod(result.error as Parameters<typeof issuesFromZod>[0]), item);
};

/** Runs `make` as an answer: a refusal it throws is a rejected promise, as the SharePoint store's are. */
const answer = <T>(make: () => T | Promise<T>): Promise<T> => new Promise((resolve) => resolve(make()));

export const createInMemoryProvisionStore = (): InMemoryProvisionStore => {
  let nextId = 1;
  const newId = (prefix: string) => `${prefix}-${nextId++}`;
  const provisions = new Map<string, Provision>();
  const placements = new Map<string, Placement>();
  const groupPlans = new Map<string, GroupPlan>();
  let pupils: readonly Pupil[] = [];

  const saveOver = <T extends { id: string; etag?: string | undefined }>(
    map: Map<string, T>,
    kind: ItemRef['kind'],
    schema: Parameters<typeof parsed<T>>[0],
    edited: T,
    base: T,
  ): Promise<T> => {
    const ref = { kind, id: edited.id };
    const stored = map.get(edited.id);
    // As SharePoint's PATCH of an item gone: a conflict with nothing of theirs, for the user to resolve.
    if (!stored) return Promise.reject(new EditConflict(ref, null, null));
    if (stored.etag !== base.etag) return Promise.reject(new EditConflict(ref, stored, stored.etag ?? null));
    return answer(() => {
      const saved = parsed(schema, { ...edited, etag: bump(stored.etag, edited.id) }, ref);
      map.set(saved.id, saved);
      return saved;
    });
  };

  return {
    setPupils: (list) => {
      pupils = list;
    },
    listProvisions: () => Promise.resolve({ provisions: [...provisions.values()], problems: [] }),
    loadProvisionMap: (term) =>
      Promise.resolve({
        provisions: [...provisions.values()],
        placements: [...placements.values()].filter((p) => p.term === term),
        groupPlans: [...groupPlans.values()].filter((g) => g.term === term),
        pupils: pupils.filter((p) => p.registerStatus === 'active'),
        problems: [],
      }),
    createProvision: (provision) =>
      answer(() => {
        const id = newId('provision');
        const saved = parsed<Provision>(
          ProvisionSchema,
          { ...provision, id, etag: etagOf(id, 1) },
          { kind: 'provision', id },
        );
        provisions.set(id, saved);
        return saved;
      }),
    saveProvision: (edited, base) => saveOver(provisions, 'provision', ProvisionSchema, edited, base),
    addPlacements: (list, onProgress) =>
      answer(() => {
        const added: Placement[] = [];
        const failures: ItemFailure[] = [];
        const checked = list.map((placement, index) => {
          const result = NewPlacementSchema.safeParse(placement);
          if (result.success) return result.data;
          throw new Invalid(
            issuesFromZod(result.error).map((issue) => ({ ...issue, path: `${index}.${issue.path}` })),
          );
        });
        // As SharePoint's: a pupil is on a provision once a term, found again rather than made twice.
        const seen = new Set<string>();
        for (const placement of checked) {
          const key = `${placement.provisionId}/${placement.pupilId}/${placement.term}`;
          const item = { kind: 'pupil' as const, id: placement.pupilId };
          const there = [...placements.values()].find(
            (p) => `${p.provisionId}/${p.pupilId}/${p.term}` === key,
          );
          if (seen.has(key)) failures.push({ item, status: 409, message: 'This pupil is listed twice.' });
          else if (
            there &&
            there.start === placement.start &&
            there.end === placement.end &&
            there.group === placement.group
          )
            added.push(there);
          else if (there)
            failures.push({
              item,
              status: 409,
              message: 'This pupil is already on this provision this term.',
            });
          else {
            const id = newId('placement');
            const saved = parsed<Placement>(
              PlacementSchema,
              { ...placement, id, etag: etagOf(id, 1) },
              { kind: 'placement', id },
            );
            placements.set(id, saved);
            added.push(saved);
          }
          seen.add(key);
          onProgress?.(added.length + failures.length, list.length);
        }
        return { added, failures };
      }),
    savePlacement: (edited, base) => saveOver(placements, 'placement', PlacementSchema, edited, base),
    removePlacement: (placement) => {
      const ref = { kind: 'placement' as const, id: placement.id };
      if (
        placement.entryScore !== null ||
        placement.exitScore !== null ||
        Object.keys(placement.outcomes).length > 0
      )
        return Promise.reject(
          new Invalid(
            [{ path: 'placement', message: 'Scores or outcomes are recorded: it stays as a record.' }],
            ref,
          ),
        );
      const stored = placements.get(placement.id);
      // As SharePoint's DELETE: one already taken off (by a colleague) is done, not an error.
      if (!stored) return Promise.resolve();
      if (stored.etag !== placement.etag)
        return Promise.reject(new EditConflict(ref, stored, stored.etag ?? null));
      placements.delete(placement.id);
      return Promise.resolve();
    },
    createGroupPlan: (plan) =>
      answer(() => {
        const id = newId('group-plan');
        const saved = parsed<GroupPlan>(
          GroupPlanSchema,
          { ...plan, id, etag: etagOf(id, 1) },
          { kind: 'group-plan', id },
        );
        groupPlans.set(id, saved);
        return saved;
      }),
    saveGroupPlan: (edited, base) => saveOver(groupPlans, 'group-plan', GroupPlanSchema, edited, base),
    pupilProvisions: (pupilId: PupilId) => {
      const mine = [...placements.values()].filter((p) => p.pupilId === pupilId);
      const ids = new Set(mine.map((p) => p.provisionId));
      return Promise.resolve({
        placements: mine,
        provisions: [...provisions.values()].filter((p) => ids.has(p.id)),
        groupPlans: [...groupPlans.values()].filter((g) =>
          mine.some((p) => p.provisionId === g.provisionId && p.term === g.term && p.group === g.group),
        ),
      });
    },
  };
};
