/**
 * A stand-in for Word built on office-addin-mock, for the adapter tests and the benchmark. The
 * mock knows nothing of the Word API, so the objects the adapter uses are described here:
 * `Word.run`, `context.sync`, `document.getSelection()` (with `insertOoxml` and the
 * `parent…OrNullObject` properties that say where the cursor is), `document.contentControls` (all of
 * them, or `getByTag`), `document.body.search`, and `insertParagraph` after a control or a table.
 * As in Word, collections and properties must be loaded and synced before they are read, and an
 * `…OrNullObject` answers `isNullObject` only after a sync.
 * Not product code: nothing under src/ outside tests and scripts imports it.
 */
import { OfficeMockObject } from 'office-addin-mock';

/** A content control in the pretend document; `children` are the controls nested inside it. */
export interface FakeControl {
  readonly tag: string;
  readonly text: string;
  readonly children?: readonly FakeControl[];
}

/** Where the cursor is: inside these controls (outermost first) and/or in a table cell. */
export interface FakeCursor {
  readonly insideTags?: readonly string[];
  readonly inTableCell?: boolean;
}

export interface FakeDocument {
  readonly controls?: readonly FakeControl[];
  readonly cursor?: FakeCursor;
  /** The document's text outside the controls, for `body.search`. */
  readonly bodyText?: string;
}

export interface RecordedInsert {
  /**
   * `selection`; the tag of the content control written to; `after:<tag>` for a new paragraph
   * after a control; `after:table` for one after the table around the cursor.
   */
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
  /** Where the add-in moved the cursor, e.g. `before:<tag>`, with the sync that sent it. */
  readonly cursorMoves: readonly { readonly to: string; readonly batch: number }[];
}

const notLoaded = (what: string): Error =>
  new Error(
    `PropertyNotLoaded: the property '${what}' is not available. Call load() and context.sync() before reading it.`,
  );

interface MockContext {
  sync(): Promise<void>;
}

const descendants = (list: readonly FakeControl[]): FakeControl[] =>
  list.flatMap((control) => [control, ...descendants(control.children ?? [])]);

const asDocument = (document: FakeDocument | readonly FakeControl[]): FakeDocument =>
  Array.isArray(document) ? { controls: document } : (document as FakeDocument);

export const createMockWordHost = (
  documentOrControls: FakeDocument | readonly FakeControl[] = [],
): MockWordHost => {
  const document = asDocument(documentOrControls);
  const controls = document.controls ?? [];
  let syncCount = 0;
  const inserts: RecordedInsert[] = [];
  const tagQueries: string[] = [];
  const cursorMoves: { to: string; batch: number }[] = [];
  /** Loads queued since the last sync; they become readable at the next one. */
  const pending: (() => void)[] = [];
  const record = (target: string, ooxml: string, location: string) =>
    inserts.push({ target, ooxml, location, batch: syncCount + 1 });

  /** `isNullObject`, readable only once a sync has passed since the object was asked for. */
  const nullState = (isNull: boolean) => {
    const askedAt = syncCount;
    return () => {
      if (syncCount === askedAt) throw notLoaded('isNullObject');
      return isNull;
    };
  };

  /** Properties readable after `load(names)` and a sync. */
  const loadable = (values: Readonly<Record<string, string>>) => {
    let loaded: ReadonlySet<string> = new Set();
    return {
      load(properties: string) {
        const wanted = properties.split(',').map((p) => p.trim());
        pending.push(() => {
          loaded = new Set([...loaded, ...wanted]);
        });
      },
      read(name: string): string {
        if (!loaded.has(name)) throw notLoaded(name);
        return values[name] ?? '';
      },
    };
  };

  const paragraphAfter = (target: string) => ({
    insertOoxml(ooxml: string, location: string) {
      record(target, ooxml, location);
    },
  });

  /** A content control, or the null object Word returns where there is none. */
  const controlProxy = (control: FakeControl | null, ancestors: readonly FakeControl[] = []): unknown => {
    const props = loadable({ tag: control?.tag ?? '', text: control?.text ?? '' });
    const isNull = nullState(control === null);
    const self = {
      get isNullObject() {
        return isNull();
      },
      load(properties: string) {
        props.load(properties);
        return self;
      },
      get tag() {
        return props.read('tag');
      },
      get text() {
        return props.read('text');
      },
      get parentContentControlOrNullObject() {
        const parent = ancestors.at(-1) ?? null;
        return controlProxy(parent, ancestors.slice(0, -1));
      },
      get contentControls() {
        return collectionOf(descendants(control?.children ?? []));
      },
      insertOoxml(ooxml: string, location: string) {
        record(control?.tag ?? '(null object)', ooxml, location);
      },
      insertParagraph(_text: string, location: string) {
        return paragraphAfter(`${location.toLowerCase()}:${control?.tag ?? '(null object)'}`);
      },
      getRange(location: string) {
        return {
          select() {
            cursorMoves.push({
              to: `${location.toLowerCase()}:${control?.tag ?? '(null object)'}`,
              batch: syncCount + 1,
            });
          },
        };
      },
    };
    return self;
  };

  const collectionOf = (members: readonly FakeControl[]) => {
    let loaded = false;
    const proxies = members.map((member) => controlProxy(member) as { load(p: string): unknown });
    const collection = {
      load(properties: string) {
        proxies.forEach((proxy) => proxy.load(properties));
        pending.push(() => {
          loaded = true;
        });
        return collection;
      },
      get items() {
        if (!loaded) throw notLoaded('items');
        return proxies;
      },
    };
    return collection;
  };

  const matchesOf = (found: number) => {
    let loaded = false;
    const collection = {
      load() {
        pending.push(() => {
          loaded = true;
        });
        return collection;
      },
      get items() {
        if (!loaded) throw notLoaded('items');
        return Array.from({ length: found }, () => ({}));
      },
    };
    return collection;
  };

  const allText = [document.bodyText ?? '', ...descendants(controls).map((c) => c.text)].join('\n');
  const occurrences = (text: string): number =>
    text === '' ? 0 : allText.toLowerCase().split(text.toLowerCase()).length - 1;

  const cursorControls = (): FakeControl[] => {
    const all = descendants(controls);
    return (document.cursor?.insideTags ?? []).map(
      (tag) => all.find((c) => c.tag === tag) ?? { tag, text: '' },
    );
  };

  const selection = {
    insertOoxml(ooxml: string, location: string) {
      record('selection', ooxml, location);
    },
    get parentContentControlOrNullObject() {
      const around = cursorControls();
      return controlProxy(around.at(-1) ?? null, around.slice(0, -1));
    },
    get parentTableCellOrNullObject() {
      const isNull = nullState(!document.cursor?.inTableCell);
      return {
        get isNullObject() {
          return isNull();
        },
      };
    },
    get parentTable() {
      return {
        insertParagraph: (_text: string, location: string) =>
          paragraphAfter(`${location.toLowerCase()}:table`),
      };
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
        body: {
          search: (text: string) => matchesOf(occurrences(text.replace(/\^\^/g, '^'))),
        },
      },
    },
    run: async <T>(callback: (context: unknown) => Promise<T>): Promise<T> => callback(word.context),
  });
  const word = mock as unknown as {
    context: MockContext & { document: { contentControls: object } };
    run: unknown;
  };
  // The whole document's controls, loadable as one collection, alongside `getByTag`.
  const everyControl = collectionOf(descendants(controls));
  Object.assign(word.context.document.contentControls, { load: everyControl.load });
  Object.defineProperty(word.context.document.contentControls, 'items', { get: () => everyControl.items });
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
    cursorMoves,
  };
};
