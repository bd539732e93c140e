import { randomUUID } from 'node:crypto';
import { startNewsdesk, SIGNING_SECRET, BOT_TOKEN } from '../test/support/newsdesk.js';
import { freePort, npmStart, untilHealthy, type NpmStarted } from '../test/support/npm-start.js';
import { OpenAIEmulator } from '../test/support/openai-emulator.js';
import { SlackEmulator } from '../test/support/slack-emulator.js';
import { SlackSender } from '../test/support/slack-requests.js';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import { startBareBolt } from './bare-bolt.js';
import { percentile, report, timeConcurrently } from './stats.js';

const MODEL_DELAY_MS = 500;
const SUMMARIES = 24;
const BURST = 200;
const BURST_CONCURRENCY = 20;

/**
 * Web and worker processes on one Redis (BENCH_REDIS_URL, else TEST_REDIS_URL). Throughput of
 * /summarize with a 500 ms model at 1, 2 and 4 worker processes, each running one job at a time
 * (JOB_CONCURRENCY=1), so the model's wait bounds a worker and the ratio to 1 worker should
 * approach the worker count; and the web role's ack p99 under a burst of 200 /summarize, 20 at
 * a time, against a bare Bolt app that only acks.
 */
export async function benchScaleOut(): Promise<void> {
  const redisUrl = process.env.BENCH_REDIS_URL ?? process.env.TEST_REDIS_URL;
  if (!redisUrl) return console.log('skipped: set BENCH_REDIS_URL (or TEST_REDIS_URL) to a Redis database the bench may use');
  const slack = await SlackEmulator.start(BOT_TOKEN);
  const openai = await OpenAIEmulator.start();
  openai.respondWith(() => ({ delayMs: MODEL_DELAY_MS, then: { json: russiaSummary } }));
  const prefix = `newsdesk-bench-${randomUUID().slice(0, 8)}`;
  const env = { STORE_URL: redisUrl, JOB_QUEUE_PREFIX: prefix, USER_ANSWERS_PER_MINUTE: '100000', LOG_LEVEL: 'error' };
  const web = await startNewsdesk({ slack, openai, env: { ...env, NEWSDESK_ROLE: 'web' } });
  try {
    const throughput: Record<number, number> = {};
    for (const workers of [1, 2, 4]) throughput[workers] = await summariesPerSecond(workers, web.send, slack, openai, env);
    for (const workers of [2, 4]) {
      report({ name: `summaries/s, ${workers} workers vs 1 (target -> ${workers}x)`, value: throughput[workers]!, baseline: throughput[1]!, unit: '/s' });
    }
    const bare = await startBareBolt({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, slackApiUrl: slack.apiUrl, post: false });
    try {
      const webAcks = await ackBurst(web.send);
      const bareAcks = await ackBurst(new SlackSender(`${bare.url}/slack/events`, SIGNING_SECRET, slack));
      report({ name: `web role ack p99, ${BURST} /summarize (target <= 1.2x)`, value: percentile(webAcks, 99), baseline: percentile(bareAcks, 99), unit: 'ms', bound: 1.2 });
    } finally {
      await bare.stop();
    }
  } finally {
    await web.stop();
    await slack.close();
    await openai.close();
  }
}

async function summariesPerSecond(workers: number, send: SlackSender, slack: SlackEmulator, openai: OpenAIEmulator, env: Record<string, string>): Promise<number> {
  const started = await Promise.all(Array.from({ length: workers }, () => startWorker(slack, openai, env)));
  try {
    const before = slack.countOf('chat.postMessage');
    const start = performance.now();
    for (let i = 0; i < SUMMARIES; i++) await send.command('/summarize', `--fresh ${russiaArticle()}`, { channelId: `CSCALE${workers}` });
    await slack.waitForCount('chat.postMessage', before + SUMMARIES, 120_000);
    return SUMMARIES / ((performance.now() - start) / 1000);
  } finally {
    await Promise.all(started.map((worker) => worker.stop()));
  }
}

async function startWorker(slack: SlackEmulator, openai: OpenAIEmulator, env: Record<string, string>): Promise<NpmStarted> {
  const port = await freePort();
  const worker = npmStart({
    ...env,
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    OPENAI_API_KEY: 'sk-bench',
    OPENAI_BASE_URL: openai.url,
    OPENAI_MODEL: 'bench-model',
    NEWSDESK_ROLE: 'worker',
    JOB_CONCURRENCY: '1',
    PORT: String(port),
  });
  await untilHealthy(port);
  return worker;
}

async function ackBurst(sender: SlackSender): Promise<number[]> {
  return timeConcurrently(BURST, BURST_CONCURRENCY, async (i) => {
    const { response } = await sender.command('/summarize', `${russiaArticle()}\nUpdate ${i}.`, { userId: `UREPORTER${i % 50}`, channelId: `CBURST${i % 10}` });
    await response.text();
  });
}
