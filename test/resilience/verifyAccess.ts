import { NotFound, type PlanId } from '../../src/domain';
import { describe } from './attempts';
import { personaOf, storeFor, YEAR_3_TEAM, YEAR_4_TEAM, type UserKey } from './users';
import type { Reader } from './verifyItems';

/**
 * No access leak: after everything the run did (pupils' items created in their folders through lost
 * answers and throttling), each care team still reaches only its own class. Another class's dashboard is
 * empty and each of its plans is "not found", as SharePoint answers for what a user may not read.
 */
export const verifyAccess = async (reader: Reader): Promise<string[]> => {
  const problems: string[] = [];
  const outsiders: readonly { key: UserKey; classTeamId: typeof YEAR_3_TEAM; planIds: readonly PlanId[] }[] =
    [
      { key: 'teacher', classTeamId: YEAR_4_TEAM, planIds: reader.world.otherPlanIds },
      { key: 'assistant', classTeamId: YEAR_4_TEAM, planIds: reader.world.otherPlanIds },
      { key: 'otherTeacher', classTeamId: YEAR_3_TEAM, planIds: reader.world.planIds },
    ];
  for (const { key, classTeamId, planIds } of outsiders) {
    const persona = personaOf(key);
    const store = storeFor(reader.clientOf(persona.email), reader.world, persona, true);
    const board = await store.loadClass(classTeamId);
    if (board.pupils.length > 0 || board.plans.length > 0)
      problems.push(
        `LEAK: ${persona.name} sees ${board.pupils.length} pupils and ${board.plans.length} plans of another class`,
      );
    for (const planId of planIds) {
      try {
        await store.openPlan(planId);
        problems.push(`LEAK: ${persona.name} opened plan ${planId} of another class`);
      } catch (error) {
        if (!(error instanceof NotFound))
          problems.push(`${persona.name} opening another class's plan ${planId}: ${describe(error)}`);
      }
    }
  }
  return problems;
};
