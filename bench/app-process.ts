import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { eventually } from '../test/support/eventually.js';
import { russiaArticle } from '../test/support/fixtures.js';
import { freePort } from '../test/support/npm-start.js';
import type { OpenAIEmulator } from '../test/support/openai-emulator.js';
import type { SlackEmulator } from '../test/support/slack-emulator.js';
import { SlackSender } from '../test/support/slack-requests.js';
import { bareBoltPackage } from './bare-bolt.js';
import { appNodeArgs, npmStartNodeArgs, procStatCpuMs, mainThreadCpuMs, timeConcurrently } from './stats.js';

const projectRoot = new URL('../', import.meta.url).pathname;
const SIGNING_SECRET = 'bench-secret';
const PEOPLE = 50;
const CHANNELS = 10;

/** An app started as a process of its own, listening on `port`. */
export interface AppProcess {
  port: number;
  pid: number;
}

/**
 * Starts `node <args>` in `cwd` with only the given environment (plus PATH, HOME and a free PORT) and
 * BENCH_APP_NODE_ARGS before the args, waits until /healthz answers 200, runs `use` against it, and
 * stops it (SIGTERM, as a deploy does) whatever `use` did.
 */
export async function withAppProcess<T>(args: string[], cwd: string, env: Record<string, string>, use: (app: AppProcess) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child = spawn(process.execPath, [...appNodeArgs(), ...args], {
    cwd,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await eventually(() => fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok || undefined, () => undefined), 120_000);
    return await use({ port, pid: child.pid! });
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}

/** A Slack app under test in its own process, and a sender that signs requests to it as Slack does. */
export interface SlackAppProcess {
  send: SlackSender;
  pid: number;
}

/**
 * Starts a Slack app as its own process against the Slack emulator (its bot token, LOG_LEVEL=error),
 * waits out the app's own warm-up (Newsdesk's reading pool, the tokenizer: done before a journalist's
 * first request would come), then runs `use` against it.
 */
function withSlackAppProcess<T>(args: string[], cwd: string, env: Record<string, string>, slack: SlackEmulator, use: (app: SlackAppProcess) => Promise<T>): Promise<T> {
  const slackEnv = { SLACK_BOT_TOKEN: slack.botToken, SLACK_SIGNING_SECRET: SIGNING_SECRET, SLACK_API_URL: slack.apiUrl, LOG_LEVEL: 'error' };
  return withAppProcess(args, cwd, { ...slackEnv, ...env }, async ({ port, pid }) => {
    await new Promise((resolve) => setTimeout(resolve, 3000));
    return use({ send: new SlackSender(`http://127.0.0.1:${port}/slack/events`, SIGNING_SECRET, slack), pid });
  });
}

/**
 * Newsdesk as `npm start` runs it (the compiled bundle, its default store: a SQLite file in a
 * folder of its own, removed afterwards), in its own process, against the Slack and model emulators,
 * with no per-person answer limit in the way of a bench's many requests.
 */
export async function withNewsdeskProcess<T>(slack: SlackEmulator, openai: OpenAIEmulator, use: (app: SlackAppProcess) => Promise<T>): Promise<T> {
  const storeFolder = mkdtempSync(join(tmpdir(), 'newsdesk-bench-'));
  try {
    return await withSlackAppProcess(npmStartNodeArgs(), projectRoot, {
      OPENAI_API_KEY: 'sk-bench',
      OPENAI_BASE_URL: openai.url,
      STORE_URL: `sqlite://${join(storeFolder, 'newsdesk.db')}`,
      USER_ANSWERS_PER_MINUTE: '100000',
    }, slack, use);
  } finally {
    rmSync(storeFolder, { recursive: true, force: true });
  }
}

/** The baseline, a bare Bolt app with the given listeners (`bareBoltPackage`), in its own process. */
export async function withBareBoltProcess<T>(listeners: string, slack: SlackEmulator, use: (app: SlackAppProcess) => Promise<T>): Promise<T> {
  const folder = bareBoltPackage(listeners);
  try {
    return await withSlackAppProcess(['app.js'], folder, {}, slack, use);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** What one round of /summarize cost: each ack's time, the time until all answers were posted, and the app's CPU per request. */
export interface SummarizeRound {
  acks: number[];
  allPostedMs: number;
  /** The app's main thread (the one that acks Slack): `/proc/<pid>/task/<pid>/schedstat`. */
  mainThreadMs: number;
  /** The whole app process, every thread (its reading pool, V8's and libuv's): `/proc/<pid>/stat`. */
  processMs: number;
}

/**
 * `requests` signed /summarize to the app, `concurrency` at a time, from 50 people in 10 channels,
 * each a different article (the fixture with an `Update <i>` line naming `label`), until the app has
 * posted as many messages to the Slack emulator. Linux only (the app's CPU is read from /proc).
 */
export async function summarizeRound(app: SlackAppProcess, slack: SlackEmulator, round: { requests: number; concurrency: number; label: string; timeoutMs: number }): Promise<SummarizeRound> {
  const article = russiaArticle();
  const wholeProcess = `/proc/${app.pid}/stat`;
  const [mainThreadBefore, processBefore] = [mainThreadCpuMs(app.pid), procStatCpuMs(wholeProcess)];
  const before = slack.countOf('chat.postMessage');
  const start = performance.now();
  const acks = await timeConcurrently(round.requests, round.concurrency, async (i) => {
    const { response } = await app.send.command('/summarize', `${article}\nUpdate ${i} of this story, from the ${round.label} run.`, {
      userId: `UREPORTER${i % PEOPLE}`,
      channelId: `CNEWSROOM${i % CHANNELS}`,
    });
    await response.text();
  });
  await slack.waitForCount('chat.postMessage', before + round.requests, round.timeoutMs);
  const allPostedMs = performance.now() - start;
  return {
    acks,
    allPostedMs,
    mainThreadMs: (mainThreadCpuMs(app.pid) - mainThreadBefore) / round.requests,
    processMs: (procStatCpuMs(wholeProcess) - processBefore) / round.requests,
  };
}
