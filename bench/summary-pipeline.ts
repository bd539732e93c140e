import { startNewsdesk, SIGNING_SECRET, BOT_TOKEN } from '../test/support/newsdesk.js';
import { SlackSender } from '../test/support/slack-requests.js';
import { russiaArticle, russiaSummary } from '../test/support/fixtures.js';
import type { SlackEmulator } from '../test/support/slack-emulator.js';
import { startBareBolt } from './bare-bolt.js';
import { median, report } from './stats.js';

const RUNS = 60;

/**
 * Newsdesk's own time per summary with an instant emulated model: from the signed command to
 * the summary's chat.postMessage, against a bare Bolt app that acks and posts a fixed message.
 */
export async function benchSummaryPipeline(): Promise<void> {
  const nd = await startNewsdesk({ env: { LOG_LEVEL: 'error' } });
  nd.openai!.respondWith(() => ({ json: russiaSummary }));
  const bare = await startBareBolt({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, slackApiUrl: nd.slack.apiUrl, post: true });
  const bareSender = new SlackSender(`${bare.url}/slack/events`, SIGNING_SECRET, nd.slack);
  const article = russiaArticle();
  const timeToPost = async (sender: SlackSender, slack: SlackEmulator, i: number) => {
    const before = slack.countOf('chat.postMessage');
    const start = performance.now();
    // A different article each time, so no run is answered from the cache.
    await sender.command('/summarize', `${article}\nUpdate number ${i} of this story.`, { userId: `UREPORTER${i}` });
    await slack.waitForCount('chat.postMessage', before + 1);
    return performance.now() - start;
  };
  try {
    const newsdesk: number[] = [];
    const baseline: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      newsdesk.push(await timeToPost(nd.send, nd.slack, i));
      baseline.push(await timeToPost(bareSender, nd.slack, i));
    }
    report({ name: 'time per summary, instant model (command to post), median', value: median(newsdesk), baseline: median(baseline), unit: 'ms' });
  } finally {
    await bare.stop();
    await nd.stop();
  }
}
