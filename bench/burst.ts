import { startNewsdesk, SIGNING_SECRET, BOT_TOKEN } from '../test/support/newsdesk.js';
import { SlackSender } from '../test/support/slack-requests.js';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import type { SlackEmulator } from '../test/support/slack-emulator.js';
import { warmUpIntake } from '../src/article/warm-up.js';
import { startBareBolt } from './bare-bolt.js';
import { percentile, report, timeConcurrently } from './stats.js';

const REQUESTS = 200;
const CONCURRENCY = 20;
const PEOPLE = 50;
const CHANNELS = 10;
const MODEL_DELAY_MS = 200;

/**
 * A newsroom's morning: 200 signed /summarize, 20 at a time, from 50 people in 10 channels, each a
 * different article, the model answering after 200 ms. The baseline is a bare Bolt app that acks
 * and, after the same 200 ms, posts one message: what Newsdesk adds is the difference.
 */
export async function benchBurst(): Promise<void> {
  const nd = await startNewsdesk({ env: { LOG_LEVEL: 'error' } });
  // As npm start does once it listens.
  await warmUpIntake(0);
  const sleep = () => new Promise((resolve) => setTimeout(resolve, MODEL_DELAY_MS));
  nd.openai!.respondWith(async () => {
    await sleep();
    return { json: russiaSummary };
  });
  const bare = await startBareBolt({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, slackApiUrl: nd.slack.apiUrl, post: true, beforePost: sleep });
  const bareSender = new SlackSender(`${bare.url}/slack/events`, SIGNING_SECRET, nd.slack);
  try {
    const newsdesk = await burst(nd.send, nd.slack, 'newsdesk');
    const baseline = await burst(bareSender, nd.slack, 'bare');
    report({ name: `ack p50, ${REQUESTS} /summarize ${CONCURRENCY} at a time`, value: newsdesk.ackP50, baseline: baseline.ackP50, unit: 'ms' });
    report({ name: `ack p99 (target <= 1.5x)`, value: newsdesk.ackP99, baseline: baseline.ackP99, unit: 'ms', bound: 1.5 });
    report({ name: `all ${REQUESTS} answers posted (target <= 2x)`, value: newsdesk.allPostedMs, baseline: baseline.allPostedMs, unit: 'ms', bound: 2 });
  } finally {
    await bare.stop();
    await nd.stop();
  }
}

async function burst(sender: SlackSender, slack: SlackEmulator, label: string) {
  const article = russiaArticle();
  const before = slack.countOf('chat.postMessage');
  const start = performance.now();
  const acks = await timeConcurrently(REQUESTS, CONCURRENCY, async (i) => {
    const { response } = await sender.command('/summarize', `${article}\nUpdate ${i} of this story, from the ${label} run.`, {
      userId: `UREPORTER${i % PEOPLE}`,
      channelId: `CNEWSROOM${i % CHANNELS}`,
    });
    await response.text();
  });
  await slack.waitForCount('chat.postMessage', before + REQUESTS, 60_000);
  return { ackP50: percentile(acks, 50), ackP99: percentile(acks, 99), allPostedMs: performance.now() - start };
}
