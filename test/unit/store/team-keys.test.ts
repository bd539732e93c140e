import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openKeyv } from '../../../src/store/kv.js';
import { keysOfTeam, kindOfKey, takeTeamKeys, teamsWithKeys } from '../../../src/store/team-keys.js';
import { ThreadStore } from '../../../src/store/threads.js';

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-team-keys-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const stores: Array<[string, string]> = [
  ['memory', 'memory:'],
  ['SQLite', `sqlite://${join(dir, 'store.db')}`],
  ...(process.env.TEST_REDIS_URL ? [['Redis', process.env.TEST_REDIS_URL] as [string, string]] : []),
];

describe.each(stores)('a workspace\'s keys in the %s store', (_name, url) => {
  it('are listed and deleted by the workspace id alone, whatever kind they are', async () => {
    const kv = openKeyv(url);
    const teamA = `T0A${Date.now()}`;
    const teamB = `T0B${Date.now()}`;
    const threads = new ThreadStore(kv);
    const article = { id: 'a1' } as never;
    for (const team of [teamA, teamB]) {
      await threads.startThread({ teamId: team, channelId: 'C1', threadTs: '1.1' }, article, undefined);
      await threads.saveResult(team, 'a1', 'summary', { ok: true });
      await kv.set(`settings:${team}`, { embargoMarkers: ['X'] });
    }
    // A team id that only starts like another is not the other.
    await kv.set(`thread:${teamA}X:C1:1.1`, {});

    expect((await keysOfTeam(kv, teamA)).sort()).toEqual([`article:${teamA}:a1`, `latest:${teamA}:C1`, `result:${teamA}:a1:summary`, `settings:${teamA}`, `thread:${teamA}:C1:1.1`]);
    expect((await takeTeamKeys(kv, [teamA])).map(([key]) => kindOfKey(key)).sort()).toEqual(['article', 'latest', 'result', 'settings', 'thread']);
    expect(await keysOfTeam(kv, teamA)).toEqual([]);
    expect(await keysOfTeam(kv, teamB)).toHaveLength(5);
    await takeTeamKeys(kv, [teamB]);
    await kv.delete(`thread:${teamA}X:C1:1.1`);
    await kv.disconnect();
  });

  it('are taken once each by two removals running at once, with their values, but those kept', async () => {
    const kv = openKeyv(url);
    const team = `T0TWICE${Date.now()}`;
    for (let i = 0; i < 20; i++) await kv.set(`result:${team}:a${i}`, { n: i });
    await kv.set(`uninstalled:${team}`, { at: 'now' });
    const keep = (key: string) => kindOfKey(key) === 'uninstalled';

    const [first, second] = await Promise.all([takeTeamKeys(kv, [team], keep), takeTeamKeys(kv, [team], keep)]);

    const taken = [...first, ...second];
    expect(taken.map(([key]) => key).sort()).toEqual(Array.from({ length: 20 }, (_, i) => `result:${team}:a${i}`).sort());
    expect(taken.map(([, value]) => (value as { n: number }).n).sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, i) => i));
    expect(await keysOfTeam(kv, team)).toEqual([`uninstalled:${team}`]);
    await kv.delete(`uninstalled:${team}`);
    await kv.disconnect();
  });

  it('name the workspaces holding a kind of key, e.g. every workspace with an audit day, once each', async () => {
    const kv = openKeyv(url);
    const teams = [`T0C${Date.now()}`, `E0:${Date.now()}`];
    for (const team of teams) {
      await kv.set(`audit:${encodeURIComponent(team)}:2026-11-29`, []);
      await kv.set(`audit:${encodeURIComponent(team)}:2026-11-30`, []);
    }
    await kv.set(`thread:T0OTHER${Date.now()}:C1:1.1`, {});
    const found = await teamsWithKeys(kv, ['audit']);
    expect(found.filter((team) => teams.includes(team)).sort()).toEqual([...teams].sort());
    expect(found.filter((team) => team.startsWith('T0OTHER'))).toEqual([]);
    await takeTeamKeys(kv, teams);
    await kv.disconnect();
  });

  it('are listed while other requests delete keys at the same moment, without failing', async () => {
    const kv = openKeyv(url);
    const busyTeam = `T0BUSY${Date.now()}`;
    const listedTeam = `T0LIST${Date.now()}`;
    await kv.set(`settings:${listedTeam}`, { embargoMarkers: [] });
    const busyKeys = Array.from({ length: 600 }, (_, i) => `thread:${busyTeam}:C1:${i}.1`);
    for (const key of busyKeys) await kv.set(key, {});
    // Deleting the busy workspace's keys one by one while the other workspace's keys are listed.
    const deleting = (async () => { for (const key of busyKeys) await kv.delete(key); })();
    const listings: string[][] = [];
    while (listings.length < 3 || (await kv.has(busyKeys.at(-1)!))) {
      listings.push(await keysOfTeam(kv, listedTeam));
      // Requests take turns of the event loop; SQLite commits each turn's writes after it (see sqlite-file.ts).
      await new Promise((resolve) => setImmediate(resolve));
    }
    await deleting;
    for (const listed of listings) expect(listed).toEqual([`settings:${listedTeam}`]);
    await kv.delete(`settings:${listedTeam}`);
    await kv.disconnect();
  });
});
