import { afterEach, describe, expect, it } from 'vitest';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { textOf } from '../support/conversation.js';
import { loadConfig } from '../../src/config.js';

let nd: RunningNewsdesk | undefined;
afterEach(async () => {
  await nd?.stop();
  nd = undefined;
});

/** /summarize, and the summary the journalist sees with how long it took from the command. */
async function summarize(running: RunningNewsdesk): Promise<{ shown: string; seconds: number }> {
  const started = Date.now();
  const { response } = await running.send.command('/summarize', russiaArticle());
  expect(response.status).toBe(200);
  const post = await running.slack.waitFor('chat.postMessage', undefined, 20_000);
  return { shown: textOf(post), seconds: (Date.now() - started) / 1000 };
}

describe('a model request has an overall deadline', () => {
  it('does not wait out a Retry-After of 40 s: the offline summary comes within the deadline, saying the model is rate limited', async () => {
    nd = await startNewsdesk({ env: { OPENAI_DEADLINE_MS: '4000' } });
    nd.openai!.respondWith(() => ({ status: 429, message: 'Rate limit reached', headers: { 'retry-after': '40' } }));
    const { shown, seconds } = await summarize(nd);
    expect(shown).toContain('the model failed (it is rate limited), so this is the offline answer');
    expect(seconds).toBeLessThan(10);
    expect(nd.openai!.requests).toHaveLength(1);
  });

  it('waits a Retry-After that fits within the deadline, and the model answers', async () => {
    nd = await startNewsdesk({ env: { OPENAI_DEADLINE_MS: '8000' } });
    nd.openai!.enqueue({ status: 429, headers: { 'retry-after': '1' } });
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const { shown } = await summarize(nd);
    expect(shown).toContain(russiaSummary.headline);
    expect(shown).toMatch(/model test-model · check before use · \d+ tokens/);
    expect(nd.openai!.requests).toHaveLength(2);
  });

  it('gives up on a hung model at the deadline, whatever the per-attempt timeout, and says it timed out', async () => {
    nd = await startNewsdesk({ env: { OPENAI_DEADLINE_MS: '2000', OPENAI_TIMEOUT_MS: '60000' } });
    nd.openai!.respondWith(() => ({ delayMs: 8000, then: { json: russiaSummary } }));
    const { shown, seconds } = await summarize(nd);
    expect(shown).toContain('the model failed (it timed out), so this is the offline answer');
    expect(seconds).toBeLessThan(8);
  });

  it('by default gives up on a hung model within about 30 s', () => {
    const { llm } = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's', OPENAI_API_KEY: 'sk-1' });
    expect(llm!.deadlineMs).toBeLessThanOrEqual(30_000);
    expect(llm!.timeoutMs).toBeLessThanOrEqual(llm!.deadlineMs);
  });
});
