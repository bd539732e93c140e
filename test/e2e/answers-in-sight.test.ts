import { afterEach, describe, expect, it } from 'vitest';
import { fixture, russiaArticle, russiaSummary } from '../support/fixtures.js';
import { scriptModel, summarizeInChannel } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { permalink, type SlackCall } from '../support/slack-emulator.js';

const blinkenQuotes = {
  quotes: [
    {
      quote: 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik',
      speaker: 'Antony Blinken',
      role: 'Menteri Luar Negeri AS',
      paragraph: 'P4',
      kind: 'full',
      translation: 'The path of diplomacy remains available if Russia chooses to engage in good faith',
    },
  ],
  paraphrases: [],
};
const russiaEnglish = JSON.parse(fixture('translation-en-russia-diplomacy.json')) as { headline: string; paragraphs: Array<{ id: string }> };
const englishTranslation = (request: { messages: Array<{ content: string }> }) => {
  const ids = /Translate exactly these paragraphs: ([^.]+)\./.exec(request.messages.at(-1)!.content)![1]!.split(', ');
  return { headline: russiaEnglish.headline, paragraphs: russiaEnglish.paragraphs.filter((p) => ids.includes(p.id)) };
};

const ARTICLE_HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';
const blocksOf = (call: SlackCall) => JSON.stringify(call.args.blocks);

describe('answers where the journalist looks', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  /** A command, its acknowledgement, and what the person sees of it once `done` has happened. */
  async function command(name: string, text: string) {
    const { response, responseUrl } = await nd.send.command(name, text);
    const ack = (await response.json()) as { text: string };
    return { ack, responseUrl, shown: () => nd.slack.shownThrough(responseUrl, ack) };
  }

  it("links the channel to an answer posted in the article's existing thread, names who asked there, and leaves no progress note", async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary, quotes: blinkenQuotes });
    const threadTs = await summarizeInChannel(nd);

    const quotes = await command('/quotes', 'Blinken');
    expect(quotes.ack.text).toBe('Looking for quotes…');
    const answer = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === threadTs);
    expect(blocksOf(answer)).toContain('Asked by <@UJOURNALIST> · `/quotes Blinken`');
    const answerMessage = nd.slack.messages.find((m) => m.thread_ts === threadTs && m.ts !== threadTs)!;

    // The progress note is replaced by one ephemeral line linking to the answer in its thread.
    const pointer = await nd.slack.waitFor('response_url', (call) => call.args.url === quotes.responseUrl);
    expect(pointer.args).toMatchObject({ response_type: 'ephemeral', replace_original: true });
    expect(nd.slack.callsTo('chat.getPermalink').at(-1)!.args).toMatchObject({ message_ts: answerMessage.ts });
    expect(quotes.shown()).toEqual([
      expect.objectContaining({
        text: `Quotes from Blinken for *${ARTICLE_HEADLINE}* are in its thread → <${permalink(answerMessage)}|open it>`,
      }),
    ]);
    expect(permalink(answerMessage)).toContain(`thread_ts=${threadTs}`);
    // Nothing else reached the channel: the summary is its only message.
    expect(nd.slack.messages.filter((m) => !m.thread_ts)).toHaveLength(1);
  });

  it('deletes the progress note when the answer itself lands in the channel', async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary });
    const summarize = await command('/summarize', russiaArticle());
    expect(summarize.ack.text).toBe('Reading the article…');
    const summary = await nd.slack.waitFor('chat.postMessage');
    expect(summary.args.thread_ts).toBeUndefined();
    expect(blocksOf(summary)).toContain('Asked by <@UJOURNALIST> · `/summarize Rusia');
    await nd.slack.waitFor('response_url', (call) => call.args.url === summarize.responseUrl);
    expect(summarize.shown()).toEqual([]);
  });

  it('points to a translation in the existing thread once it is posted there', async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary, translation: englishTranslation });
    const threadTs = await summarizeInChannel(nd);

    const translate = await command('/translate', '');
    expect(translate.ack.text).toBe('Translating…');
    const pointer = await nd.slack.waitFor('response_url', (call) => call.args.url === translate.responseUrl);
    expect(pointer.args.text).toMatch(
      new RegExp(`^The English translation of \\*${ARTICLE_HEADLINE}\\* is in its thread → <https://newsroom\\.slack\\.com/archives/.*thread_ts=${threadTs}.*\\|open it>$`),
    );
    const translation = nd.slack.messages.find((m) => m.thread_ts === threadTs && m.text.startsWith(russiaEnglish.headline))!;
    expect(JSON.stringify(translation.blocks)).toContain('Asked by <@UJOURNALIST> · `/translate`');
    expect(translate.shown()).toHaveLength(1);
  });

  it('replaces the progress note with the failure when a command fails', async () => {
    nd = await startNewsdesk();
    const quotes = await command('/quotes', '');
    await nd.slack.waitFor('response_url', (call) => call.args.url === quotes.responseUrl);
    expect(quotes.shown()).toEqual([expect.objectContaining({ text: expect.stringMatching(/^Usage: `\/quotes \[speaker\]/) })]);
  });
});

describe('/newsdesk summarize|quotes|translate', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  /** The thread answer and the channel pointer of one command on the channel's latest article. */
  async function answerTo(name: string, text: string, threadTs: string) {
    const before = nd.slack.callsTo('chat.postMessage').length;
    const { response, responseUrl } = await nd.send.command(name, text);
    const ack = await response.json();
    const answer = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === threadTs && nd.slack.callsTo('chat.postMessage').indexOf(call) >= before);
    const pointer = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl);
    return { ack, answer, pointer };
  }

  it('`/newsdesk quotes Blinken` answers exactly as `/quotes Blinken`', async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary, quotes: blinkenQuotes });
    const threadTs = await summarizeInChannel(nd);
    // Both answers below then come from the stored quotes, so their engine lines match too.
    await answerTo('/quotes', 'Blinken', threadTs);

    const direct = await answerTo('/quotes', 'Blinken', threadTs);
    const namespaced = await answerTo('/newsdesk', 'quotes Blinken', threadTs);
    expect(namespaced.ack).toEqual(direct.ack);
    const asTyped = (call: SlackCall) => JSON.stringify({ text: call.args.text, blocks: call.args.blocks }).replace('`/newsdesk quotes Blinken`', '`/quotes Blinken`');
    expect(asTyped(namespaced.answer)).toEqual(asTyped(direct.answer));
    expect(blocksOf(namespaced.answer)).toContain('Asked by <@UJOURNALIST> · `/newsdesk quotes Blinken`');
    expect(namespaced.pointer.args.text.replace(/<[^|]+\|/, '<')).toEqual(direct.pointer.args.text.replace(/<[^|]+\|/, '<'));
  });

  it('`/newsdesk summarize` summarizes as /summarize does, and names itself in its usage', async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary });
    const { response } = await nd.send.command('/newsdesk', `summarize ${russiaArticle()}`);
    expect((await response.json()).text).toBe('Reading the article…');
    const summary = await nd.slack.waitFor('chat.postMessage');
    expect(summary.args.blocks[0].text.text).toBe(russiaSummary.headline);

    const usage = await nd.send.command('/newsdesk', 'translate');
    const told = await nd.slack.waitFor('response_url', (call) => call.args.url === usage.responseUrl);
    // The channel has an article now, so /newsdesk translate alone translates it; an unknown word is refused by name.
    expect(told.args.text).not.toMatch(/Usage: `\/translate/);
    const unknown = await nd.send.command('/newsdesk', 'quotez');
    expect((await unknown.response.json()).text).toMatch(/^Usage: `\/newsdesk summarize\|quotes\|translate …`/);
  });
});

describe('translation without a model', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  it('offers no Translate button under a summary, and a button from before refuses at once', async () => {
    nd = await startNewsdesk({ offline: true });
    const threadTs = await summarizeInChannel(nd);
    const summary = nd.slack.callsTo('chat.postMessage')[0]!;
    const buttons = summary.args.blocks.find((block: { block_id?: string }) => block.block_id === 'article_actions').elements.map((element: { action_id: string }) => element.action_id);
    expect(buttons).toEqual(['article_quotes']);

    // A summary posted while a model was configured still carries the button.
    const responseUrl = nd.slack.newResponseUrl();
    const articleId = summary.args.blocks.find((block: { block_id?: string }) => block.block_id === 'article_actions').elements[0].value;
    await nd.send.buttonPress({ messageTs: threadTs, actionId: 'article_translate_en', value: articleId }, responseUrl);
    const refusal = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl);
    expect(refusal.args.text).toMatch(/^Translation needs a language model/);
    expect(nd.slack.shownThrough(responseUrl)).toHaveLength(1);
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('says that an offline summary was reused', async () => {
    nd = await startNewsdesk({ offline: true });
    await summarizeInChannel(nd);
    await summarizeInChannel(nd);
    const [first, second] = nd.slack.callsTo('chat.postMessage');
    expect(blocksOf(first!)).not.toContain('reused from earlier');
    expect(blocksOf(second!)).toContain('offline extractive engine · no model configured · reused from earlier');
  });
});
