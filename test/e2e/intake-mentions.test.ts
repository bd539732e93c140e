import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatedFile } from '../support/slack-emulator.js';
import { BOT_USER_ID } from '../support/slack-emulator.js';
import { makeDocx, makePdf } from '../support/documents.js';
import { eventually } from '../support/eventually.js';
import { russiaArticle } from '../support/fixtures.js';
import { newsSitePaths, startNewsSite } from '../support/news-site.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';

const HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';
const storyParagraphs = () => russiaArticle().split('\n').slice(0, 8);
const described = ({ bytes: _bytes, ...file }: EmulatedFile) => file;

/** "@Newsdesk …" with files, as Slack delivers it: an app_mention event carrying the files. */
async function mentionWith(nd: RunningNewsdesk, text: string, files: Array<Record<string, unknown>> = []): Promise<string> {
  const ts = nd.slack.nextTs();
  const response = await nd.send.event({ type: 'app_mention', user: USER_ID, text: `<@${BOT_USER_ID}> ${text}`, channel: CHANNEL_ID, ts, files });
  expect(response.status).toBe(200);
  return ts;
}

let site: { url: string; close(): Promise<void> };
beforeAll(async () => {
  site = await startNewsSite();
});
afterAll(async () => {
  await site.close();
});

describe('articles brought by a mention or a message, no model configured', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk({ offline: true, env: { URL_FETCH_ALLOW_PRIVATE: '1' } });
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('summarizes a PDF shared with a mention, and keeps it as the summary thread\'s article', async () => {
    const file = nd.slack.addFile({ name: 'rusia.pdf', mimetype: 'application/pdf', bytes: await makePdf([HEADLINE, ...storyParagraphs()]) });
    await mentionWith(nd, 'tolong ringkas', [described(file)]);
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0].text.text).toBe(HEADLINE);
    const ts = nd.slack.messages.find((m) => m.text === post.args.text)!.ts;
    const context = await eventually(() => nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: ts }));
    expect(context.article.source).toMatchObject({ kind: 'file', fileName: 'rusia.pdf' });
  });

  it('summarizes a DOCX shared with a mention', async () => {
    const file = nd.slack.addFile({
      name: 'rusia.docx',
      mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await makeDocx([HEADLINE, ...storyParagraphs()]),
    });
    await mentionWith(nd, '', [described(file)]);
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0].text.text).toBe(HEADLINE);
  });

  it('summarizes the page a mention links to', async () => {
    await mentionWith(nd, `ringkas <${site.url}${newsSitePaths.indonesianStory}>`);
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0].text.text).toBe(HEADLINE);
  });

  it('summarizes the page a direct message links to', async () => {
    const ts = nd.slack.nextTs();
    await nd.send.event({ type: 'message', channel_type: 'im', channel: 'D0JOURNALIST', user: USER_ID, text: `<${site.url}${newsSitePaths.englishStory}>`, ts });
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0].text.text).toBe('Port strike enters third day as wage talks stall');
  });

  it('tells the thread when the shared file cannot be read', async () => {
    const file = nd.slack.addFile({ name: 'foto.jpg', mimetype: 'image/jpeg', bytes: Buffer.from('jpeg') });
    const ts = await mentionWith(nd, 'ringkas', [described(file)]);
    const notice = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === ts);
    expect(notice.args.text).toMatch(/cannot read \.jpg files/);
  });
});
