import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { textOf } from '../support/conversation.js';
import type { ChatRequest } from '../support/openai-emulator.js';

const repairing = (request: ChatRequest) => request.messages.some((m) => /does not match the required JSON schema/.test(m.content));
const HUGE_HEADLINE = 'Rusia '.repeat(61_700).trim();

describe('a model field longer than Slack takes', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk();
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('a 370,000-character headline gets the repair round, and the journalist sees the repaired summary, not "Slack refused the reply"', async () => {
    nd.openai!.respondWith((request) => ({ json: repairing(request) ? russiaSummary : { ...russiaSummary, headline: HUGE_HEADLINE } }));
    const { responseUrl } = await nd.send.command('/summarize', russiaArticle());
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: russiaSummary.headline } });
    expect(nd.openai!.requests).toHaveLength(2);
    expect(nd.openai!.requests[1]!.messages.at(-1)!.content).toMatch(/headline/);
    expect(nd.slack.callsTo('response_url').filter((c) => c.args.url === responseUrl).map((c) => c.args.text).join('\n')).not.toMatch(/refused/);
  });

  it('a model that keeps sending it gets the offline summary, saying why, within Slack\'s limits', async () => {
    nd.openai!.respondWith(() => ({ json: { ...russiaSummary, headline: HUGE_HEADLINE } }));
    await nd.send.command('/summarize', russiaArticle());
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(textOf(post)).toContain('the model failed (its output did not match the schema), so this is the offline answer');
    expect(textOf(post).length).toBeLessThan(20_000);
  });

});
