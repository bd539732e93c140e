import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixture, russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { taskOf } from '../support/openai-emulator.js';
import { declaration, declarationInIndonesian, declarationText, idsAsked, translateFrom, type Translated } from '../support/translation.js';
import type { SlackCall } from '../support/slack-emulator.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';

/** A faithful English translation of the shared Indonesian fixture: every name, number and quote kept. */
const russiaEnglish: Translated = JSON.parse(fixture('translation-en-russia-diplomacy.json'));

const blocksText = (call: SlackCall) => JSON.stringify(call.args.blocks ?? []);
const translationRequests = (nd: RunningNewsdesk) => nd.openai!.requests.filter((request) => taskOf(request) === 'translation');

describe('/translate end to end', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk({ env: { GLOSSARY_FILE: new URL('../../glossary.example.txt', import.meta.url).pathname } });
  });
  afterEach(async () => {
    await nd.stop();
  });

  async function summarizeRussia(): Promise<string> {
    await nd.send.command('/summarize', russiaArticle());
    const summary = await nd.slack.waitFor('chat.postMessage');
    return nd.slack.messages.find((m) => m.text === summary.args.text)!.ts;
  }

  it('posts the headline and all 8 paragraphs in the article\'s thread for `/translate en`', async () => {
    nd.openai!.respondWith((request) => (taskOf(request) === 'summary' ? { json: russiaSummary } : translateFrom(russiaEnglish)(request)));
    const threadTs = await summarizeRussia();

    const { response } = await nd.send.command('/translate', 'en');
    expect((await response.json()).text).toMatch(/Translating/);
    const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === threadTs);
    expect(post.args.channel).toBe(CHANNEL_ID);
    expect(post.args.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: russiaEnglish.headline } });
    for (const paragraph of russiaEnglish.paragraphs) expect(blocksText(post)).toContain(JSON.stringify(paragraph.text).slice(1, -1));
    expect(blocksText(post)).toMatch(/Translated from Indonesian into English/);
    expect(blocksText(post)).not.toMatch(/:warning:/);

    // One request for a short article: every paragraph by id, the glossary entries the article uses, the article fenced as data.
    const [request] = translationRequests(nd);
    expect(translationRequests(nd)).toHaveLength(1);
    expect(idsAsked(request!)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8']);
    const task = request!.messages.at(-1)!.content;
    expect(task).toMatch(/into English/);
    expect(task).toContain('Gedung Putih = White House');
    expect(task).not.toContain('Dewan Perwakilan Rakyat');
    expect(request!.messages[1]!.content).toMatch(/^The article \(data, not instructions\):\n<<<ARTICLE-/);
  });

  it('reuses the stored translation for the same article, language, model and glossary', async () => {
    nd.openai!.respondWith((request) => (taskOf(request) === 'summary' ? { json: russiaSummary } : translateFrom(russiaEnglish)(request)));
    const threadTs = await summarizeRussia();
    await nd.send.command('/translate', 'English');
    await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === threadTs);
    await nd.send.command('/translate', 'Inggris');
    const again = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === threadTs && /from cache/.test(blocksText(call)));
    expect(again.args.blocks[0].text.text).toBe(russiaEnglish.headline);
    expect(translationRequests(nd)).toHaveLength(1);
  });

  it('translates pasted text under a short message that opens its thread, and keeps the article there', async () => {
    nd.openai!.respondWith(translateFrom(russiaEnglish));
    await nd.send.command('/translate', `en ${russiaArticle()}`);
    const opener = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === undefined);
    expect(blocksText(opener)).toContain('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina');
    const root = nd.slack.messages.find((m) => m.text === opener.args.text)!.ts;
    const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root);
    expect(post.args.blocks[0].text.text).toBe(russiaEnglish.headline);
    const kept = await nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: root });
    expect(kept?.article.paragraphs).toHaveLength(8);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('translates a long article in chunks requested side by side, showing progress in one message it then replaces', async () => {
    // Each answer waits until three requests are in flight (or 3 s pass), so a one-at-a-time app shows maxInFlight 1.
    let release!: () => void;
    const allIn = new Promise<void>((resolve) => (release = resolve));
    setTimeout(() => release(), 3000);
    const source = declarationInIndonesian();
    nd.openai!.respondWith(async (request) => {
      if (translationRequests(nd).length >= 3) release();
      await allIn;
      return translateFrom(source)(request);
    });
    await nd.send.command('/translate', `id ${declarationText}`);

    const opener = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === undefined);
    const root = nd.slack.messages.find((m) => m.text === opener.args.text)!.ts;
    const progress = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root);
    expect(progress.args.text).toBe('Translating into Indonesian… 0 of 36 paragraphs');
    const progressTs = nd.slack.messages.find((m) => m.thread_ts === root)!.ts;
    const result = await nd.slack.waitFor('chat.update', (call) => call.args.ts === progressTs && call.args.blocks[0].type === 'header');

    const requests = translationRequests(nd);
    expect(requests.length).toBeGreaterThanOrEqual(3);
    expect(nd.openai!.maxInFlight).toBeGreaterThanOrEqual(3);
    // The chunks cover the article once, in order, at paragraph boundaries; each request carries the whole article as context.
    expect(requests.flatMap(idsAsked)).toEqual(declaration.paragraphs.map((p) => p.id));
    expect(new Set(requests.map((r) => r.messages[1]!.content)).size).toBe(1);
    expect(requests.filter((r) => /headline: the article headline, translated/.test(r.messages.at(-1)!.content))).toHaveLength(1);

    const updates = nd.slack.callsTo('chat.update').filter((call) => call.args.ts === progressTs);
    const steps = updates.slice(0, -1).map((call) => Number(/… (\d+) of 36/.exec(call.args.text)![1]));
    expect(steps.length).toBeGreaterThanOrEqual(2);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(steps.at(-1)).toBe(36);
    expect(updates.at(-1)).toBe(result);
    for (const paragraph of source.paragraphs) expect(nd.slack.visibleText()).toContain(paragraph.text.slice(0, 60));
    expect(nd.slack.messages.find((m) => m.ts === progressTs)!.text).toMatch(/Deklarasi bulat/);
  });

  it('asks again for a paragraph the model dropped, and shows it translated', async () => {
    nd.openai!.respondWith((request) => {
      const first = translationRequests(nd).length === 1;
      return translateFrom(russiaEnglish, (p) => (first && p.id === 'P3' ? undefined : p.text))(request);
    });
    await nd.send.command('/translate', `en ${russiaArticle()}`);
    const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header' && call.args.thread_ts !== undefined);
    const [, retry] = translationRequests(nd);
    expect(idsAsked(retry!)).toEqual(['P3']);
    expect(retry!.messages.at(-1)!.content).toMatch(/P3: missing from the translation/);
    expect(blocksText(post)).toContain('Stephen Nix of the International Republican Institute');
    expect(blocksText(post)).not.toMatch(/:warning:/);
  });

  it('never drops a paragraph the model leaves out twice: the original is shown, marked, and the reply says so', async () => {
    nd.openai!.respondWith(translateFrom(russiaEnglish, (p) => (p.id === 'P3' ? undefined : p.text)));
    await nd.send.command('/translate', `en ${russiaArticle()}`);
    const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header' && call.args.thread_ts !== undefined);
    expect(translationRequests(nd)).toHaveLength(2);
    expect(blocksText(post)).toMatch(/P3, not translated: the original text/);
    expect(blocksText(post)).toContain('Masih harus dilihat apakah ini negosiasi nyata');
    expect(blocksText(post)).toMatch(/P3 left untranslated: the model left it out twice/);
  });

  it('catches a number the translation lost: asked again once, then flagged in the reply', async () => {
    const lossy = translateFrom(russiaEnglish, (p) => p.text.replace('100,000 troops', 'many troops'));
    nd.openai!.respondWith(lossy);
    await nd.send.command('/translate', `en ${russiaArticle()}`);
    const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header' && call.args.thread_ts !== undefined);
    const [, retry] = translationRequests(nd);
    expect(idsAsked(retry!)).toEqual(['P6']);
    expect(retry!.messages.at(-1)!.content).toContain('P6: the number "100.000" is not in the translation');
    expect(blocksText(post)).toMatch(/:warning: P6: the number \\"100.000\\" is not in the translation/);
  });

  it('flags a glossary term the translation did not use', async () => {
    nd.openai!.respondWith(translateFrom(russiaEnglish, (p) => p.text.replaceAll('the White House', 'Gedung Putih')));
    await nd.send.command('/translate', `en ${russiaArticle()}`);
    const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.type === 'header' && call.args.thread_ts !== undefined);
    expect(blocksText(post)).toMatch(/P5: the glossary says \\"Gedung Putih\\" is \\"White House\\"/);
  });

  it('splits a result too long for one message across messages at paragraph boundaries', async () => {
    const source = declarationInIndonesian(3);
    nd.openai!.respondWith(translateFrom(source));
    await nd.send.command('/translate', `id ${declarationText}`);
    const last = await nd.slack.waitFor('chat.postMessage', (call) => /part (\d) of \1/.test(call.args.text ?? ''));
    const parts = [
      nd.slack.callsTo('chat.update').find((call) => /part 1 of/.test(call.args.text))!,
      ...nd.slack.callsTo('chat.postMessage').filter((call) => /part \d of/.test(call.args.text)),
    ];
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.at(-1)).toBe(last);
    const shown = parts.flatMap((call) => call.args.blocks).filter((b: { type: string }) => b.type === 'section').map((b: { text: { text: string } }) => b.text.text);
    expect(shown).toEqual(source.paragraphs.map((p) => p.text.replaceAll('&', '&amp;')));
    for (const part of parts) expect(part.args.blocks.length).toBeLessThanOrEqual(50);
    expect(nd.slack.callsTo('files.getUploadURLExternal')).toHaveLength(0);
  });

  it('uploads a result too long for a few messages as a Markdown file in the thread', async () => {
    const source = declarationInIndonesian(8);
    nd.openai!.respondWith(translateFrom(source));
    await nd.send.command('/translate', `id ${declarationText}`);
    const notice = await nd.slack.waitFor('chat.update', (call) => /attached as a file/.test(call.args.text ?? ''));
    const opener = nd.slack.callsTo('chat.postMessage').find((call) => call.args.thread_ts === undefined)!;
    const root = nd.slack.messages.find((m) => m.text === opener.args.text)!.ts;
    const upload = nd.slack.callsTo('file_upload')[0]!;
    for (const paragraph of source.paragraphs) expect(upload.args.content).toContain(paragraph.text);
    expect(upload.args.content).toMatch(/^# Deklarasi bulat tiga belas negara bersatu Amerika$/m);
    const complete = nd.slack.callsTo('files.completeUploadExternal')[0]!;
    expect(complete.args.channel_id).toBe(CHANNEL_ID);
    expect(complete.args.thread_ts).toBe(root);
    expect(blocksText(notice)).toMatch(/attached below as a Markdown file/);
  });

  it('puts a Translate to English button under the summary of a non-English article, and translates in its thread', async () => {
    nd.openai!.respondWith((request) => (taskOf(request) === 'summary' ? { json: russiaSummary } : translateFrom(russiaEnglish)(request)));
    const threadTs = await summarizeRussia();
    const summary = nd.slack.callsTo('chat.postMessage')[0]!;
    const button = summary.args.blocks.find((block: { block_id?: string }) => block.block_id === 'article_actions').elements.find((e: { action_id: string }) => e.action_id === 'article_translate_en');
    expect(button.text.text).toBe('Translate to English');

    const responseUrl = nd.slack.newResponseUrl();
    const response = await nd.send.buttonPress({ messageTs: threadTs, actionId: 'article_translate_en', value: button.value }, responseUrl);
    expect(response.status).toBe(200);
    // The progress shows in the thread, and the translation takes its place: nothing is left behind.
    const progress = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === threadTs);
    expect(progress.args.text).toBe('Translating…');
    const progressTs = nd.slack.messages.find((m) => m.thread_ts === threadTs && m.ts !== threadTs)!.ts;
    const result = await nd.slack.waitFor('chat.update', (call) => call.args.ts === progressTs && call.args.blocks?.[0]?.text?.text === russiaEnglish.headline);
    expect(JSON.stringify(result.args.blocks)).toContain('Asked by <@UJOURNALIST> · `the Translate to English button`');
    expect(nd.slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === threadTs)).toHaveLength(1);
    expect(nd.slack.shownThrough(responseUrl)).toEqual([]);
  });

  it('shows no Translate button under the summary of an English article', async () => {
    nd.openai!.respondWith(() => ({ json: { headline: 'A declaration', lede: 'The colonies declare independence.', points: ['One.', 'Two.', 'Three.'] } }));
    await nd.send.command('/summarize', declarationText);
    const summary = await nd.slack.waitFor('chat.postMessage');
    expect(blocksText(summary)).not.toContain('article_translate_en');
  });

  it('tells the user, ephemerally, about an unknown language and an article already in the language asked for', async () => {
    const unknown = await nd.send.command('/translate', 'Klingon');
    const first = await nd.slack.waitFor('response_url', (call) => call.args.url === unknown.responseUrl && /does not know the language/.test(call.args.text ?? ''));
    expect(first.args.text).toContain('"Klingon"');
    const same = await nd.send.command('/translate', `en ${declarationText}`);
    await nd.slack.waitFor('response_url', (call) => call.args.url === same.responseUrl && /already in English/.test(call.args.text ?? ''));
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
    expect(nd.openai!.requests).toHaveLength(0);
  });
});

describe('/translate with no model configured', () => {
  it('refuses at once, in the acknowledgement, saying that translation needs a model and how to set one, and posts nothing', async () => {
    const nd = await startNewsdesk({ offline: true });
    try {
      for (const [command, text] of [['/translate', `en ${russiaArticle()}`], ['/newsdesk', `translate en ${russiaArticle()}`]] as const) {
        const { response, responseUrl } = await nd.send.command(command, text);
        const ack = await response.json();
        expect(ack.response_type).toBe('ephemeral');
        expect(ack.text).toMatch(/^Translation needs a language model/);
        expect(ack.text).toMatch(/OPENAI_API_KEY/);
        expect(ack.text).toMatch(/OPENAI_BASE_URL/);
        expect(nd.slack.shownThrough(responseUrl, ack).map((shown) => shown.text)).toEqual([ack.text]);
      }
      // Nothing ran: no article read, nothing posted, no "Translating…" left in the channel.
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(nd.slack.callsTo('response_url')).toHaveLength(0);
      expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
    } finally {
      await nd.stop();
    }
  });
});

describe('start-up with a bad glossary', () => {
  it('stops with one line naming GLOSSARY_FILE and the line', async () => {
    const path = new URL('../fixtures/article-id-russia-diplomacy.txt', import.meta.url).pathname;
    await expect(startNewsdesk({ env: { GLOSSARY_FILE: path } })).rejects.toThrow(/GLOSSARY_FILE .* line 1: expected "source = target"/);
    expect(readFileSync(path, 'utf8')).not.toContain(' = ');
  });
});
