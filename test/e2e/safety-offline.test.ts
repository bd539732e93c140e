import { afterEach, describe, expect, it } from 'vitest';
import { EMBARGO_REASON, OFFLINE_CHANNEL_REASON } from '../../src/editorial/policy.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { BOT_USER_ID } from '../support/slack-emulator.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';
import { eventually } from '../support/eventually.js';
import { newsSitePaths, startNewsSite } from '../support/news-site.js';

const OFFLINE_CHANNEL = 'C0OFFLINE';
const blocksText = (args: Record<string, any>) => JSON.stringify(args.blocks ?? args.text);

/** Posts /summarize and returns the summary's thread ts once it is in the channel. */
async function summarize(nd: RunningNewsdesk, text: string, channelId = CHANNEL_ID): Promise<{ ts: string; blocks: string }> {
  await nd.send.command('/summarize', text, { channelId });
  const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === channelId && !call.args.thread_ts);
  const ts = nd.slack.messages.find((m) => m.channel === channelId && m.text === post.args.text && !m.thread_ts)!.ts;
  return { ts, blocks: blocksText(post.args) };
}

/** "@Newsdesk <question>" in a thread, as Slack delivers it; resolves to Newsdesk's reply in that thread. */
async function askInThread(nd: RunningNewsdesk, channelId: string, threadTs: string, question: string): Promise<string> {
  const inThread = (call: { args: Record<string, any> }) => call.args.channel === channelId && call.args.thread_ts === threadTs;
  const earlier = nd.slack.callsTo('chat.postMessage').filter(inThread).length;
  await nd.send.event({ type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> ${question}`, channel: channelId, team: TEAM_ID, ts: nd.slack.nextTs(), thread_ts: threadTs });
  const reply = await nd.slack.waitFor('chat.postMessage', (call) => inThread(call) && nd.slack.callsTo('chat.postMessage').filter(inThread).indexOf(call) === earlier);
  return blocksText(reply.args);
}

describe('material that must never reach the model', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  it('answers an article in an offline-only channel, and a follow-up in its thread, without one request to the model', async () => {
    nd = await startNewsdesk({ env: { OFFLINE_ONLY_CHANNELS: `C0OTHER,${OFFLINE_CHANNEL}` } });
    nd.openai!.respondWith(() => ({ json: russiaSummary }));

    const summary = await summarize(nd, russiaArticle(), OFFLINE_CHANNEL);
    expect(summary.blocks).toContain('offline extractive engine');
    expect(summary.blocks).toContain(OFFLINE_CHANNEL_REASON);
    const context = await eventually(() => nd.services.threads.getThread({ teamId: TEAM_ID, channelId: OFFLINE_CHANNEL, threadTs: summary.ts }));
    expect(context.offlineReason).toBe(OFFLINE_CHANNEL_REASON);

    const answer = await askInThread(nd, OFFLINE_CHANNEL, summary.ts, 'Berapa tentara Rusia di dekat perbatasan?');
    expect(answer).toContain('offline');
    expect(nd.openai!.requests).toHaveLength(0);
  });

  it('keeps an article marked EMBARGO offline, says why, and keeps its thread offline for follow-ups', async () => {
    nd = await startNewsdesk();
    nd.openai!.respondWith(() => ({ json: russiaSummary }));

    const summary = await summarize(nd, `EMBARGOED UNTIL 06:00 GMT MONDAY\n\n${russiaArticle()}`);
    expect(summary.blocks).toContain(EMBARGO_REASON);
    const context = await eventually(() => nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: summary.ts }));
    expect(context.offlineReason).toBe(EMBARGO_REASON);

    const answer = await askInThread(nd, CHANNEL_ID, summary.ts, 'Siapa yang menyarankan diplomasi?');
    expect(answer).toContain(EMBARGO_REASON);
    expect(nd.openai!.requests).toHaveLength(0);
  });

  it('keeps a request marked [offline] away from the model, even for an article without a marker', async () => {
    nd = await startNewsdesk();
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    // The article goes first and is summarized by the model; then a follow-up asks to stay offline.
    const summary = await summarize(nd, russiaArticle());
    expect(nd.openai!.requests).toHaveLength(1);

    const answer = await askInThread(nd, CHANNEL_ID, summary.ts, '[offline] Siapa yang menyarankan diplomasi?');
    expect(answer).toContain(EMBARGO_REASON);
    expect(nd.openai!.requests).toHaveLength(1);
  });

  it('remembers a marker given only with the request, for a linked article that carries none', async () => {
    const site = await startNewsSite();
    try {
      nd = await startNewsdesk({ env: { URL_FETCH_ALLOW_PRIVATE: '1' } });
      nd.openai!.respondWith(() => ({ json: russiaSummary }));
      const link = `${site.url}${newsSitePaths.indonesianStory}`;

      const summary = await summarize(nd, `[offline] ${link}`);
      expect(summary.blocks).toContain(EMBARGO_REASON);
      expect(await askInThread(nd, CHANNEL_ID, summary.ts, 'Siapa yang menyarankan diplomasi?')).toContain(EMBARGO_REASON);

      await nd.send.command('/quotes', `[offline]\n${link}`, { channelId: 'C0QUOTES' });
      const opened = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C0QUOTES' && !call.args.thread_ts);
      const quotesThread = nd.slack.messages.find((m) => m.channel === 'C0QUOTES' && m.text === opened.args.text && !m.thread_ts)!.ts;
      await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C0QUOTES' && call.args.thread_ts === quotesThread);
      expect(await askInThread(nd, 'C0QUOTES', quotesThread, 'Siapa yang menyarankan diplomasi?')).toContain(EMBARGO_REASON);

      expect(nd.openai!.requests).toHaveLength(0);
    } finally {
      await site.close();
    }
  });
});
