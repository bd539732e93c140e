import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { taskOf } from '../support/openai-emulator.js';
import { russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { newsSitePaths, startNewsSite } from '../support/news-site.js';

const blocksText = (args: Record<string, any>) => JSON.stringify(args.blocks);
const INDONESIAN_HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';

let site: { url: string; close(): Promise<void> };
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
});

/** Sends /summarize and returns the ephemeral reply that is not the progress note. */
async function refusal(nd: RunningNewsdesk, text: string): Promise<string> {
  const { responseUrl } = await nd.send.command('/summarize', text);
  const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && call.args.text !== undefined);
  expect(reply.args.response_type).toBe('ephemeral');
  return reply.args.text;
}

describe('/summarize <link> with no model configured', () => {
  let nd: RunningNewsdesk;
  beforeAll(async () => {
    nd = await startNewsdesk({ offline: true, env: { URL_FETCH_ALLOW_PRIVATE: '1' } });
  });
  afterAll(async () => {
    await nd.stop();
  });

  it('posts a summary of the page, headed by the page\'s headline', async () => {
    await nd.send.command('/summarize', `${site.url}${newsSitePaths.indonesianStory}`);
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: INDONESIAN_HEADLINE } });
    expect(blocksText(post.args)).toContain('www.kabarnusantara.example/internasional/d-5943210');
  });

  it('tells the user what is wrong with pages that hold no story', async () => {
    expect(await refusal(nd, `${site.url}${newsSitePaths.notFound}`)).toMatch(/not found \(HTTP 404\)/);
    expect(await refusal(nd, `${site.url}${newsSitePaths.paywalled}`)).toMatch(/paste the article text/i);
    expect(await refusal(nd, `${site.url}${newsSitePaths.json}`)).toMatch(/not a news page/);
  });

  it('still refuses a redirect to the cloud metadata address', async () => {
    expect(await refusal(nd, `${site.url}${newsSitePaths.redirectToCloudMetadata}`)).toMatch(/private or internal network address/);
  });
});

describe('/summarize <link> with a model', () => {
  let nd: RunningNewsdesk;
  beforeAll(async () => {
    nd = await startNewsdesk({ env: { URL_FETCH_ALLOW_PRIVATE: '1' } });
    nd.openai!.respondWith(() => ({ json: russiaSummary }));
  });
  afterAll(async () => {
    await nd.stop();
  });

  it('gives the model the page\'s story, links the source, and reuses the summary of the same article', async () => {
    const link = `${site.url}${newsSitePaths.indonesianStory}`;
    await nd.send.command('/summarize', `Tolong ringkas: <${link}>`);
    const first = await nd.slack.waitFor('chat.postMessage');
    expect(first.args.blocks[0].text.text).toBe(russiaSummary.headline);
    expect(blocksText(first.args)).toContain('www.kabarnusantara.example/internasional/d-5943210');

    const request = nd.openai!.requests[0]!;
    expect(taskOf(request)).toBe('summary');
    const prompt = request.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain(INDONESIAN_HEADLINE);
    expect(prompt.match(/Lavrov melanjutkan, Amerika Serikat/g)).toHaveLength(1);
    expect(prompt).not.toMatch(/Baca juga|<script/);

    // The same story through a redirect is the same article (its canonical URL): no new model call.
    await nd.send.command('/summarize', `${site.url}${newsSitePaths.redirectToIndonesianStory}`);
    const second = await nd.slack.waitFor('chat.postMessage', (call) => call !== first);
    expect(blocksText(second.args)).toMatch(/from cache, no new model call/);
    expect(nd.openai!.requests).toHaveLength(1);

    // --fresh asks the model again.
    await nd.send.command('/summarize', `--fresh ${link}`);
    const third = await nd.slack.waitFor('chat.postMessage', (call) => call !== first && call !== second);
    expect(blocksText(third.args)).toMatch(/model test-model · check before use · \d+ tokens/);
    expect(nd.openai!.requests).toHaveLength(2);
  });
});

describe('/summarize <link> without URL_FETCH_ALLOW_PRIVATE', () => {
  it('refuses a link to a local address, and asks no model', async () => {
    const nd = await startNewsdesk();
    try {
      expect(await refusal(nd, `${site.url}${newsSitePaths.indonesianStory}`)).toMatch(/private or internal network address/);
      expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
      expect(nd.openai!.requests).toHaveLength(0);
    } finally {
      await nd.stop();
    }
  });
});
