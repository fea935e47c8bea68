import vm from 'node:vm';
import { describe, type OpContext } from './attempts';
import type { Ledger } from './ledger';
import { moveReview, scheduleReview } from './meetingOps';
import { addEvidence, addTarget, editField } from './planOps';
import type { Random } from './random';
import type { ScenarioUser, World } from './users';

/** The mix of what the three users do, by weight. */
const OPERATIONS: readonly { name: string; weight: number; run: (ctx: OpContext) => Promise<void> }[] = [
  { name: 'edit a field', weight: 45, run: editField },
  { name: 'add evidence', weight: 18, run: addEvidence },
  { name: 'add a target', weight: 10, run: addTarget },
  { name: 'schedule a review', weight: 12, run: scheduleReview },
  { name: 'move a review', weight: 15, run: moveReview },
];
const TOTAL_WEIGHT = OPERATIONS.reduce((sum, op) => sum + op.weight, 0);

const chooseOperation = (random: Random): (typeof OPERATIONS)[number] => {
  let roll = random.next() * TOTAL_WEIGHT;
  for (const op of OPERATIONS) {
    roll -= op.weight;
    if (roll < 0) return op;
  }
  return OPERATIONS[0] as (typeof OPERATIONS)[number];
};

/**
 * The users work at once, each doing one thing at a time, until `operations` have been started
 * between them. `tag` (e.g. `r1`) keeps this run's markers apart from another run's on the same data.
 */
export const runOperations = async (options: {
  readonly users: readonly ScenarioUser[];
  readonly ledger: Ledger;
  readonly world: World;
  readonly tag: string;
  readonly operations: number;
}): Promise<void> => {
  const { ledger } = options;
  let started = 0;
  const work = async (user: ScenarioUser): Promise<void> => {
    while (started < options.operations && !ledger.halted) {
      started += 1;
      ledger.operations += 1;
      user.step += 1;
      const op = chooseOperation(user.random);
      ledger.operationsByKind[op.name] = (ledger.operationsByKind[op.name] ?? 0) + 1;
      const ctx: OpContext = {
        user,
        ledger,
        world: options.world,
        step: user.step,
        token: `${options.tag}.${user.key}.${user.step}`,
      };
      try {
        await op.run(ctx);
      } catch (error) {
        ledger.violations.push(`${user.persona.name} (step ${user.step}) ${op.name}: ${describe(error)}`);
      }
    }
  };
  await Promise.all(options.users.map(work));
};

/**
 * Process-level: a promise that rejects with nobody listening is a save that failed without anyone
 * being told. Jest hands each test file a copy of `process` that Node never calls, so the listener
 * goes on the real one (the main context's global).
 */
export const watchUnhandledRejections = (): { readonly seen: unknown[]; stop(): Promise<string[]> } => {
  const realProcess = vm.runInThisContext('process') as NodeJS.Process;
  const seen: unknown[] = [];
  const listener = (reason: unknown): void => {
    seen.push(reason);
  };
  realProcess.on('unhandledRejection', listener);
  return {
    seen,
    stop: async () => {
      for (let i = 0; i < 3; i += 1) await new Promise<void>((resolve) => setTimeout(resolve, 10));
      realProcess.off('unhandledRejection', listener);
      return seen.map((reason) => `UNHANDLED REJECTION: ${describe(reason)}`);
    },
  };
};
