import vm from 'node:vm';

/**
 * A process-level `unhandledRejection` trap for a test file. A promise that rejects with nobody
 * listening is an error the user never sees (a save that silently did not happen), so every test
 * in the file fails if one is raised while it runs or just after.
 *
 * Jest gives each test file a copy of `process` whose listeners Node never calls; the real process
 * object is the global of the main context, which `vm.runInThisContext` evaluates in.
 */
const realProcess = (): NodeJS.Process => vm.runInThisContext('process') as NodeJS.Process;

/** Lets pending promise jobs settle, so a rejection from the test just run is reported before we look. */
const settle = async (): Promise<void> => {
  // setTimeout, not setImmediate: the jsdom environment has no setImmediate.
  for (let i = 0; i < 3; i += 1) await new Promise<void>((resolve) => setTimeout(resolve, 0));
};

export const trapUnhandledRejections = (): { readonly seen: readonly unknown[] } => {
  const seen: unknown[] = [];
  const onRejection = (reason: unknown): void => {
    seen.push(reason);
  };
  beforeAll(() => {
    realProcess().on('unhandledRejection', onRejection);
  });
  afterEach(async () => {
    await settle();
    const found = seen.splice(0, seen.length);
    expect(found.map((reason) => (reason instanceof Error ? reason.message : String(reason)))).toEqual([]);
  });
  afterAll(() => {
    realProcess().off('unhandledRejection', onRejection);
  });
  return { seen };
};
