/**
 * A stand-in for Word built on office-addin-mock, for the adapter tests and the benchmark. The
 * mock knows nothing of the Word API, so the objects the adapter uses are described here:
 * `Word.run`, `context.sync`, `document.getSelection()` (with `insertOoxml` and the
 * `parent…OrNullObject` properties that say where the cursor is), `document.contentControls` (all of
 * them, or `getByTag`), `document.body.search`, and `insertParagraph` after a control or a table.
 * As in Word, collections and properties must be loaded and synced before they are read, and an
 * `…OrNullObject` answers `isNullObject` only after a sync.
 *
 * `install` also sets office.js's `Office` global: `Office.context.document` with `url` and
 * `addHandlerAsync` for `DocumentSelectionChanged`, which the pane uses to learn where the cursor is
 * before Insert is pressed. As in Office, a handler fires only once its `addHandlerAsync` callback
 * reported success (never while the registration is pending, never after a failed one), and
 * `moveCursor` is how a test clicks somewhere else in the document.
 * Not product code: nothing under src/ outside tests and scripts imports it.
 */
import { OfficeMockObject } from 'office-addin-mock';

/** A content control in the pretend document; `children` are the controls nested inside it. */
export interface FakeControl {
  readonly tag: string;
  readonly text: string;
  /** The proofing language of its text as Word names it (`Word.LanguageId`), e.g. `Welsh`; English by default. */
  readonly language?: string;
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

/**
 * Whether this Word reports selection changes: `supported`; `refused` (addHandlerAsync answers
 * failed, as a host without the DocumentEvents set may); `absent` (no addHandlerAsync at all).
 */
export type SelectionEvents = 'supported' | 'refused' | 'absent';

export interface MockWordHostOptions {
  readonly selectionEvents?: SelectionEvents;
  /** `Office.context.document.url`: where the document is saved (null: never saved). */
  readonly url?: string | null;
  /**
   * Word on Windows or Mac (WordApiDesktop 1.3: a range's `languageId`); by default Word on the
   * web, which cannot say what language text is in.
   */
  readonly desktop?: boolean;
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
  /** Tags the add-in set on existing controls, with the sync that sent them. */
  readonly tagWrites: readonly { readonly from: string; readonly to: string; readonly batch: number }[];
  /** Selection-change handlers Word confirmed and has not removed. */
  readonly selectionHandlers: number;
  /** The teacher clicks elsewhere: the cursor moves and every confirmed handler is told. */
  moveCursor(cursor: FakeCursor): void;
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
  options: MockWordHostOptions = {},
): MockWordHost => {
  const document = asDocument(documentOrControls);
  const controls = document.controls ?? [];
  let cursor: FakeCursor = document.cursor ?? {};
  let syncCount = 0;
  const inserts: RecordedInsert[] = [];
  const tagQueries: string[] = [];
  const cursorMoves: { to: string; batch: number }[] = [];
  const tagWrites: { from: string; to: string; batch: number }[] = [];
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
      set tag(to: string) {
        tagWrites.push({ from: control?.tag ?? '(null object)', to, batch: syncCount + 1 });
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
        const range = loadable({ languageId: control?.language ?? 'EnglishUK' });
        return {
          load(properties: string) {
            if (!options.desktop) throw new Error('ApiNotFound: languageId needs WordApiDesktop 1.3.');
            range.load(properties);
          },
          get languageId() {
            return range.read('languageId');
          },
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
    return (cursor.insideTags ?? []).map((tag) => all.find((c) => c.tag === tag) ?? { tag, text: '' });
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
      const isNull = nullState(!cursor.inTableCell);
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

  const office = mockOffice(options);
  let previous: { word?: unknown; office?: unknown } = {};
  const globals = globalThis as { Word?: unknown; Office?: unknown };
  return {
    install() {
      previous = { word: globals.Word, office: globals.Office };
      globals.Word = word;
      globals.Office = office.global;
    },
    restore() {
      globals.Word = previous.word;
      globals.Office = previous.office;
    },
    moveCursor(next: FakeCursor) {
      cursor = next;
      office.fireSelectionChanged();
    },
    get selectionHandlers() {
      return office.handlerCount();
    },
    tagWrites,
    get syncCount() {
      return syncCount;
    },
    inserts,
    tagQueries,
    cursorMoves,
  };
};

const EVENT_TYPE = { DocumentSelectionChanged: 'documentSelectionChanged' } as const;

type Handler = (args: { type: string }) => void;
type Callback = (result: { status: string; error?: { name: string; message: string } }) => void;

/** The slice of office.js's `Office` global the pane uses, with selection events as `options` says. */
const mockOffice = (options: MockWordHostOptions) => {
  const confirmed = new Set<Handler>();
  const events = options.selectionEvents ?? 'supported';
  const addHandlerAsync = (eventType: string, handler: Handler, callback?: Callback) => {
    if (eventType !== EVENT_TYPE.DocumentSelectionChanged) throw new Error(`unexpected event ${eventType}`);
    // Office answers later, never during the call: the handler is live from the callback on.
    queueMicrotask(() => {
      if (events === 'refused') {
        callback?.({
          status: 'failed',
          error: { name: 'Event not supported', message: 'This event is not supported here.' },
        });
        return;
      }
      confirmed.add(handler);
      callback?.({ status: 'succeeded' });
    });
  };
  const removeHandlerAsync = (_eventType: string, remove: { handler?: Handler }, callback?: Callback) => {
    if (remove.handler) confirmed.delete(remove.handler);
    else confirmed.clear();
    queueMicrotask(() => callback?.({ status: 'succeeded' }));
  };
  const documentApi = {
    url: options.url ?? null,
    ...(events === 'absent' ? {} : { addHandlerAsync, removeHandlerAsync }),
  };
  return {
    global: {
      EventType: EVENT_TYPE,
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      context: {
        document: documentApi,
        // The Word stand-in has every set the adapter asks for.
        requirements: {
          isSetSupported: (name: string) =>
            name === 'WordApi' || (name === 'WordApiDesktop' && options.desktop === true),
        },
      },
    },
    fireSelectionChanged: () =>
      [...confirmed].forEach((handler) => handler({ type: EVENT_TYPE.DocumentSelectionChanged })),
    handlerCount: () => confirmed.size,
  };
};
