import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventually } from '../support/eventually.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { BOT_TOKEN, SIGNING_SECRET, startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { freePort, npmStart, untilHealthy, type NpmStarted } from '../support/npm-start.js';
import { OpenAIEmulator, taskOf } from '../support/openai-emulator.js';
import { SlackEmulator, type SlackCall } from '../support/slack-emulator.js';
import { groundedAnswer, mention, replyIn, scriptModel, summarizeInChannel, textOf } from '../support/conversation.js';

const redisUrl = process.env.TEST_REDIS_URL;

/** A run of its own on the shared test Redis: keys carry the workspace, the queue its own prefix. */
const runId = () => randomUUID().replace(/-/g, '').slice(0, 10).toUpperCase();

let slack: SlackEmulator;
let openai: OpenAIEmulator;
const apps: RunningNewsdesk[] = [];
const workers: NpmStarted[] = [];

beforeEach(async () => {
  slack = await SlackEmulator.start(BOT_TOKEN);
  openai = await OpenAIEmulator.start();
  scriptModel(openai, { summary: russiaSummary, answer: groundedAnswer });
});

afterEach(async () => {
  await Promise.all(workers.splice(0).map((worker) => worker.kill()));
  for (const app of apps.splice(0)) await app.stop();
  await slack.close();
  await openai.close();
});

async function app(env: Record<string, string>): Promise<RunningNewsdesk> {
  // A newsroom's burst must reach the queue, not the per-person limit.
  const nd = await startNewsdesk({ slack, openai, env: { USER_ANSWERS_PER_MINUTE: '1000', ...env } });
  apps.push(nd);
  return nd;
}

/** A worker process, started as the Procfile's worker line starts it. */
async function workerProcess(env: Record<string, string>): Promise<NpmStarted> {
  const port = await freePort();
  const worker = npmStart({
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    OPENAI_API_KEY: 'sk-test-key',
    OPENAI_BASE_URL: openai.url,
    OPENAI_MODEL: 'test-model',
    NEWSDESK_ROLE: 'worker',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    USER_ANSWERS_PER_MINUTE: '1000',
    ...env,
  });
  workers.push(worker);
  const health = await untilHealthy(port);
  expect(health).toMatchObject({ role: 'worker', queue: { kind: 'redis' } });
  return worker;
}

const isSummary = (call: SlackCall) => call.args.blocks?.[0]?.type === 'header';
const summariesIn = (channel: string) => slack.messages.filter((m) => m.channel === channel && !m.thread_ts && (m.blocks?.[0] as { type?: string } | undefined)?.type === 'header');
const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.skipIf(!redisUrl)('web and worker processes on one Redis', () => {
  let env: Record<string, string>;
  let teamId: string;
  beforeEach(() => {
    const id = runId();
    teamId = `T0RUN${id}`;
    env = { STORE_URL: redisUrl!, JOB_QUEUE_PREFIX: `newsdesk-test-${id}` };
  });

  it('a worker killed in the middle of a summary: another worker finishes it, and the channel gets exactly one summary', async () => {
    const web = await app({ ...env, NEWSDESK_ROLE: 'web' });
    expect(await (await fetch(`${web.url}/healthz`)).json()).toMatchObject({ role: 'web', queue: { kind: 'redis', depth: 0 } });
    const first = await workerProcess({ ...env, JOB_LOCK_MS: '2000' });
    openai.respondWith(() => ({ delayMs: 60_000, then: { json: russiaSummary } }));

    await web.send.command('/summarize', russiaArticle(), { teamId, channelId: 'C0KILLED' });
    await eventually(() => (openai.requests.length === 1 ? true : undefined), 20_000);
    await first.kill();
    scriptModel(openai, { summary: russiaSummary });
    await workerProcess({ ...env, JOB_LOCK_MS: '2000' });

    await eventually(() => (summariesIn('C0KILLED').length > 0 ? true : undefined), 25_000);
    await settle(2_000);
    expect(summariesIn('C0KILLED')).toHaveLength(1);
    expect(openai.requests.filter((r) => taskOf(r) === 'summary')).toHaveLength(2);
  });

  it('SIGTERM with 10 answers in flight: all 10 are posted, once each', async () => {
    const web = await app({ ...env, NEWSDESK_ROLE: 'web' });
    const leaving = await workerProcess({ ...env, SHUTDOWN_GRACE_MS: '20000' });
    openai.respondWith(() => ({ delayMs: 2_000, then: { json: russiaSummary } }));

    for (let i = 0; i < 10; i++) await web.send.command('/summarize', `--fresh ${russiaArticle()}`, { teamId, channelId: 'C0DEPLOY' });
    await eventually(() => (openai.requests.length === 10 ? true : undefined), 20_000);
    const stopped = leaving.stop();
    await workerProcess(env);
    await stopped;

    await eventually(() => (summariesIn('C0DEPLOY').length === 10 ? true : undefined), 25_000);
    await settle(1_000);
    expect(summariesIn('C0DEPLOY')).toHaveLength(10);
  });
});

describe.skipIf(!redisUrl)('model requests across processes', () => {
  it('MODEL_CONCURRENCY=2 holds across two processes on one Redis: never more than 2 requests at the model', async () => {
    const id = runId();
    const env = { STORE_URL: redisUrl!, JOB_QUEUE_PREFIX: `newsdesk-test-${id}`, MODEL_CONCURRENCY: '2' };
    const [a, b] = [await app(env), await app(env)];
    openai.respondWith(() => ({ delayMs: 300, then: { json: russiaSummary } }));
    for (let i = 0; i < 8; i++) await (i % 2 ? a : b).send.command('/summarize', `--fresh ${russiaArticle()}`, { teamId: `T0SLOTS${id}`, channelId: 'C0SLOTS' });
    await eventually(() => (summariesIn('C0SLOTS').length === 8 ? true : undefined), 30_000);
    expect(openai.requests).toHaveLength(8);
    expect(openai.maxInFlight).toBe(2);
  });
});

/** What applies to one process runs on both queues: BullMQ on Redis, and the in-process queue. */
const queues = [
  { kind: 'in-process', env: () => ({}) },
  ...(redisUrl ? [{ kind: 'redis', env: () => ({ STORE_URL: redisUrl, JOB_QUEUE_PREFIX: `newsdesk-test-${runId()}` }) }] : []),
];

describe.each(queues)('one process on the $kind queue', ({ kind, env }) => {
  it('the same event delivered 5 times at once: one job, one answer', async () => {
    const nd = await app(env());
    expect(await (await fetch(`${nd.url}/healthz`)).json()).toMatchObject({ role: 'both', queue: { kind } });
    const teamId = `T0DUP${runId()}`;
    const root = await summarizeInChannel(nd, { teamId });
    const eventId = `Ev${runId()}`;
    const ts = slack.nextTs();
    const deliveries = await Promise.all(
      Array.from({ length: 5 }, (_, retryNum) => mention(nd, 'berapa tentara?', { threadTs: root, teamId, eventId, ts, retryNum })),
    );
    expect(deliveries.map((d) => d.response.status)).toEqual([200, 200, 200, 200, 200]);
    await replyIn(nd, root, 0);
    await settle(1_000);
    expect(slack.messages.filter((m) => m.thread_ts === root)).toHaveLength(1);
    expect(openai.requests.filter((r) => taskOf(r) === 'answer')).toHaveLength(1);
  });

  it('the model answers 429 with Retry-After: 1, then with x-ratelimit-reset-requests: 1s: the summary comes from the model after the waits, not offline', async () => {
    const nd = await app(env());
    openai.enqueue(
      { status: 429, message: 'Rate limit reached', headers: { 'retry-after': '1' } },
      { status: 429, message: 'Rate limit reached', headers: { 'x-ratelimit-reset-requests': '1s' } },
    );
    const started = Date.now();
    await nd.send.command('/summarize', russiaArticle(), { teamId: `T0LIM${runId()}`, channelId: 'C0MODEL429' });
    const post = await slack.waitFor('chat.postMessage', isSummary);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2_000);
    expect(textOf(post)).toContain(russiaSummary.headline);
    expect(textOf(post)).not.toMatch(/offline/i);
    expect(openai.requests.filter((r) => taskOf(r) === 'summary')).toHaveLength(3);
  });

  it('Slack answers chat.postMessage with 429: the summary is posted after Retry-After, once', async () => {
    const nd = await app(env());
    slack.rateLimitNext('chat.postMessage', 1);
    await nd.send.command('/summarize', russiaArticle(), { teamId: `T0SLK${runId()}`, channelId: 'C0SLACK429' });
    await eventually(() => (summariesIn('C0SLACK429').length > 0 ? true : undefined), 15_000);
    const [refused, posted] = slack.callsTo('chat.postMessage').filter(isSummary);
    expect(posted!.at! - refused!.at!).toBeGreaterThanOrEqual(1_000);
    await settle(500);
    expect(summariesIn('C0SLACK429')).toHaveLength(1);
  });

  it('two workspaces, one flooding 50 jobs: the other\'s single job is answered before the flood is done', async () => {
    const nd = await app({ ...env(), JOB_CONCURRENCY: '1' });
    openai.respondWith(() => ({ delayMs: 20, then: { json: russiaSummary } }));
    const id = runId();
    for (let i = 0; i < 50; i++) await nd.send.command('/summarize', `--fresh ${russiaArticle()}`, { teamId: `T0FLOOD${id}`, channelId: 'C0FLOOD' });
    await nd.send.command('/summarize', russiaArticle(), { teamId: `T0QUIET${id}`, channelId: 'C0QUIET' });

    await eventually(() => (summariesIn('C0QUIET').length === 1 ? true : undefined), 30_000);
    const floodDone = summariesIn('C0FLOOD').length;
    expect(floodDone).toBeLessThan(50);
    await eventually(() => (summariesIn('C0FLOOD').length === 50 ? true : undefined), 60_000);
  }, 90_000);
});
