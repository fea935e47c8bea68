import type { AppServices } from '../../services';
import {
  PlanPeopleSchema,
  terminologyFor,
  type ClassStaff,
  type Plan,
  type Pupil,
  type PupilId,
} from '../../../domain';
import { unsavedPlan } from './newPlan';
import { prefillPeople } from './prefillPeople';

export interface StartedPlan {
  readonly plan: Plan;
  readonly pupil: Pupil;
  /** Tells the user whom they must add themselves, when the class team could not be read. */
  readonly note: string | null;
}

const NO_TEACHER =
  'The class teacher could not be looked up in Teams. Add them under People before you save, so the plan appears in their "My pupils".';

/**
 * A new plan for a pupil, in the editor only: reads the pupil from the register and the class team's
 * owners, and writes nothing. A class team that cannot be read still gives a plan, without its teacher.
 */
export const openNewPlan = async (services: AppServices, pupilId: PupilId): Promise<StartedPlan> => {
  const pupil = await services.store.findPupil(pupilId);
  const staff: ClassStaff | null = await services.findClassStaff(pupil.classTeamId).catch(() => null);
  const people = prefillPeople(
    PlanPeopleSchema.parse({}),
    staff,
    services.currentUser,
    terminologyFor(services.settings.nation).coordinatorTitle,
  );
  return {
    plan: unsavedPlan(pupil, services.settings, services.clock, people),
    pupil,
    note: staff?.ownersKnown && people.classTeacher ? null : NO_TEACHER,
  };
};
