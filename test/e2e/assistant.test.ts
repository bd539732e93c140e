import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { russiaArticle } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { TEAM_ID, USER_ID } from '../support/slack-requests.js';
import { groundedAnswer, message, postsIn, replyIn, RUSSIA_HEADLINE, russiaFile, russiaSummary, scriptModel, textOf } from '../support/conversation.js';

const PANE = 'D0ASSISTANT';

describe('the Slack AI-app pane (Bolt Assistant)', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
  });
  afterEach(async () => {
    await nd.stop();
  });

  async function startThread(): Promise<string> {
    const threadTs = nd.slack.nextTs();
    await nd.send.event({
      type: 'assistant_thread_started',
      assistant_thread: { user_id: USER_ID, context: { channel_id: 'C0NEWSDESK', team_id: TEAM_ID }, channel_id: PANE, thread_ts: threadTs },
      event_ts: nd.slack.nextTs(),
    });
    return threadTs;
  }

  const inPane = (threadTs: string, text: string) => message(nd, { channel: PANE, channel_type: 'im', thread_ts: threadTs, text });

  it('greets a new thread and suggests prompts', async () => {
    const threadTs = await startThread();
    const prompts = await nd.slack.waitFor('assistant.threads.setSuggestedPrompts');
    expect(prompts.args).toMatchObject({ channel_id: PANE, thread_ts: threadTs });
    expect(prompts.args.prompts.map((p: { title: string }) => p.title)).toEqual(['Summarize a link', 'Translate to English', 'List the quotes']);
    const greeting = await replyIn(nd, threadTs, 0);
    expect(greeting.args.text).toMatch(/Paste an article or a link/);
    expect(nd.slack.callsTo('conversations.replies')).toHaveLength(0);
  });

  it('summarizes a pasted article in the thread with a status and a title, then answers a question about it', async () => {
    const threadTs = await startThread();
    await replyIn(nd, threadTs, 0);

    await inPane(threadTs, russiaArticle());
    const summary = await replyIn(nd, threadTs, 1);
    expect(summary.args.blocks[0].text.text).toBe(russiaSummary.headline);
    const status = nd.slack.callsTo('assistant.threads.setStatus')[0]!;
    expect(status.args).toMatchObject({ channel_id: PANE, thread_ts: threadTs });
    const title = await nd.slack.waitFor('assistant.threads.setTitle');
    expect(title.args).toMatchObject({ channel_id: PANE, thread_ts: threadTs, title: 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina' });

    await inPane(threadTs, 'berapa tentara Rusia di perbatasan?');
    const answer = await replyIn(nd, threadTs, 2);
    expect(textOf(answer)).toContain('100.000');
    expect(textOf(answer)).toContain('sources: P6');
    expect(nd.slack.callsTo('assistant.threads.setStatus').length).toBeGreaterThanOrEqual(2);
    expect(postsIn(nd, threadTs)).toHaveLength(3);
  });

  it('summarizes a DOCX shared in the pane (a file_share message), titles the thread with its headline, then answers about it', async () => {
    const threadTs = await startThread();
    await replyIn(nd, threadTs, 0);

    const file = await russiaFile(nd, 'docx');
    await message(nd, { channel: PANE, channel_type: 'im', thread_ts: threadTs, subtype: 'file_share', text: '', files: [file] });
    expect((await replyIn(nd, threadTs, 1)).args.blocks[0].text.text).toBe(russiaSummary.headline);
    const title = await nd.slack.waitFor('assistant.threads.setTitle');
    expect(title.args).toMatchObject({ channel_id: PANE, thread_ts: threadTs, title: RUSSIA_HEADLINE });

    await inPane(threadTs, 'berapa tentara Rusia di perbatasan?');
    expect(textOf(await replyIn(nd, threadTs, 2))).toContain('100.000');
    expect(postsIn(nd, threadTs)).toHaveLength(3);
  });

  it('still answers when Slack refuses the status and the title', async () => {
    const threadTs = await startThread();
    await replyIn(nd, threadTs, 0);
    nd.slack.failNext('assistant.threads.setStatus', 'not_allowed');
    nd.slack.failNext('assistant.threads.setTitle', 'not_allowed');
    await inPane(threadTs, russiaArticle());
    expect((await replyIn(nd, threadTs, 1)).args.blocks[0].text.text).toBe(russiaSummary.headline);
  });

  it('asks for an article when a suggested prompt comes before one', async () => {
    const threadTs = await startThread();
    await replyIn(nd, threadTs, 0);
    await inPane(threadTs, 'List the quotes');
    expect(textOf(await replyIn(nd, threadTs, 1))).toMatch(/no article in this conversation/);
  });
});
