import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { russiaArticle } from '../support/fixtures.js';
import { eventually } from '../support/eventually.js';
import { linesLogged, mention, replyIn, russiaSummary, scriptModel, groundedAnswer, summarizeInChannel, textOf } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { installThroughSlack } from '../support/oauth.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';
import { keysOfTeam, kindOfKey } from '../../src/store/team-keys.js';
import { redisContents } from '../support/redis-dump.js';

const NEWSROOM_A = { teamId: 'T0DAILYNEWS', name: 'Daily' };
const NEWSROOM_B = { teamId: 'T0EVENINGPOST', name: 'Evening' };

/** Every key the store holds, whoever it belongs to. */
async function allKeys(nd: RunningNewsdesk): Promise<string[]> {
  const keys: string[] = [];
  for await (const [key] of nd.services.kv.iterator!(undefined)) keys.push(String(key));
  return keys;
}

describe('installing Newsdesk in many workspaces (OAuth)', () => {
  const running: RunningNewsdesk[] = [];
  const cleanups: Array<() => void> = [];

  async function start(env: Record<string, string> = {}): Promise<RunningNewsdesk> {
    const nd = await startNewsdesk({ oauth: true, env });
    scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
    running.push(nd);
    return nd;
  }

  afterEach(async () => {
    for (const nd of running.splice(0)) await nd.stop();
    for (const cleanup of cleanups.splice(0)) cleanup();
  });

  it('installs through /slack/install and /slack/oauth_redirect, keeps the token encrypted, and answers with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-install-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'newsdesk.db');
    const nd = await start({ STORE_URL: `sqlite://${file}` });

    const { botToken, installPage, landing } = await installThroughSlack(nd, NEWSROOM_A);
    expect(installPage).toContain('Add to Slack');
    expect(landing.status).toBe(200);
    expect(await landing.text()).toMatch(/Thank you|success/i);

    const stored = await nd.services.kv.get('installation:T0DAILYNEWS');
    expect(stored).toBeDefined();
    expect(JSON.stringify(stored)).not.toContain(botToken);
    expect(JSON.stringify(stored)).not.toContain('xoxb-');
    expect(readFileSync(file).toString('latin1')).not.toContain(botToken);

    await summarizeInChannel(nd, { teamId: NEWSROOM_A.teamId });
    const posted = nd.slack.callsTo('chat.postMessage').at(-1)!;
    expect(posted.token).toBe(botToken);
    expect(textOf(posted)).toContain(russiaSummary.headline);
    // The person's recent articles are written last, after the post; the store closes with the app.
    await eventually(() => nd.services.kv.get(`recent:T0DAILYNEWS:${USER_ID}`));
  });

  it('answers two workspaces with their own tokens, and neither sees the other\'s articles', async () => {
    const nd = await start();
    const a = await installThroughSlack(nd, NEWSROOM_A);
    const b = await installThroughSlack(nd, NEWSROOM_B);
    expect(a.botToken).not.toBe(b.botToken);

    const rootA = await summarizeInChannel(nd, { teamId: NEWSROOM_A.teamId });
    expect(nd.slack.callsTo('chat.postMessage').at(-1)!.token).toBe(a.botToken);

    // Same channel id, other workspace: its "latest article" is not workspace A's.
    const { responseUrl } = await nd.send.command('/summarize', '', { teamId: NEWSROOM_B.teamId });
    const usage = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && /Usage/.test(call.args.text));
    expect(usage.args.text).toMatch(/Usage: `\/summarize/);

    await mention(nd, 'berapa tentara?', { threadTs: rootA, teamId: NEWSROOM_B.teamId });
    const answerToB = await replyIn(nd, rootA, 0);
    expect(answerToB.token).toBe(b.botToken);
    expect(textOf(answerToB)).not.toContain('100.000');

    await mention(nd, 'berapa tentara?', { threadTs: rootA, teamId: NEWSROOM_A.teamId });
    const answerToA = await replyIn(nd, rootA, 1);
    expect(answerToA.token).toBe(a.botToken);
    expect(textOf(answerToA)).toContain('100.000');
  });

  it('keeps an Enterprise Grid org-wide install by its enterprise id and answers every workspace of the org with it', async () => {
    const nd = await start();
    const { botToken } = await installThroughSlack(nd, { teamId: 'T0REGIONAL', name: 'Regional', enterpriseId: 'E0NEWSGROUP', isEnterpriseInstall: true });
    expect(await nd.services.kv.get('installation:E0NEWSGROUP')).toBeDefined();
    expect(await nd.services.kv.get('installation:T0REGIONAL')).toBeUndefined();

    await nd.send.command('/summarize', russiaArticle(), { teamId: 'T0SPORTSDESK', enterprise: { id: 'E0NEWSGROUP', isEnterpriseInstall: true } });
    const posted = await nd.slack.waitFor('chat.postMessage');
    expect(posted.token).toBe(botToken);
  });

  it('removes everything of a workspace that uninstalls, keeping only counts, and leaves the other workspace alone', async () => {
    const nd = await start();
    await installThroughSlack(nd, NEWSROOM_A);
    const b = await installThroughSlack(nd, NEWSROOM_B);
    const rootA = await summarizeInChannel(nd, { teamId: NEWSROOM_A.teamId });
    await mention(nd, 'berapa tentara?', { threadTs: rootA, teamId: NEWSROOM_A.teamId });
    await replyIn(nd, rootA, 0);
    await summarizeInChannel(nd, { teamId: NEWSROOM_B.teamId, channelId: 'C0EVENING' });
    const keysOfB = await keysOfTeam(nd.services.kv, NEWSROOM_B.teamId);
    expect((await keysOfTeam(nd.services.kv, NEWSROOM_A.teamId)).map((key) => key.split(':')[0])).toEqual(
      expect.arrayContaining(['installation', 'thread', 'latest', 'result', 'audit']),
    );
    const logged = linesLogged(nd, /uninstalled Newsdesk/);

    await nd.send.event({ type: 'app_uninstalled' }, { teamId: NEWSROOM_A.teamId, eventId: 'EvUNINSTALL1' });

    await eventually(() => logged[0]);
    // What is left: the counts, and the claim of the uninstall event (no data; a day) so that its redelivery runs nothing.
    const left = (await allKeys(nd)).filter((key) => key.includes(NEWSROOM_A.teamId)).sort();
    expect(left).toEqual([`event:${NEWSROOM_A.teamId}:EvUNINSTALL1`, `uninstalled:${NEWSROOM_A.teamId}`]);
    expect(await nd.services.kv.get(left[0]!)).toBe(true);
    const record = await nd.services.kv.get(left[1]!);
    expect(record).toMatchObject({ modelCalls: 2, removed: { installation: 1, thread: 1, latest: 1 } });
    expect(JSON.stringify(record)).not.toMatch(/U[A-Z0-9]{6,}|C0NEWSDESK|russia/i);
    expect(logged[0]).toMatch(/T0DAILYNEWS uninstalled Newsdesk: removed .*1 installation/);
    expect(await keysOfTeam(nd.services.kv, NEWSROOM_B.teamId)).toEqual(expect.arrayContaining(keysOfB));

    // Workspace B still works; A's commands find no installation, so nothing is posted for A.
    await summarizeInChannel(nd, { teamId: NEWSROOM_B.teamId });
    expect(nd.slack.callsTo('chat.postMessage').at(-1)!.token).toBe(b.botToken);
  });

  it('forgets the installation when the bot token is revoked', async () => {
    const nd = await start();
    await installThroughSlack(nd, NEWSROOM_A);
    await summarizeInChannel(nd, { teamId: NEWSROOM_A.teamId });
    await nd.send.event({ type: 'tokens_revoked', tokens: { bot: ['UNEWSDESK'] } }, { teamId: NEWSROOM_A.teamId });
    await eventually(async () => ((await nd.services.kv.get('installation:T0DAILYNEWS')) === undefined ? true : undefined));
    expect(await nd.services.kv.get(`latest:T0DAILYNEWS:${CHANNEL_ID}`)).toBeDefined();
  });
});

const redisUrl = process.env.TEST_REDIS_URL;
const runId = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
const stores = [
  { store: 'memory:', env: (): Record<string, string> => ({}) },
  ...(redisUrl ? [{ store: 'Redis', env: () => ({ STORE_URL: redisUrl, JOB_QUEUE_PREFIX: `newsdesk-test-${runId()}` }) }] : []),
];

describe.each(stores)('uninstalling and installing again ($store)', ({ store, env }) => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  async function start(): Promise<RunningNewsdesk> {
    nd = await startNewsdesk({ oauth: true, env: env() });
    scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
    return nd;
  }
  /** The workspace's keys but the uninstall's counts and claims (ids alone, a day). */
  const dataOf = async (teamId: string) => (await keysOfTeam(nd.services.kv, teamId)).filter((key) => !['uninstalled', 'event'].includes(kindOfKey(key)));

  it('an org-wide uninstall removes the data of every workspace of the org, and the org installs again', async () => {
    await start();
    const id = runId();
    const org = `E0GROUP${id}`;
    const [sports, regional, elsewhere] = [`T0SPORTS${id}`, `T0REGIONAL${id}`, `T0ELSEWHERE${id}`];
    const enterprise = { id: org, isEnterpriseInstall: true };
    await installThroughSlack(nd, { teamId: regional, name: 'Regional', enterpriseId: org, isEnterpriseInstall: true });
    await installThroughSlack(nd, { teamId: elsewhere, name: 'Elsewhere' });
    for (const teamId of [sports, regional]) {
      await nd.send.command('/summarize', russiaArticle(), { teamId, channelId: `C0${teamId}`, enterprise });
      await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === `C0${teamId}`);
    }
    await summarizeInChannel(nd, { teamId: elsewhere });
    await eventually(async () => ((await dataOf(sports)).some((key) => key.startsWith('recent:')) ? true : undefined));
    const elsewhereKeys = await keysOfTeam(nd.services.kv, elsewhere);
    for (const teamId of [sports, regional]) expect((await dataOf(teamId)).map(kindOfKey)).toEqual(expect.arrayContaining(['thread', 'latest', 'result', 'audit']));
    const logged = linesLogged(nd, /uninstalled Newsdesk/);

    await nd.send.event({ type: 'app_uninstalled' }, { teamId: regional, enterprise });

    await eventually(() => logged[0]);
    expect(logged[0]).toMatch(new RegExp(`${org} uninstalled Newsdesk \\(an org-wide install: 2 workspaces of it\\)`));
    expect(await dataOf(sports)).toEqual([]);
    expect(await dataOf(regional)).toEqual([]);
    expect(await dataOf(org)).toEqual([]);
    expect(await nd.services.kv.get(`uninstalled:${org}`)).toMatchObject({ modelCalls: 2, removed: { installation: 1, thread: 2 } });
    expect(await keysOfTeam(nd.services.kv, elsewhere)).toEqual(expect.arrayContaining(elsewhereKeys));
    if (store === 'Redis') {
      for (const owner of [sports, regional, org]) expect((await redisContents(redisUrl!, `*${owner}*`)).text).not.toContain(russiaSummary.headline);
    }

    // Installed again, the org's workspaces are answered and their data kept as before.
    const { botToken } = await installThroughSlack(nd, { teamId: regional, name: 'Regional', enterpriseId: org, isEnterpriseInstall: true });
    await nd.send.command('/summarize', russiaArticle(), { teamId: sports, channelId: 'C0AGAIN', enterprise });
    const posted = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C0AGAIN');
    expect(posted.token).toBe(botToken);
    await eventually(async () => ((await dataOf(sports)).some((key) => key.startsWith('recent:')) ? true : undefined));
    expect((await dataOf(sports)).map(kindOfKey)).toEqual(expect.arrayContaining(['thread', 'latest', 'result', 'audit']));
  });

  it('a workspace that uninstalled and installs again is answered, and what its jobs write is kept', async () => {
    await start();
    const teamId = `T0AGAIN${runId()}`;
    await installThroughSlack(nd, { teamId, name: 'Again' });
    await summarizeInChannel(nd, { teamId });
    const logged = linesLogged(nd, /uninstalled Newsdesk/);
    await nd.send.event({ type: 'app_uninstalled' }, { teamId });
    await eventually(() => logged[0]);
    expect(await dataOf(teamId)).toEqual([]);

    const { botToken } = await installThroughSlack(nd, { teamId, name: 'Again' });
    await summarizeInChannel(nd, { teamId, channelId: 'C0AGAIN' });
    expect(nd.slack.callsTo('chat.postMessage').at(-1)!.token).toBe(botToken);
    await eventually(async () => ((await dataOf(teamId)).some((key) => key.startsWith('recent:')) ? true : undefined));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect((await dataOf(teamId)).map(kindOfKey)).toEqual(expect.arrayContaining(['installation', 'thread', 'latest', 'result', 'audit']));
  });
});

describe('a single-token workspace that uninstalls and is installed again', () => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('runs none of its jobs while uninstalled; started again with a token Slack takes, it is served and its data kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-reinstall-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const env = { STORE_URL: `sqlite://${join(dir, 'newsdesk.db')}` };
    const first = await startNewsdesk({ env });
    cleanups.push(() => first.slack.close(), () => first.openai!.close());
    scriptModel(first.openai!, { summary: russiaSummary });
    const logged = linesLogged(first, /uninstalled Newsdesk|does not run/);
    await first.send.event({ type: 'app_uninstalled' }, { teamId: TEAM_ID });
    await eventually(() => logged[0]);

    // A request that still arrives (a redelivery after the uninstall) is not answered, and nothing of it kept.
    await first.send.command('/summarize', russiaArticle(), { channelId: 'C0LATECOMER' });
    await eventually(() => logged[1]);
    expect(logged[1]).toMatch(/does not run: its workspace has uninstalled/);
    expect(first.slack.messages.filter((m) => m.channel === 'C0LATECOMER')).toEqual([]);
    expect((await keysOfTeam(first.services.kv, TEAM_ID)).filter((key) => !/^(uninstalled|event):/.test(key))).toEqual([]);
    await first.newsdesk.stop();

    // Reinstalled: the operator starts Newsdesk with the new token, which auth.test takes for the workspace.
    const again = await startNewsdesk({ env, slack: first.slack });
    cleanups.push(() => again.stop());
    scriptModel(again.openai!, { summary: russiaSummary });
    await summarizeInChannel(again, { channelId: 'C0AGAIN' });
    await eventually(() => again.services.kv.get(`recent:${TEAM_ID}:${USER_ID}`));
    expect(await again.services.kv.get(`latest:${TEAM_ID}:C0AGAIN`)).toBeDefined();
    expect(await again.services.kv.get(`uninstalled:${TEAM_ID}`)).toMatchObject({ reinstalledAt: expect.any(String) });
  });
});
