import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EmulatedFile, EmulatedMessage } from '../support/slack-emulator.js';
import { makeDocx, makePdf } from '../support/documents.js';
import { russiaArticle, russiaSummary } from '../support/fixtures.js';
import { newsSitePaths, startNewsSite } from '../support/news-site.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';

const HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';
const storyParagraphs = () => russiaArticle().split('\n').slice(0, 8);
const blocksText = (args: Record<string, any>) => JSON.stringify(args.blocks);

/** Slack's description of a file on a message: no bytes. */
const described = ({ bytes: _bytes, ...file }: EmulatedFile) => file;

/** A person's message in the channel, then "Summarize with Newsdesk" on it, as Slack sends it; returns the message and the response_url. */
async function shortcutOn(nd: RunningNewsdesk, message: Partial<EmulatedMessage>): Promise<{ message: EmulatedMessage; responseUrl: string }> {
  const seeded = nd.slack.seedMessage({ channel: CHANNEL_ID, user: USER_ID, text: '', ...message });
  const responseUrl = nd.slack.newResponseUrl();
  const response = await nd.send.interaction({
    type: 'message_action',
    callback_id: 'summarize_message',
    trigger_id: `trigger-${randomUUID()}`,
    action_ts: String(Date.now() / 1000),
    response_url: responseUrl,
    token: 'deprecated-verification-token',
    team: { id: TEAM_ID, domain: 'newsroom' },
    channel: { id: CHANNEL_ID, name: 'newsdesk' },
    user: { id: USER_ID, name: 'journalist', team_id: TEAM_ID },
    message_ts: seeded.ts,
    message: { type: 'message', user: USER_ID, ts: seeded.ts, text: seeded.text, ...(seeded.thread_ts && { thread_ts: seeded.thread_ts }), ...(seeded.files && { files: seeded.files }) },
  });
  expect(response.status).toBe(200);
  return { message: seeded, responseUrl };
}

/** The ephemeral reply after the progress note. */
async function refusal(nd: RunningNewsdesk, responseUrl: string): Promise<string> {
  const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && !/^Reading the article/.test(call.args.text));
  expect(reply.args.response_type).toBe('ephemeral');
  return reply.args.text;
}

describe('"Summarize with Newsdesk" on a message, no model configured', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk({ offline: true, env: { URL_FETCH_ALLOW_PRIVATE: '1' } });
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('summarizes the message\'s text in its thread, and that thread holds the article', async () => {
    const { message } = await shortcutOn(nd, { text: russiaArticle() });
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(message.ts);
    expect(post.args.blocks[0].text.text).toBe(HEADLINE);
    const context = await nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: message.ts });
    expect(context?.article.headline).toBe(HEADLINE);
    expect(await nd.services.threads.latestThread(TEAM_ID, CHANNEL_ID)).toMatchObject({ threadTs: message.ts });
  });

  it('answers a reply inside a thread in that same thread', async () => {
    const root = nd.slack.seedMessage({ channel: CHANNEL_ID, user: USER_ID, text: 'Siapa yang bisa ringkas ini?' });
    await shortcutOn(nd, { text: russiaArticle(), thread_ts: root.ts });
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(root.ts);
  });

  it('summarizes the page a message links to', async () => {
    const site = await startNewsSite();
    try {
      await shortcutOn(nd, { text: `Sudah baca ini? <${site.url}${newsSitePaths.indonesianStory}>` });
      const post = await nd.slack.waitFor('chat.postMessage');
      expect(post.args.blocks[0].text.text).toBe(HEADLINE);
    } finally {
      await site.close();
    }
  });

  it('summarizes a PDF shared in the message, downloaded with the bot token', async () => {
    const file = nd.slack.addFile({ name: 'rusia-diplomasi.pdf', mimetype: 'application/pdf', bytes: await makePdf([HEADLINE, ...storyParagraphs()]) });
    const { message } = await shortcutOn(nd, { text: 'Rilis dari kantor berita', files: [described(file)] });
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.thread_ts).toBe(message.ts);
    expect(post.args.blocks[0].text.text).toBe(HEADLINE);
    expect(blocksText(post.args)).toContain('rusia-diplomasi.pdf');
    expect(blocksText(post.args)).toContain('8 paragraphs');
  });

  it('summarizes a DOCX that Slack describes only by its id (files.info)', async () => {
    const file = nd.slack.addFile({
      name: 'rusia-diplomasi.docx',
      mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      bytes: await makeDocx([HEADLINE, ...storyParagraphs()]),
    });
    await shortcutOn(nd, { files: [{ id: file.id, file_access: 'check_file_info' }] });
    const post = await nd.slack.waitFor('chat.postMessage');
    expect(post.args.blocks[0].text.text).toBe(HEADLINE);
    expect(nd.slack.callsTo('files.info')[0]!.args.file).toBe(file.id);
  });

  it('refuses, with a clear message, files it cannot or will not read, before downloading them', async () => {
    const image = nd.slack.addFile({ name: 'foto.jpg', mimetype: 'image/jpeg', bytes: Buffer.from('not really a jpeg') });
    expect(await refusal(nd, (await shortcutOn(nd, { files: [described(image)] })).responseUrl)).toMatch(/cannot read \.jpg files/);

    const empty = nd.slack.addFile({ name: 'kosong.txt', mimetype: 'text/plain', bytes: Buffer.alloc(0) });
    expect(await refusal(nd, (await shortcutOn(nd, { files: [described(empty)] })).responseUrl)).toMatch(/kosong\.txt is empty/);

    const huge = { ...described(nd.slack.addFile({ name: 'besar.pdf', mimetype: 'application/pdf', bytes: Buffer.from('%PDF-') })), size: 25 * 1024 * 1024 };
    expect(await refusal(nd, (await shortcutOn(nd, { files: [huge] })).responseUrl)).toMatch(/besar\.pdf is 25 MB; Newsdesk reads files up to 10 MB/);

    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('refuses Slack\'s sign-in page in place of the file, and never sends the bot token off Slack', async () => {
    const pdf = nd.slack.addFile({ name: 'rusia.pdf', mimetype: 'application/pdf', bytes: await makePdf([HEADLINE, ...storyParagraphs()]) });
    const unknown = { ...described(pdf), url_private_download: `${nd.slack.origin}/files/F99999999/rusia.pdf` };
    expect(await refusal(nd, (await shortcutOn(nd, { files: [unknown] })).responseUrl)).toMatch(/sign-in page instead of rusia\.pdf/);

    const elsewhere = { ...described(pdf), url_private_download: 'https://attacker.example/rusia.pdf' };
    expect(await refusal(nd, (await shortcutOn(nd, { files: [elsewhere] })).responseUrl)).toMatch(/not stored on Slack/);
  });

  it('tells the user when the message is too short to be an article, or has nothing in it', async () => {
    expect(await refusal(nd, (await shortcutOn(nd, { text: 'Rapat redaksi jam 3.' })).responseUrl)).toMatch(/too short to be an article/);
    expect(await refusal(nd, (await shortcutOn(nd, { text: '' })).responseUrl)).toMatch(/has no article in it/);
  });
});

describe('"Summarize with Newsdesk" with a model', () => {
  it('keeps a file shared under an embargo note away from the model, in the summary and the thread\'s follow-ups', async () => {
    const nd = await startNewsdesk();
    try {
      const file = nd.slack.addFile({
        name: 'rusia.docx',
        mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        bytes: await makeDocx([HEADLINE, ...storyParagraphs()]),
      });
      const { message } = await shortcutOn(nd, { text: 'EMBARGO sampai pukul 10.00 WIB', files: [described(file)] });
      const post = await nd.slack.waitFor('chat.postMessage');
      expect(post.args.thread_ts).toBe(message.ts);
      expect(blocksText(post.args)).toMatch(/offline extractive engine · embargoed material is never sent to a model/);
      const context = await nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: message.ts });
      expect(context?.offlineReason).toMatch(/embargoed/);
      expect(nd.openai!.requests).toHaveLength(0);
    } finally {
      await nd.stop();
    }
  });

  it('gives the model only the part of a long article that fits its budget, and says so', async () => {
    const nd = await startNewsdesk();
    try {
      nd.openai!.respondWith(() => ({ json: russiaSummary }));
      // About 28,000 tokens of distinct paragraphs: more than the model's share of the prompt.
      const paragraphs = Array.from(
        { length: 400 },
        (_, i) => `Laporan bagian ${i + 1}: ${storyParagraphs()[i % 8]!.replace(/\.$/, '')}, menurut catatan redaksi nomor ${i + 1}.`,
      );
      const file = nd.slack.addFile({ name: 'laporan-panjang.txt', mimetype: 'text/plain', bytes: Buffer.from([HEADLINE, ...paragraphs].join('\n\n')) });
      await shortcutOn(nd, { files: [described(file)] });
      const post = await nd.slack.waitFor('chat.postMessage');
      expect(blocksText(post.args)).toMatch(/This article is long: Newsdesk used its first \d+ of 400 paragraphs/);
      const prompt = nd.openai!.requests[0]!.messages.map((m) => m.content).join('\n');
      expect(prompt).toContain('Laporan bagian 1:');
      expect(prompt).not.toContain('Laporan bagian 400:');
    } finally {
      await nd.stop();
    }
  });
});
