import { statSync } from 'node:fs';
import Database from 'better-sqlite3';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { ReopeningSqlite } from '../../../src/store/reopening-sqlite.js';
import { SqliteFile } from '../../../src/store/sqlite-file.js';
import { eventually } from '../../support/eventually.js';
import { temporarySqlitePaths } from '../../support/temporary-sqlite.js';

const newPath = temporarySqlitePaths('sqlite-file');

describe('the SQLite file behind the default store', () => {
  it('reads a file written by the earlier adapter (@keyv/sqlite layout), so an upgrade keeps every thread', async () => {
    const path = newPath();
    // The table and value format @keyv/sqlite wrote: keyv's namespaced key, keyv's serialized value.
    const earlier = new Database(path);
    earlier.exec('CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT )');
    earlier.prepare('INSERT INTO keyv (key, value) VALUES (?, ?)').run('newsdesk:thread:T1:C1:1.1', JSON.stringify({ value: { article: 'a1' }, expires: null }));
    earlier.close();

    const kv = new Keyv({ store: new ReopeningSqlite(path), namespace: 'newsdesk' });
    expect(await kv.get('thread:T1:C1:1.1')).toEqual({ article: 'a1' });
    await kv.set('thread:T1:C1:2.2', { article: 'a2' });
    expect(await kv.getMany(['thread:T1:C1:2.2', 'missing', 'thread:T1:C1:1.1'])).toEqual([{ article: 'a2' }, undefined, { article: 'a1' }]);
    await kv.disconnect();
  });

  it('lists every key even while the caller deletes what it is shown, as removing a workspace does', async () => {
    const kv = new Keyv({ store: new ReopeningSqlite(newPath()), namespace: 'newsdesk' });
    const written = Array.from({ length: 250 }, (_, i) => `thread:T1:C1:${String(i).padStart(3, '0')}`);
    for (const key of written) await kv.set(key, 1);
    await kv.set('other', 1);

    const seen: string[] = [];
    for await (const [key] of kv.iterator!(undefined)) {
      seen.push(key as string);
      if ((key as string).startsWith('thread:T1:')) await kv.delete(key as string);
    }
    expect(seen.sort()).toEqual([...written, 'other'].sort());
    expect(await kv.has('thread:T1:C1:000')).toBe(false);
    expect(await kv.has('other')).toBe(true);
    await kv.disconnect();
  });

  it('takes its first write into a new file without a fault or a reopening', async () => {
    const store = new ReopeningSqlite(newPath());
    const errors: unknown[] = [];
    store.on('error', (error: unknown) => errors.push(error));
    const kv = new Keyv({ store, namespace: 'newsdesk' });
    await kv.set('thread:T1:C1:1.1', { article: 'a1' });
    expect(await kv.get('thread:T1:C1:1.1')).toEqual({ article: 'a1' });
    expect(errors).toEqual([]);
    await kv.disconnect();
  });

  it('clears only its own namespace', async () => {
    const path = newPath();
    const ours = new Keyv({ store: new ReopeningSqlite(path), namespace: 'newsdesk' });
    const theirs = new Keyv({ store: new ReopeningSqlite(path), namespace: 'other-app' });
    await ours.set('a', 1);
    await theirs.set('a', 2);
    await ours.clear();
    expect(await ours.get('a')).toBeUndefined();
    expect(await theirs.get('a')).toBe(2);
    await ours.disconnect();
    await theirs.disconnect();
  });
});

describe('the write-ahead log of the SQLite file', () => {
  it('is folded back into the file by the checkpoint thread, not by the writes themselves', async () => {
    const path = newPath();
    const store = new ReopeningSqlite(path);
    const kv = new Keyv({ store, namespace: 'newsdesk' });
    // About 2,400 log pages: past two checkpoints' worth.
    const story = 'A paragraph of a long story. '.repeat(200);
    for (let i = 0; i < 1200; i++) await kv.set(`article:T1:${i}`, story);

    // The app's own connection never checkpoints: only the checkpoint thread can have moved the log into the file.
    const ownConnection = (store as unknown as { current: { database: Database.Database } }).current.database;
    expect(ownConnection.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    await eventually(() => (statSync(path).size > 4_000_000 ? true : undefined), 10_000);
    expect(await kv.get('article:T1:1199')).toBe(story);
    await kv.disconnect();
  });

  it('commits the writes of a moment together: twenty saves, each a turn of the event loop apart, are one commit (a few at most), each in the file once it resolves', async () => {
    const path = newPath();
    const kv = new Keyv({ store: new ReopeningSqlite(path), namespace: 'newsdesk' });
    await kv.set('settings:T1', {});
    const walBefore = statSync(`${path}-wal`).size;
    const reader = new Database(path, { readonly: true });
    const saves: Array<Promise<unknown>> = [];
    for (let i = 0; i < 20; i++) {
      saves.push(kv.set(`thread:T1:C1:${i}.1`, { article: `a${i}` }));
      // As a burst's jobs write, each resuming on a turn of the loop of its own (request-first.ts).
      await new Promise((resolve) => setImmediate(resolve));
    }
    await Promise.all(saves);
    // Another connection (the command line's export, a checkpoint) sees every save once it resolved.
    expect(reader.prepare("SELECT count(*) AS n FROM keyv WHERE key LIKE 'newsdesk:thread:T1:%'").get()).toEqual({ n: 20 });
    // One commit appends the page once; a commit per turn appended it twenty times (a 4 KiB frame each). On a
    // loaded machine the twenty turns may outlast one commit window (2 ms) and take two or three commits.
    expect(statSync(`${path}-wal`).size - walBefore).toBeLessThan(5 * 4120);
    reader.close();
    await kv.disconnect();
  });

  it('commits the writes still waiting for their commit when it is closed (as the app stops)', async () => {
    const path = newPath();
    const file = new SqliteFile(path);
    const saved = file.set('newsdesk:thread:T1:C1:2.1', '{"article":"a2"}');
    file.close();
    await saved;
    const reader = new Database(path, { readonly: true });
    expect(reader.prepare('SELECT value FROM keyv WHERE key = ?').get('newsdesk:thread:T1:C1:2.1')).toEqual({ value: '{"article":"a2"}' });
    reader.close();
  });

  it('reports a write lost with its transaction as failed, never as done', async () => {
    const path = newPath();
    const file = new SqliteFile(path);
    await file.set('newsdesk:settings:T1', '{}');
    // A full disk, played by a page limit: SQLite then rolls back the whole transaction, the earlier write of the turn too.
    const database = (file as unknown as { database: Database.Database }).database;
    database.pragma(`max_page_count = ${Number(database.pragma('page_count', { simple: true })) + 2}`);
    const small = file.set('newsdesk:thread:T1:C1:1.1', '{}');
    expect(() => file.set('newsdesk:article:T1:a1', 'x'.repeat(100_000))).toThrow(/full/);
    await expect(small).rejects.toThrow(/full/);
    expect(file.get('newsdesk:thread:T1:C1:1.1')).toBeUndefined();
    file.close();
  });
});
