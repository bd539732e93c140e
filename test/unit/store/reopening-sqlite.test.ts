import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Keyv from 'keyv';
import type { SqliteFile } from '../../../src/store/sqlite-file.js';
import { afterEach, describe, expect, it } from 'vitest';
import { ReopeningSqlite } from '../../../src/store/reopening-sqlite.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function storeIn(): { kv: Keyv; store: ReopeningSqlite; path: string; errors: unknown[] } {
  const dir = mkdtempSync(join(tmpdir(), 'newsdesk-reopening-'));
  dirs.push(dir);
  const path = join(dir, 'data', 'newsdesk.db');
  const store = new ReopeningSqlite(path);
  const kv = new Keyv({ store, namespace: 'newsdesk', throwOnErrors: true });
  const errors: unknown[] = [];
  kv.on('error', (error: unknown) => errors.push(error));
  return { kv, store, path, errors };
}

describe('a SQLite store that reopens its file', () => {
  it('writes a deleted file back from the open connection, so what it held is kept and writes go on', async () => {
    const { kv, path, errors } = storeIn();
    await kv.set('thread:T1:C1:1.1', { article: 'a1' });
    rmSync(path);

    await kv.set('thread:T1:C1:2.2', { article: 'a2' });
    expect(existsSync(path)).toBe(true);
    expect(await kv.get('thread:T1:C1:1.1')).toEqual({ article: 'a1' });
    expect(await kv.get('thread:T1:C1:2.2')).toEqual({ article: 'a2' });
    expect(errors.map(String)).toContainEqual(expect.stringMatching(/was gone; it was written back/));
    await kv.disconnect();
  });

  it('retries a failed operation once on a fresh connection', async () => {
    const { kv, store } = storeIn();
    await kv.set('a', 1);
    // The connection dies under it (as one does once its file cannot be written).
    (store as unknown as { current: SqliteFile }).current.close();

    expect(await kv.get('a')).toBe(1);
    await kv.set('b', 2);
    expect(await kv.get('b')).toBe(2);
    await kv.disconnect();
  });

  it('lists its keys, as removing a workspace needs', async () => {
    const { kv } = storeIn();
    await kv.set('thread:T1:C1:1.1', 1);
    await kv.set('result:T1:a1:summary', 2);
    const keys: string[] = [];
    for await (const [key] of kv.iterator!(undefined)) keys.push(key as string);
    expect(keys.sort()).toEqual(['result:T1:a1:summary', 'thread:T1:C1:1.1']);
    await kv.disconnect();
  });
});
