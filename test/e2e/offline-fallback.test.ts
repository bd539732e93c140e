import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../src/article/article.js';
import { russiaArticle } from '../support/fixtures.js';
import { startNewsdesk } from '../support/newsdesk.js';
import { mention, replyIn, RUSSIA_HEADLINE, summarizeInChannel, textOf } from '../support/conversation.js';
import { OpenAIEmulator } from '../support/openai-emulator.js';

const blocksText = (args: Record<string, any>) => JSON.stringify(args.blocks);

/** The key points of a summary message, as posted. */
function pointsOf(blocks: Array<{ type: string; text?: { text: string } }>): string[] {
  const section = blocks.find((block) => block.text?.text.startsWith('*Key points*'))!;
  return section.text!.text.split('\n').slice(1).map((line) => line.replace(/^• /, ''));
}

/** Slack's mrkdwn escaping undone, to compare a posted point with the article. */
const unescape = (text: string) => text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

describe('offline engine end to end', () => {
  it('summarizes with no model configured in the article\'s own sentences, each point verbatim', async () => {
    const nd = await startNewsdesk({ offline: true });
    try {
      await nd.send.command('/summarize', russiaArticle());
      const post = await nd.slack.waitFor('chat.postMessage');
      expect(blocksText(post.args)).toMatch(/offline extractive engine · no model configured/);
      const points = pointsOf(post.args.blocks);
      expect(points.length).toBeGreaterThanOrEqual(2);
      const paragraphs = articleFromText(russiaArticle()).paragraphs.map((p) => p.text);
      for (const point of points) expect(paragraphs.some((text) => text.includes(unescape(point))), point).toBe(true);
    } finally {
      await nd.stop();
    }
  });

  it('offers 3-5 headline options, a social post beyond the lede, and an English answer with a note, all offline', async () => {
    const nd = await startNewsdesk({ offline: true });
    try {
      const root = await summarizeInChannel(nd);
      await mention(nd, 'headline options', { threadTs: root });
      const options = textOf(await replyIn(nd, root));
      expect(options).toContain(`1. ${RUSSIA_HEADLINE}`);
      expect(options).toContain('3. ');
      expect(options).not.toContain('…');

      await mention(nd, 'write a tweet', { threadTs: root });
      const tweet = textOf(await replyIn(nd, root));
      expect(tweet).toContain(RUSSIA_HEADLINE);

      await mention(nd, 'How many troops has Russia placed near the border?', { threadTs: root });
      const answer = textOf(await replyIn(nd, root));
      expect(answer).toContain('100.000 tentara');
      expect(answer).toContain('translating them needs a language model');
    } finally {
      await nd.stop();
    }
  });

  it('answers from the fallback, labelled, when the model server is down (connection refused)', async () => {
    // A server that was there and is gone: its port now refuses connections.
    const gone = await OpenAIEmulator.start();
    const url = gone.url;
    await gone.close();
    const nd = await startNewsdesk({ offline: true, env: { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: url, OPENAI_MODEL: 'test-model' } });
    try {
      await nd.send.command('/summarize', russiaArticle());
      const post = await nd.slack.waitFor('chat.postMessage', undefined, 20_000);
      expect(blocksText(post.args)).toMatch(/offline extractive engine · the model failed \(it could not be reached\), so this is the offline answer/);
      expect(post.args.blocks[0].text.text).toBe('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina');
      expect(await (await fetch(`${nd.url}/healthz`)).json()).toMatchObject({ ok: true, engine: 'llm', modelAvailable: false, modelProblem: expect.stringMatching(/^OPENAI_BASE_URL: .* is unreachable/) });
    } finally {
      await nd.stop();
    }
  });

  it('answers from the fallback, labelled, when the model does not answer in time', async () => {
    const nd = await startNewsdesk({ env: { OPENAI_TIMEOUT_MS: '1000' } });
    try {
      // Longer than the timeout, so every attempt (the first and the client's two retries) gives up.
      nd.openai!.respondWith(() => ({ delayMs: 2500, then: { status: 500 } }));
      await nd.send.command('/summarize', russiaArticle());
      const post = await nd.slack.waitFor('chat.postMessage', undefined, 20_000);
      expect(blocksText(post.args)).toMatch(/offline extractive engine · the model failed \(it timed out\), so this is the offline answer/);
    } finally {
      await nd.stop();
    }
  });
});
