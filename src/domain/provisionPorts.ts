import type { EditConflict } from './errors';
import type { PupilId } from './ids';
import type { ItemFailure, ItemProblem, ProgressReport } from './ports';
import type {
  ChildGroupTarget,
  GroupPlan,
  NewGroupPlan,
  NewPlacement,
  NewProvision,
  Placement,
  Provision,
  TermKey,
} from './provision';
import type { Pupil } from './pupil';

/** What the provision map of one term is drawn from, read in at most three Graph requests. */
export interface ProvisionMapData {
  /** The whole catalogue, retired provisions included (a past term may use them). */
  readonly provisions: readonly Provision[];
  /** Every placement of the term. */
  readonly placements: readonly Placement[];
  readonly groupPlans: readonly GroupPlan[];
  /** Pupils on the active register (the map's year groups and classes, names for the cost statement). */
  readonly pupils: readonly Pupil[];
  readonly problems: readonly ItemProblem[];
}

export interface PlacementsResult {
  readonly added: readonly Placement[];
  readonly failures: readonly ItemFailure[];
}

/** One pupil's provisions: every term's placements, their provisions and their group plans. */
export interface PupilProvisions {
  readonly placements: readonly Placement[];
  readonly provisions: readonly Provision[];
  readonly groupPlans: readonly GroupPlan[];
}

/**
 * The school's provision: the catalogue (SEN leads write it), pupils on provisions per term and group
 * plans. Saves are under If-Match: a save over someone else's newer one is an EditConflict.
 */
export interface ProvisionStore {
  listProvisions(): Promise<{
    readonly provisions: readonly Provision[];
    readonly problems: readonly ItemProblem[];
  }>;
  loadProvisionMap(term: TermKey): Promise<ProvisionMapData>;
  createProvision(provision: NewProvision): Promise<Provision>;
  /** EditConflict when someone saved it since `base` was read. */
  saveProvision(edited: Provision, base: Provision): Promise<Provision>;
  /** Puts pupils on a provision: each created once even when an answer is lost, in `$batch`es of 20. */
  addPlacements(placements: readonly NewPlacement[], onProgress?: ProgressReport): Promise<PlacementsResult>;
  /** Dates, group, scores and outcomes; EditConflict when someone saved it since `base`. */
  savePlacement(edited: Placement, base: Placement): Promise<Placement>;
  /** Takes a pupil off a provision they were put on by mistake (never one with scores or outcomes). */
  removePlacement(placement: Placement): Promise<void>;
  createGroupPlan(plan: NewGroupPlan): Promise<GroupPlan>;
  saveGroupPlan(edited: GroupPlan, base: GroupPlan): Promise<GroupPlan>;
  pupilProvisions(pupilId: PupilId): Promise<PupilProvisions>;
}

export type { EditConflict, ChildGroupTarget };
