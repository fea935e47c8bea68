import fs from 'node:fs';
import path from 'node:path';

/**
 * Durable named collections for the stand-in: every change is appended to a journal and fsynced before the
 * HTTP response that acknowledges it is sent (`flush()`), so nothing acknowledged is lost on `kill -9`.
 *
 * On disk: `snapshot.ndjson` (a header line with the generation, then one line per record) and
 * `journal-<generation>.ndjson` (the changes made since that snapshot). Opening replays both and compacts them
 * into a new snapshot; so does a journal that outgrows the snapshot. The new journal file exists before the new
 * snapshot is renamed into place, so a crash at any step leaves a consistent pair.
 *
 * Values are JSON and treated as immutable: to change a record, `put` a new object.
 */
export interface Collection<T> {
  readonly name: string;
  readonly size: number;
  get(key: string): T | undefined;
  has(key: string): boolean;
  put(key: string, value: T): void;
  delete(key: string): boolean;
  values(): IterableIterator<T>;
  keys(): IterableIterator<string>;
}

interface JournalLine {
  c: string;
  k?: string;
  v?: unknown;
  /** 1 = delete the key; 2 = drop the whole collection. */
  d?: 1 | 2;
}

export interface JournalStoreOptions {
  /** Compact once the journal is larger than this and larger than the last snapshot. */
  compactMinBytes?: number;
}

const SNAPSHOT = 'snapshot.ndjson';
const SNAPSHOT_TMP = 'snapshot.ndjson.tmp';
const journalName = (generation: number): string => `journal-${generation}.ndjson`;
const CHUNK_CHARS = 1 << 20;

export class JournalStore {
  private readonly data = new Map<string, Map<string, unknown>>();
  private pending: string[] = [];
  private journalFd = -1;
  private generation = 0;
  private journalBytes = 0;
  private snapshotBytes = 0;
  private readonly compactMinBytes: number;

  private constructor(
    private readonly dir: string,
    options: JournalStoreOptions,
  ) {
    this.compactMinBytes = options.compactMinBytes ?? 8 * 1024 * 1024;
  }

  static open(dir: string, options: JournalStoreOptions = {}): JournalStore {
    fs.mkdirSync(dir, { recursive: true });
    const store = new JournalStore(dir, options);
    store.load();
    store.compact();
    return store;
  }

  collection<T>(name: string): Collection<T> {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the collection view writes through its store
    const store = this;
    const records = (): Map<string, T> => (store.data.get(name) ?? new Map()) as Map<string, T>;
    return {
      name,
      get size() {
        return records().size;
      },
      get: (key) => records().get(key),
      has: (key) => records().has(key),
      put: (key, value) => store.apply({ c: name, k: key, v: value }),
      delete: (key) => {
        if (!records().has(key)) return false;
        store.apply({ c: name, k: key, d: 1 });
        return true;
      },
      values: () => records().values(),
      keys: () => records().keys(),
    };
  }

  collectionNames(): string[] {
    return [...this.data.keys()];
  }

  dropCollection(name: string): void {
    if (this.data.has(name)) this.apply({ c: name, d: 2 });
  }

  /** Writes and fsyncs every change made since the last flush. Call before acknowledging a write. */
  flush(): void {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.journalBytes += writeAll(this.journalFd, text);
    fs.fsyncSync(this.journalFd);
    if (this.journalBytes > Math.max(this.compactMinBytes, this.snapshotBytes)) this.compact();
  }

  /** Rewrites the state as a fresh snapshot and starts an empty journal. */
  compact(): void {
    this.flushPendingWithoutCompaction();
    const next = this.generation + 1;
    const tmpPath = path.join(this.dir, SNAPSHOT_TMP);
    const fd = fs.openSync(tmpPath, 'w');
    let bytes = 0;
    try {
      let chunk = JSON.stringify({ generation: next }) + '\n';
      for (const [c, records] of this.data) {
        for (const [k, v] of records) {
          chunk += JSON.stringify({ c, k, v }) + '\n';
          if (chunk.length >= CHUNK_CHARS) {
            bytes += writeAll(fd, chunk);
            chunk = '';
          }
        }
      }
      bytes += writeAll(fd, chunk);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    const nextJournal = fs.openSync(path.join(this.dir, journalName(next)), 'w');
    fs.fsyncSync(nextJournal);
    fs.renameSync(tmpPath, path.join(this.dir, SNAPSHOT));
    fsyncDir(this.dir);
    if (this.journalFd >= 0) fs.closeSync(this.journalFd);
    this.journalFd = nextJournal;
    this.generation = next;
    this.journalBytes = 0;
    this.snapshotBytes = bytes;
    this.removeStaleJournals();
  }

  close(): void {
    if (this.journalFd < 0) return;
    this.flushPendingWithoutCompaction();
    fs.closeSync(this.journalFd);
    this.journalFd = -1;
  }

  private flushPendingWithoutCompaction(): void {
    if (this.pending.length === 0 || this.journalFd < 0) return;
    this.journalBytes += writeAll(this.journalFd, this.pending.join(''));
    this.pending = [];
    fs.fsyncSync(this.journalFd);
  }

  private apply(line: JournalLine): void {
    this.applyInMemory(line);
    this.pending.push(JSON.stringify(line) + '\n');
  }

  private applyInMemory(line: JournalLine): void {
    if (line.d === 2) {
      this.data.delete(line.c);
      return;
    }
    if (line.k === undefined) throw new Error(`Journal line for '${line.c}' has no key.`);
    let records = this.data.get(line.c);
    if (!records) {
      records = new Map();
      this.data.set(line.c, records);
    }
    if (line.d === 1) records.delete(line.k);
    else records.set(line.k, line.v);
  }

  private load(): void {
    const snapshotPath = path.join(this.dir, SNAPSHOT);
    if (fs.existsSync(snapshotPath)) {
      const lines = fs.readFileSync(snapshotPath, 'utf8').split('\n');
      const header = JSON.parse(lines[0] ?? '{}') as { generation?: unknown };
      if (typeof header.generation !== 'number') throw new Error(`${snapshotPath} has no generation header.`);
      this.generation = header.generation;
      for (let i = 1; i < lines.length; i++) {
        const text = lines[i];
        if (text) this.applyInMemory(JSON.parse(text) as JournalLine);
      }
    }
    const journalPath = path.join(this.dir, journalName(this.generation));
    if (!fs.existsSync(journalPath)) return;
    const lines = fs.readFileSync(journalPath, 'utf8').split('\n');
    for (let i = 0; i < lines.length; i++) {
      const text = lines[i];
      if (!text) continue;
      let line: JournalLine;
      try {
        line = JSON.parse(text) as JournalLine;
      } catch (error) {
        // A torn final line is a write that was never acknowledged (it had not been fsynced); anything else is damage.
        if (i === lines.length - 1) break;
        throw new Error(`${journalPath} is damaged at line ${i + 1}.`, { cause: error });
      }
      this.applyInMemory(line);
    }
  }

  private removeStaleJournals(): void {
    for (const name of fs.readdirSync(this.dir)) {
      const match = /^journal-(\d+)\.ndjson$/.exec(name);
      if (match && Number(match[1]) !== this.generation)
        fs.rmSync(path.join(this.dir, name), { force: true });
    }
  }
}

function writeAll(fd: number, text: string): number {
  const buffer = Buffer.from(text, 'utf8');
  let offset = 0;
  while (offset < buffer.length) offset += fs.writeSync(fd, buffer, offset, buffer.length - offset);
  return buffer.length;
}

function fsyncDir(dir: string): void {
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}
