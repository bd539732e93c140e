import { statSync } from 'node:fs';
import Keyv from 'keyv';
import { describe, expect, it } from 'vitest';
import { ReopeningSqlite } from '../../../src/store/reopening-sqlite.js';
import { SerializedUpdates } from '../../../src/store/serialized-update.js';
import { temporarySqlitePaths } from '../../support/temporary-sqlite.js';

const sqlitePath = temporarySqlitePaths('serialized');

const append = (entry: number) => (current: number[] = []) => [...current, entry];

describe('updates of one key in the default store', () => {
  it('counts forty answers asked for at once, each in order and none lost, in a few commits rather than one each', async () => {
    const path = sqlitePath();
    const kv = new Keyv({ store: new ReopeningSqlite(path), namespace: 'newsdesk' });
    await kv.set('audit:T1:2026-12-02', []);
    const walBefore = statSync(`${path}-wal`).size;
    const updates = new SerializedUpdates(kv);

    const seen = await Promise.all(Array.from({ length: 40 }, (_, i) => updates.update<number[]>('audit:T1:2026-12-02', 60_000, append(i))));

    const all = Array.from({ length: 40 }, (_, i) => i);
    expect(await kv.get('audit:T1:2026-12-02')).toEqual(all);
    // Each caller is given the value its own change made, as one at a time would have given it.
    seen.forEach((value, i) => expect(value).toEqual(all.slice(0, i + 1)));
    // A commit appends the key's page to the log once (a 4 KiB frame): forty commits appended it forty times.
    expect(statSync(`${path}-wal`).size - walBefore).toBeLessThan(5 * 4120);
    await kv.disconnect();
  });

  it('fails only the caller whose change throws; the others apply as asked', async () => {
    const kv = new Keyv();
    const updates = new SerializedUpdates(kv);
    const first = updates.update<number[]>('rate:T1:U1', 60_000, append(1));
    const broken = updates.update<number[]>('rate:T1:U1', 60_000, () => {
      throw new Error('no such counter');
    });
    const third = updates.update<number[]>('rate:T1:U1', 60_000, append(3));
    await expect(broken).rejects.toThrow('no such counter');
    expect(await first).toEqual([1]);
    expect(await third).toEqual([1, 3]);
    expect(await kv.get('rate:T1:U1')).toEqual([1, 3]);
  });
});
