import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { taskOf } from '../support/openai-emulator.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, SIGNING_SECRET, type RunningNewsdesk } from '../support/newsdesk.js';
import { CHANNEL_ID, TEAM_ID } from '../support/slack-requests.js';
import { eventually } from '../support/eventually.js';
import { slackSignatureHeaders } from '../support/slack-signing.js';

const blocksText = (args: Record<string, any>) => JSON.stringify(args.blocks);

describe('/summarize end to end', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk();
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('acks a signed command at once and posts the validated summary to the channel', async () => {
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    const { response } = await nd.send.command('/summarize', russiaArticle());
    expect(response.status).toBe(200);
    expect((await response.json()).text).toMatch(/Reading the article/);

    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.channel).toBe(CHANNEL_ID);
    expect(post.args.thread_ts).toBeUndefined();
    expect(post.args.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: russiaSummary.headline } });
    for (const point of russiaSummary.points) expect(blocksText(post.args)).toContain(point);
    expect(blocksText(post.args)).toMatch(/model test-model · check before use · \d+ tokens/);

    // The model saw the article fenced as data, each of its 8 paragraphs once.
    const request = nd.openai!.requests[0]!;
    expect(taskOf(request)).toBe('summary');
    const prompt = request.messages.map((m) => m.content).join('\n');
    expect(prompt.match(/Lavrov melanjutkan, Amerika Serikat/g)).toHaveLength(1);
    expect(request).not.toHaveProperty('temperature');
    expect(request).not.toHaveProperty('max_tokens');
    expect(request.prompt_cache_key).toBeTruthy();
  });

  it('keeps the article as the context of the summary thread', async () => {
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    await nd.send.command('/summarize', russiaArticle());
    const post = await nd.slack.waitFor('chat.postMessage');
    const ts = nd.slack.messages.find((m) => m.text === post.args.text)!.ts;
    const context = await eventually(() => nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: ts }));
    expect(context.article.paragraphs).toHaveLength(8);
  });

  it('refuses a forged signature and a timestamp older than five minutes with 401', async () => {
    const body = new URLSearchParams({ command: '/summarize', text: 'x', team_id: 'T1', channel_id: 'C1', user_id: 'U1' }).toString();
    const forged = await fetch(`${nd.url}/slack/events`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', ...slackSignatureHeaders('not-the-secret', body) },
      body,
    });
    expect(forged.status).toBe(401);
    const stale = await nd.send.post(body, 'application/x-www-form-urlencoded', {}, Math.floor(Date.now() / 1000) - 6 * 60);
    expect(stale.status).toBe(401);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(nd.openai!.requests).toHaveLength(0);
  });

  it('repairs schema-breaking model output with one round that shows the model the error', async () => {
    nd.openai!.enqueue({ json: { headline: russiaSummary.headline, lede: russiaSummary.lede, points: ['only one'] } });
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    await nd.send.command('/summarize', russiaArticle());
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(blocksText(post.args)).toContain(russiaSummary.points[0]);
    expect(nd.openai!.requests).toHaveLength(2);
    const repairTurn = nd.openai!.requests[1]!.messages.at(-1)!.content;
    expect(repairTurn).toMatch(/does not match the required JSON schema/);
    expect(repairTurn).toMatch(/points/);
  });

  it('falls back to json_object where the server rejects json_schema', async () => {
    nd.openai!.rejectJsonSchema = true;
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    await nd.send.command('/summarize', russiaArticle());
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0].text.text).toBe(russiaSummary.headline);
    expect(nd.openai!.requests.at(-1)!.response_format?.type).toBe('json_object');
  });

  it('answers from the offline engine, saying why, when the output stays invalid', async () => {
    nd.openai!.respondWith(() => ({ content: 'Sure! Here is your summary: Russia wants talks.' }));
    await nd.send.command('/summarize', russiaArticle());
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(blocksText(post.args)).toMatch(/offline extractive engine/);
    expect(blocksText(post.args)).toMatch(/did not match the schema/);
    expect(blocksText(post.args)).not.toContain('Russia wants talks');
    expect(nd.openai!.requests).toHaveLength(2);
    expect((await fetch(`${nd.url}/healthz`)).status).toBe(200);
  });

  it('still answers during a model outage and stays healthy', async () => {
    nd.openai!.respondWith(() => ({ status: 500 }));
    await nd.send.command('/summarize', russiaArticle());
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(blocksText(post.args)).toMatch(/offline extractive engine/);
    expect(blocksText(post.args)).toMatch(/HTTP 500/);
    const health = await fetch(`${nd.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ ok: true, engine: 'llm', store: 'memory' });
  });

  it('shows the usage, ephemerally, for a command without text in a channel with no article yet', async () => {
    const { responseUrl } = await nd.send.command('/summarize', '   ');
    const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl);
    expect(reply.args.response_type).toBe('ephemeral');
    expect(reply.args.text).toMatch(/Usage: `\/summarize/);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('summarizes the channel\'s latest article, in its thread, when given no text', async () => {
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    await nd.send.command('/summarize', russiaArticle());
    const first = await nd.slack.waitFor('chat.postMessage');
    const rootTs = nd.slack.messages.find((m) => m.text === first.args.text)!.ts;
    await nd.send.command('/summarize', '');
    const second = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === rootTs);
    expect(blocksText(second.args)).toMatch(/from cache, no new model call/);
    expect(nd.openai!.requests).toHaveLength(1);
  });

  it('tells the user how to invite the bot when it is not in the channel', async () => {
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
    nd.slack.failNext('chat.postMessage', 'not_in_channel');
    const { responseUrl } = await nd.send.command('/summarize', russiaArticle());
    const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && /invite/i.test(call.args.text));
    expect(reply.args.text).toMatch(/\/invite @Newsdesk/);
    expect(reply.args.response_type).toBe('ephemeral');
  });

  it('tells the user, instead of crashing, when the text is too short to be an article', async () => {
    const { responseUrl } = await nd.send.command('/summarize', 'Breaking: mayor resigns.');
    const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && call.args.text !== undefined);
    expect(reply.args.text).toMatch(/too short to be an article/i);
    expect(nd.openai!.requests).toHaveLength(0);
  });
});

describe('/summarize with no model configured', () => {
  it('answers from the offline engine and says so', async () => {
    const nd = await startNewsdesk({ offline: true });
    try {
      await nd.send.command('/summarize', russiaArticle());
      const post = await nd.slack.waitFor('chat.postMessage');
      expect(blocksText(post.args)).toMatch(/offline extractive engine · no model configured/);
      expect(post.args.blocks[0].text.text).toBe('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina');
      expect(await (await fetch(`${nd.url}/healthz`)).json()).toMatchObject({ engine: 'offline', model: null });
    } finally {
      await nd.stop();
    }
  });
});

describe('/summarize grounding', () => {
  it('flags names and numbers the model wrote that the article does not contain', async () => {
    const nd = await startNewsdesk();
    try {
      const invented = { ...russiaSummary, points: [...russiaSummary.points, 'Emmanuel Macron mengirim 25.000 tentara ke Polandia.'] };
      nd.openai!.respondWith(() => ({ json: invented }));
      await nd.send.command('/summarize', russiaArticle());
      const post = await nd.slack.waitFor('chat.postMessage');
      const warning = JSON.stringify(post.args.blocks.filter((b: { type: string }) => b.type === 'context'));
      expect(warning).toMatch(/Not found in the article/);
      expect(warning).toContain('Macron');
      expect(warning).toContain('25.000');
      expect(warning).not.toContain('Lavrov');
    } finally {
      await nd.stop();
    }
  });
});
