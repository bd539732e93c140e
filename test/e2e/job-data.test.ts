import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { linesLogged, russiaSummary, scriptModel } from '../support/conversation.js';
import { russiaArticle } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { redisContents } from '../support/redis-dump.js';
import { keysOfTeam, kindOfKey } from '../../src/store/team-keys.js';

const redisUrl = process.env.TEST_REDIS_URL;
const runId = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Pasted article text with a mark of its own, to look for wherever the queue keeps things. */
const pasted = (mark: string) => `${russiaArticle()}\n\nCatatan redaksi ${mark}.`;

const queues = [
  { kind: 'in-process', env: () => ({}) },
  ...(redisUrl ? [{ kind: 'redis', env: () => ({ STORE_URL: redisUrl, JOB_QUEUE_PREFIX: `newsdesk-test-${runId()}` }) }] : []),
];

describe.each(queues)('what the $kind queue keeps of a request', ({ kind, env }) => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  /** Everything the queue holds in Redis (nothing to look at for the in-process queue, whose jobs live in memory). */
  const queueContents = async () => (kind === 'redis' ? (await redisContents(redisUrl!, `${nd.config.jobs.queuePrefix}:*`)).text : '');
  const postsIn = (channel: string) => nd.slack.messages.filter((m) => m.channel === channel);

  it('an uninstall removes the workspace\'s waiting jobs, which never run, and leaves the other workspace\'s job alone', async () => {
    nd = await startNewsdesk({ env: { ...env(), JOB_CONCURRENCY: '1' } });
    nd.openai!.respondWith(() => ({ delayMs: 1_000, then: { json: russiaSummary } }));
    const [leaving, staying] = [`T0LEAVE${runId()}`, `T0STAY${runId()}`];
    const mark = `LEAVING${runId()}`;

    // The other workspace's job holds the one worker slot, so the leaving workspace's jobs wait.
    await nd.send.command('/summarize', russiaArticle(), { teamId: staying, channelId: 'C0STAYS' });
    await eventually(() => (nd.openai!.requests.length === 1 ? true : undefined));
    for (let i = 0; i < 3; i++) await nd.send.command('/summarize', `--fresh ${pasted(mark)}`, { teamId: leaving, channelId: 'C0LEAVES' });
    // The ack goes before the job is queued.
    await eventually(async () => ((await nd.services.jobs.backlog()).waiting === 3 ? true : undefined));
    const logged = linesLogged(nd, /uninstalled Newsdesk/);

    await nd.send.event({ type: 'app_uninstalled' }, { teamId: leaving });

    await eventually(() => logged[0]);
    expect(logged[0]).toMatch(/removed .*3 job/);
    await eventually(() => postsIn('C0STAYS')[0]);
    await settle(1_500);
    expect(postsIn('C0LEAVES')).toEqual([]);
    expect(nd.openai!.requests).toHaveLength(1);
    expect(await nd.services.jobs.backlog()).toMatchObject({ waiting: 0 });
    expect(await queueContents()).not.toContain(mark);
    if (kind === 'redis') {
      const left = await redisContents(redisUrl!, `*${leaving}*`);
      expect(left.text).not.toContain(mark);
    }
  });
});

/**
 * Once a job that was running when its workspace uninstalled has finished, what the store holds of
 * the workspace: only the uninstall's counts and claims (ids alone, a day).
 */
async function leftOf(nd: RunningNewsdesk, teamId: string): Promise<string[]> {
  return (await keysOfTeam(nd.services.kv, teamId)).filter((key) => !['uninstalled', 'event'].includes(kindOfKey(key)));
}

describe.each(queues)('a $kind job running when its workspace uninstalls', ({ kind, env }) => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  const postsIn = (channel: string) => nd.slack.messages.filter((m) => m.channel === channel);

  it('keeps nothing it writes afterwards: the model call\'s audit record, the thread, the article, the result', async () => {
    nd = await startNewsdesk({ env: env() });
    nd.openai!.respondWith(() => ({ delayMs: 1_500, then: { json: russiaSummary } }));
    const leaving = `T0LATE${runId()}`;
    const mark = `LATE${runId()}`;
    await nd.send.command('/summarize', pasted(mark), { teamId: leaving, channelId: 'C0LATE' });
    await eventually(() => (nd.openai!.requests.length === 1 ? true : undefined));
    const logged = linesLogged(nd, /uninstalled Newsdesk/);
    const removedLate = linesLogged(nd, /after the uninstall of its workspace/);

    await nd.send.event({ type: 'app_uninstalled' }, { teamId: leaving });
    await eventually(() => logged[0]);
    expect(await leftOf(nd, leaving)).toEqual([]);

    // The model answers after the uninstall; the job goes on, and posts (the emulator still takes the token).
    await eventually(() => postsIn('C0LATE')[0]);
    await settle(1_000);
    expect(await leftOf(nd, leaving)).toEqual([]);
    expect(removedLate).toEqual([expect.stringMatching(/removed .*audit/)]);
    if (kind === 'redis') {
      const left = await redisContents(redisUrl!, `*${leaving}*`);
      expect(left.text).not.toContain(mark);
      expect(left.text).not.toContain(russiaSummary.headline);
    }
  });
});

describe.skipIf(!redisUrl)('a job running in a worker process when its workspace uninstalls through the web process (needs TEST_REDIS_URL)', () => {
  const apps: RunningNewsdesk[] = [];
  afterEach(async () => {
    for (const app of apps.splice(0)) await app.stop();
  });

  it('keeps nothing it writes afterwards, though the uninstall ran in another process', async () => {
    const shared = { STORE_URL: redisUrl!, JOB_QUEUE_PREFIX: `newsdesk-test-${runId()}` };
    const web = await startNewsdesk({ env: { ...shared, NEWSDESK_ROLE: 'web' } });
    apps.push(web);
    const worker = await startNewsdesk({ slack: web.slack, openai: web.openai, env: { ...shared, NEWSDESK_ROLE: 'worker' } });
    apps.push(worker);
    web.openai!.respondWith(() => ({ delayMs: 1_500, then: { json: russiaSummary } }));
    const leaving = `T0LATEWORKER${runId()}`;
    const mark = `LATEWORKER${runId()}`;
    await web.send.command('/summarize', pasted(mark), { teamId: leaving, channelId: 'C0LATEWORKER' });
    await eventually(() => (web.openai!.requests.length === 1 ? true : undefined));
    const uninstalled = linesLogged(web, /uninstalled Newsdesk/);

    await web.send.event({ type: 'app_uninstalled' }, { teamId: leaving });
    await eventually(() => uninstalled[0]);

    await eventually(() => web.slack.messages.find((m) => m.channel === 'C0LATEWORKER'));
    // The worker's job ends after its post: what it wrote goes then.
    await eventually(async () => ((await leftOf(web, leaving)).length === 0 ? true : undefined)).catch(() => undefined);
    expect(await leftOf(web, leaving)).toEqual([]);
    const left = await redisContents(redisUrl!, `*${leaving}*`);
    expect(left.text).not.toContain(mark);
    expect(left.text).not.toContain(russiaSummary.headline);
  });
});

// Only BullMQ keeps jobs outside the process: the in-process queue holds a job in memory until it finishes.
describe.skipIf(!redisUrl)('what the Redis queue keeps of a finished request (needs TEST_REDIS_URL)', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  const queueContents = async () => (await redisContents(redisUrl!, `${nd.config.jobs.queuePrefix}:*`)).text;
  const postsIn = (channel: string) => nd.slack.messages.filter((m) => m.channel === channel);

  it('a finished job, answered or failed on every attempt, leaves no article text in the queue', async () => {
    nd = await startNewsdesk({ env: { STORE_URL: redisUrl!, JOB_QUEUE_PREFIX: `newsdesk-test-${runId()}` } });
    scriptModel(nd.openai!, { summary: russiaSummary });
    const [answered, failed] = [`ANSWERED${runId()}`, `FAILED${runId()}`];

    await nd.send.command('/summarize', pasted(answered), { channelId: 'C0DONE' });
    await eventually(() => postsIn('C0DONE')[0]);
    // Slack refuses the summary three times: the job fails on its last attempt and the journalist is told.
    for (let i = 0; i < 3; i++) nd.slack.failNext('chat.postMessage', 'internal_error');
    const { responseUrl } = await nd.send.command('/summarize', `--fresh ${pasted(failed)}`, { channelId: 'C0FAILS' });
    await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && /tried 3 times/.test(call.args.text), 15_000);
    await settle(300);

    const contents = await queueContents();
    expect(contents).not.toContain(answered);
    expect(contents).not.toContain(failed);
    expect(await nd.services.jobs.backlog()).toMatchObject({ waiting: 0 });
  });
});
