import vm from 'node:vm';
import { describe, type OpContext } from './attempts';
import type { Ledger } from './ledger';
import { moveReview, scheduleReview } from './meetingOps';
import { addEvidence, addTarget, editField } from './planOps';

import type { Random } from './random';
import { tryChangingTargets } from './refusedOps';
import type { ScenarioUser, World } from './users';

interface Operation {
  readonly name: string;
  readonly weight: number;
  run(ctx: OpContext): Promise<void>;
}

/** The mix of what the SENCO and the class teachers do, by weight. */
const OPERATIONS: readonly Operation[] = [
  { name: 'edit a field', weight: 45, run: editField },
  { name: 'add evidence', weight: 18, run: addEvidence },
  { name: 'add a target', weight: 10, run: addTarget },
  { name: 'schedule a review', weight: 12, run: scheduleReview },
  { name: 'move a review', weight: 15, run: moveReview },
];

/**
 * A teaching assistant's: evidence, the one thing SharePoint lets their care-team role write
 * (docs/ACCESS.md), and now and then a change to targets that it must refuse.
 */
const ASSISTANT_OPERATIONS: readonly Operation[] = [
  { name: 'add evidence', weight: 80, run: addEvidence },
  { name: 'change targets (refused)', weight: 20, run: tryChangingTargets },
];

const chooseOperation = (random: Random, user: ScenarioUser): Operation => {
  const operations = user.key === 'assistant' ? ASSISTANT_OPERATIONS : OPERATIONS;
  let roll = random.next() * operations.reduce((sum, op) => sum + op.weight, 0);
  for (const op of operations) {
    roll -= op.weight;
    if (roll < 0) return op;
  }
  return operations[0] as Operation;
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
  ledger.planned = ledger.operations + options.operations;
  let started = 0;
  const work = async (user: ScenarioUser): Promise<void> => {
    while (started < options.operations && !ledger.halted) {
      started += 1;
      ledger.operations += 1;
      user.step += 1;
      const op = chooseOperation(user.random, user);
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
