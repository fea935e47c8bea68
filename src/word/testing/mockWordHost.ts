/**
 * A stand-in for Word built on office-addin-mock, for the adapter tests and the benchmark. The
 * mock knows nothing of the Word API, so the objects the adapter uses are described here:
 * `Word.run`, `context.sync`, `document.getSelection().insertOoxml` and
 * `document.contentControls.getByTag` with collections that, like Word's, must be loaded and
 * synced before their `items` (and each item's loaded properties) can be read.
 * Not product code: nothing under src/ outside tests and scripts imports it.
 */
import { OfficeMockObject } from 'office-addin-mock';

/** A content control in the pretend document; `children` are the controls nested inside it. */
export interface FakeControl {
  readonly tag: string;
  readonly text: string;
  readonly children?: readonly FakeControl[];
}

export interface RecordedInsert {
  /** `selection`, or the tag of the content control written to. */
  readonly target: string;
  readonly ooxml: string;
  readonly location: string;
  /** Which `context.sync()` sent it to the document (1-based). */
  readonly batch: number;
}

export interface MockWordHost {
  /** Sets `globalThis.Word` to the mock; `restore` puts back whatever was there. */
  install(): void;
  restore(): void;
  readonly syncCount: number;
  readonly inserts: readonly RecordedInsert[];
  /** Tags passed to `getByTag`, in call order. */
  readonly tagQueries: readonly string[];
}

const notLoaded = (what: string): Error =>
  new Error(
    `PropertyNotLoaded: the property '${what}' is not available. Call load() and context.sync() before reading it.`,
  );

interface MockContext {
  sync(): Promise<void>;
}

export const createMockWordHost = (controls: readonly FakeControl[] = []): MockWordHost => {
  let syncCount = 0;
  const inserts: RecordedInsert[] = [];
  const tagQueries: string[] = [];
  /** Collections whose load() is queued and becomes readable at the next sync. */
  const pending: (() => void)[] = [];

  const descendants = (list: readonly FakeControl[]): FakeControl[] =>
    list.flatMap((control) => [control, ...descendants(control.children ?? [])]);

  const collectionOf = (members: readonly FakeControl[]) => {
    let loaded: ReadonlySet<string> | null = null;
    const proxies = members.map((control) => ({
      get tag(): string {
        if (!loaded?.has('tag')) throw notLoaded('tag');
        return control.tag;
      },
      get text(): string {
        if (!loaded?.has('text')) throw notLoaded('text');
        return control.text;
      },
      contentControls: collectionOf(descendants(control.children ?? [])),
      insertOoxml(ooxml: string, location: string) {
        inserts.push({ target: control.tag, ooxml, location, batch: syncCount + 1 });
      },
    }));
    const collection = {
      load(properties: string) {
        const wanted = new Set(properties.split(',').map((p) => p.trim()));
        pending.push(() => {
          loaded = new Set([...(loaded ?? []), ...wanted]);
        });
        return collection;
      },
      get items() {
        if (loaded === null) throw notLoaded('items');
        return proxies;
      },
    };
    return collection;
  };

  const selection = {
    insertOoxml(ooxml: string, location: string) {
      inserts.push({ target: 'selection', ooxml, location, batch: syncCount + 1 });
    },
  };

  const mock = new OfficeMockObject({
    context: {
      document: {
        getSelection: () => selection,
        contentControls: {
          getByTag: (tag: string) => {
            tagQueries.push(tag);
            return collectionOf(descendants(controls).filter((c) => c.tag === tag));
          },
        },
      },
    },
    run: async <T>(callback: (context: unknown) => Promise<T>): Promise<T> => callback(word.context),
  });
  const word = mock as unknown as { context: MockContext; run: unknown };
  const mockSync = word.context.sync.bind(word.context);
  word.context.sync = async () => {
    syncCount += 1;
    pending.splice(0).forEach((apply) => apply());
    await mockSync();
  };

  let previous: unknown;
  return {
    install() {
      previous = (globalThis as { Word?: unknown }).Word;
      (globalThis as { Word?: unknown }).Word = word;
    },
    restore() {
      (globalThis as { Word?: unknown }).Word = previous;
    },
    get syncCount() {
      return syncCount;
    },
    inserts,
    tagQueries,
  };
};
