import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { groundedAnswer, mention, replyIn, russiaSummary, scriptModel, summarizeInChannel, textOf } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';

describe('the cap on follow-ups per thread (MAX_TURNS_PER_THREAD)', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk({ env: { MAX_TURNS_PER_THREAD: '2' } });
    scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('answers a thread\'s follow-ups up to the cap, then says so in the thread without calling the model; a new thread answers again', async () => {
    const root = await summarizeInChannel(nd);
    await mention(nd, 'berapa tentara?', { threadTs: root });
    await replyIn(nd, root, 0);
    // Every kind of follow-up counts, not only questions.
    await mention(nd, 'make it shorter', { threadTs: root });
    await replyIn(nd, root, 1);
    const modelCalls = nd.openai!.requests.length;

    await mention(nd, 'siapa Lavrov?', { threadTs: root });
    const capped = await replyIn(nd, root, 2);
    expect(textOf(capped)).toContain(
      "This thread has reached Newsdesk's limit of 2 follow-ups. Start a new thread: run /summarize with the article again.",
    );
    await mention(nd, 'dan di mana mereka?', { threadTs: root });
    expect(textOf(await replyIn(nd, root, 3))).toContain('limit of 2 follow-ups');
    expect(nd.openai!.requests).toHaveLength(modelCalls);

    const fresh = await summarizeInChannel(nd);
    await mention(nd, 'siapa Lavrov?', { threadTs: fresh });
    expect(textOf(await replyIn(nd, fresh, 0))).toContain('100.000');
  });
});
