import { startNewsdesk, SIGNING_SECRET, BOT_TOKEN } from '../test/support/newsdesk.js';
import { SlackSender } from '../test/support/slack-requests.js';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import { startBareBolt } from './bare-bolt.js';
import { percentile, report, timeConcurrently } from './stats.js';

const REQUESTS = 400;
const CONCURRENCY = 20;

/** Ack latency of signed /summarize requests at 20 concurrent: Newsdesk against a bare Bolt app that only acks. */
export async function benchAckLatency(): Promise<void> {
  const nd = await startNewsdesk({ env: { LOG_LEVEL: 'error' } });
  nd.openai!.respondWith(() => ({ json: russiaSummary }));
  const bare = await startBareBolt({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, slackApiUrl: nd.slack.apiUrl, post: false });
  const bareSender = new SlackSender(`${bare.url}/slack/events`, SIGNING_SECRET, nd.slack);
  const article = russiaArticle();
  try {
    // Alternate rounds so that both see the same machine state.
    const newsdesk: number[] = [];
    const baseline: number[] = [];
    for (let round = 0; round < 4; round++) {
      const ack = (sender: SlackSender) => async (i: number) => {
        // A newsroom's worth of journalists, so that no one hits the per-person rate limit.
        const { response } = await sender.command('/summarize', `${article}\nRound ${round} request ${i}.`, { userId: `UREPORTER${i % 50}` });
        await response.text();
      };
      newsdesk.push(...(await timeConcurrently(REQUESTS / 4, CONCURRENCY, ack(nd.send))));
      baseline.push(...(await timeConcurrently(REQUESTS / 4, CONCURRENCY, ack(bareSender))));
    }
    report({ name: `ack latency p50, /summarize at ${CONCURRENCY} concurrent`, value: percentile(newsdesk, 50), baseline: percentile(baseline, 50), unit: 'ms' });
    report({ name: `ack latency p99, /summarize at ${CONCURRENCY} concurrent`, value: percentile(newsdesk, 99), baseline: percentile(baseline, 99), unit: 'ms' });
  } finally {
    await bare.stop();
    await nd.stop();
  }
}
