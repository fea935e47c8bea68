import fs from 'node:fs';
import path from 'node:path';
import { JournalStore } from './persistence/journalStore';
import { tempDataDir } from './testSupport';

describe('the journal store', () => {
  it('replays flushed changes after a crash that left a torn, unflushed line', () => {
    const dir = tempDataDir();
    const store = JournalStore.open(dir);
    const things = store.collection<{ n: number }>('things');
    things.put('a', { n: 1 });
    things.put('b', { n: 2 });
    things.delete('a');
    store.flush();
    // Simulate a crash mid-write: a partial line at the end of the journal, never acknowledged.
    const journal = fs.readdirSync(dir).find((f) => f.startsWith('journal-')) as string;
    fs.appendFileSync(path.join(dir, journal), '{"c":"things","k":"c","v":{"n"');

    const reopened = JournalStore.open(dir);
    const again = reopened.collection<{ n: number }>('things');
    expect([...again.keys()]).toEqual(['b']);
    expect(again.get('b')).toEqual({ n: 2 });
    reopened.close();
  });

  it('compacts into a snapshot and a fresh journal without losing anything', () => {
    const dir = tempDataDir();
    const store = JournalStore.open(dir, { compactMinBytes: 1024 });
    const rows = store.collection<string>('rows');
    for (let i = 0; i < 200; i++) {
      rows.put(String(i), `row ${i}`.padEnd(40, '.'));
      store.flush();
    }
    store.dropCollection('unused');
    const journals = fs.readdirSync(dir).filter((f) => f.startsWith('journal-'));
    expect(journals).toHaveLength(1);
    expect(fs.statSync(path.join(dir, journals[0] as string)).size).toBeLessThan(8 * 1024);
    store.close();
    const reopened = JournalStore.open(dir);
    expect(reopened.collection<string>('rows').size).toBe(200);
    expect(reopened.collection<string>('rows').get('199')).toMatch(/^row 199/);
    reopened.close();
  });

  it('refuses to start on a journal damaged in the middle rather than silently dropping data', () => {
    const dir = tempDataDir();
    const store = JournalStore.open(dir);
    store.collection<number>('n').put('x', 1);
    store.flush();
    store.close();
    const journal = fs.readdirSync(dir).find((f) => f.startsWith('journal-')) as string;
    fs.writeFileSync(path.join(dir, journal), 'garbage\n{"c":"n","k":"y","v":2}\n');
    expect(() => JournalStore.open(dir)).toThrow(/damaged at line 1/);
  });
});
