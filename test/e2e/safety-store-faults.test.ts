import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { replyTo } from '../support/acks.js';
import { eventually } from '../support/eventually.js';
import { russiaArticle } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { OpenAIEmulator } from '../support/openai-emulator.js';
import { TcpProxy } from '../support/tcp-proxy.js';
import { groundedAnswer, mention, postsIn, replyIn, russiaSummary, scriptModel, summarizeInChannel, textOf } from '../support/conversation.js';

const redisUrl = process.env.TEST_REDIS_URL;
const STORAGE_UNAVAILABLE = "Newsdesk's storage is unavailable; try again in a minute.";

const running: RunningNewsdesk[] = [];
/** Faults undone before the apps stop, so that a failed test still stops them. */
const repairs: Array<() => unknown> = [];
const cleanups: Array<() => unknown> = [];

afterEach(async () => {
  for (const repair of repairs.splice(0)) await repair();
  for (const nd of running.splice(0)) await nd.stop();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function start(storeUrl: string): Promise<RunningNewsdesk> {
  const openai = await OpenAIEmulator.start();
  cleanups.push(() => openai.close());
  scriptModel(openai, { summary: russiaSummary, answer: groundedAnswer });
  const nd = await startNewsdesk({ openai, env: { STORE_URL: storeUrl, USER_ANSWERS_PER_MINUTE: '1000' } });
  running.push(nd);
  return nd;
}

async function health(nd: RunningNewsdesk): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${nd.url}/healthz`, { signal: AbortSignal.timeout(5_000) });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

interface Thread {
  channelId: string;
  root: string;
}

/**
 * A /summarize whose job has finished, so its thread is stored before the test breaks the store;
 * each in a channel of its own, as the same article's summary reads the same in every thread.
 */
async function summarizeAndKeep(nd: RunningNewsdesk, channelId: string): Promise<Thread> {
  const finished = nd.slack.callsTo('response_url').length;
  const root = await summarizeInChannel(nd, { channelId });
  // The job's last step: the progress note goes once the thread and the person's recent articles are stored.
  await nd.slack.waitFor('response_url', (call) => nd.slack.callsTo('response_url').indexOf(call) >= finished && call.args.delete_original === true);
  return { channelId, root };
}

/** A /summarize while the store is out: how long Slack waited for its ack, and what the journalist was then told, and when. */
async function summarizeDuringOutage(nd: RunningNewsdesk): Promise<{ ackMs: number; told: string; toldMs: number }> {
  const started = performance.now();
  const { response, responseUrl } = await nd.send.command('/summarize', russiaArticle());
  const ackMs = performance.now() - started;
  expect(response.status).toBe(200);
  const told = await replyTo(nd, responseUrl, 10_000);
  return { ackMs, told, toldMs: performance.now() - started };
}

/** A follow-up in the thread of an article summarized before the fault: answered from the article once the store is back. */
async function answeredInThread(nd: RunningNewsdesk, { channelId, root }: Thread): Promise<void> {
  const earlier = postsIn(nd, root).length;
  await mention(nd, 'berapa tentara?', { threadTs: root, channelId });
  const reply = await replyIn(nd, root, earlier);
  expect(textOf(reply)).toContain('100.000');
}

describe.skipIf(!redisUrl)('Redis goes away and comes back', () => {
  it('the journalist is told within seconds, /healthz says why, and answers resume without a restart', { timeout: 60_000 }, async () => {
    const { hostname, port } = new URL(redisUrl!);
    const proxy = await TcpProxy.start({ host: hostname, port: Number(port || 6379) });
    cleanups.push(() => proxy.close());
    repairs.push(() => proxy.up());
    const nd = await start(proxy.urlFor(redisUrl!));
    const thread = await summarizeAndKeep(nd, 'C0BEFORE');
    const { root } = thread;
    // Time for the worker to mark the job done in Redis: cut off before that, it would run again when Redis is back.
    await new Promise((resolve) => setTimeout(resolve, 500));

    proxy.down();
    const command = await summarizeDuringOutage(nd);
    expect(command.ackMs).toBeLessThan(1_000);
    expect(command.told).toBe(STORAGE_UNAVAILABLE);
    expect(command.toldMs).toBeLessThan(5_000);

    const asked = performance.now();
    const earlier = postsIn(nd, root).length;
    await mention(nd, 'berapa tentara?', { threadTs: root, channelId: thread.channelId });
    const notice = await replyIn(nd, root, earlier);
    expect(notice.args.text).toBe(STORAGE_UNAVAILABLE);
    expect(performance.now() - asked).toBeLessThan(5_000);

    const down = await health(nd);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, store: 'redis', storeProblem: expect.stringMatching(/\S/) });

    proxy.up();
    await eventually(async () => ((await health(nd)).status === 200 ? true : undefined), 10_000);
    await answeredInThread(nd, thread);
    await answeredInThread(nd, await summarizeAndKeep(nd, 'C0AFTER'));
  });
});

describe('the SQLite file', () => {
  function sqliteFile(): { storeUrl: string; path: string } {
    const dir = mkdtempSync(join(tmpdir(), 'newsdesk-store-fault-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    const path = join(dir, 'newsdesk.db');
    return { storeUrl: `sqlite://${path}`, path };
  }

  it('deleted under the running app: restored from the open connection and reopened, so old and new threads are kept', async () => {
    const { storeUrl, path } = sqliteFile();
    const nd = await start(storeUrl);
    const before = await summarizeAndKeep(nd, 'C0BEFORE');

    rmSync(path);
    const after = await summarizeAndKeep(nd, 'C0AFTER');
    await answeredInThread(nd, after);
    await answeredInThread(nd, before);
    expect(existsSync(path)).toBe(true);
  });

  it('made read-only: the journalist is told, /healthz says why, and the file is reopened once it can be written again', { timeout: 60_000 }, async () => {
    const { storeUrl, path } = sqliteFile();
    const nd = await start(storeUrl);
    const thread = await summarizeAndKeep(nd, 'C0BEFORE');

    const writable = makeReadOnly(path);
    repairs.push(writable);
    const command = await summarizeDuringOutage(nd);
    expect(command.ackMs).toBeLessThan(1_000);
    expect(command.told).toBe(STORAGE_UNAVAILABLE);
    expect(command.toldMs).toBeLessThan(5_000);
    const down = await health(nd);
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ ok: false, store: 'sqlite', storeProblem: expect.stringMatching(/\S/) });

    writable();
    await eventually(async () => ((await health(nd)).status === 200 ? true : undefined), 10_000);
    await answeredInThread(nd, thread);
    await answeredInThread(nd, await summarizeAndKeep(nd, 'C0AFTER'));
  });
});

/**
 * Makes the database file and its folder unwritable; returns what undoes it. Root ignores file
 * modes, so as root the file and folder are made immutable instead (chattr, Linux).
 */
function makeReadOnly(path: string): () => void {
  const dir = dirname(path);
  if (process.getuid?.() === 0) {
    execFileSync('chattr', ['+i', path, dir]);
    let undone = false;
    return () => {
      if (!undone) execFileSync('chattr', ['-i', path, dir]);
      undone = true;
    };
  }
  chmodSync(path, 0o444);
  chmodSync(dir, 0o555);
  return () => {
    chmodSync(dir, 0o755);
    chmodSync(path, 0o644);
  };
}
