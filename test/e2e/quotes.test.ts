import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { taskOf, type ChatRequest } from '../support/openai-emulator.js';
import { roadRepairArticle, russiaArticle, russiaSummary } from '../support/fixtures.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';
import type { SlackCall } from '../support/slack-emulator.js';

/** The article's real quotes, as a model that reads it well would give them. */
const realQuotes = [
  q('Selalu ada kesempatan untuk mencapai kesepakatan dengan Barat atas (krisis) Ukraina', null, null, 'P1', 'There is always a chance to reach an agreement with the West over the Ukraine (crisis)'),
  q('Saya akan menyarankan untuk melanjutkan (diplomasi)', 'Sergey Lavrov', 'Menteri Luar Negeri', 'P2', 'I would suggest continuing (diplomacy)'),
  q('Baik', 'Vladimir Putin', 'Presiden Rusia', 'P2', 'Good'),
  q('Masih harus dilihat apakah ini negosiasi nyata atau dirancang untuk menunda invansi', 'Stephen Nix', 'Institut Republik Internasional', 'P3', 'It remains to be seen whether these are real negotiations or designed to delay an invasion'),
  q('Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik', 'Antony Blinken', 'Menteri Luar Negeri AS', 'P4', 'The path of diplomacy remains available if Russia chooses to engage in good faith'),
  q('Kami berharap dapat mengembalikan staf kami ke Kedutaan Besar secepatnya, setelah kondisi memungkinkan', 'Antony Blinken', 'Menteri Luar Negeri AS', 'P4', 'We hope to return our staff to the Embassy as soon as conditions allow'),
  q('Mereka juga meninjau upaya diplomatik dan pencegahan dalam menanggapi pembangunan militer Rusia di perbatasan Ukraina', 'Gedung Putih', null, 'P5', 'They also reviewed diplomatic and deterrence efforts'),
  q('setuju bahwa masih ada jendela bagi diplomasi dan (kesempatan) bagi Rusia untuk mundur dari ancamannya terhadap Ukraina', 'pemerintah Inggris', null, 'P6', 'agreed that there is still a window for diplomacy', 'partial'),
  q('tidak ada pembenaran yang masuk akal', 'Olaf Scholz', 'Kanselir Jerman', 'P8', 'no reasonable justification', 'partial'),
];
const paraphrases = [
  { speaker: 'Sergey Lavrov', statement: 'pembicaraan para pemimpin Eropa dan Washington menunjukkan kemajuan awal yang menjanjikan', paragraph: 'P1' },
  { speaker: 'Rusia', statement: 'akan melanjutkan upaya diplomastik dengan Barat untuk meredakan krisis di perbatasan Ukraina', paragraph: 'P1' },
];
const realList = { quotes: realQuotes, paraphrases };

function q(quote: string, speaker: string | null, role: string | null, paragraph: string, translation: string, kind = 'full') {
  return { quote, speaker, role, paragraph, kind, translation };
}

/** Quotes no one in the article said, and a real quote credited to someone the article never names. */
const INVENTED_TEXT = 'Kami akan menyerang Kyiv minggu depan';
const INVENTED_SPEAKER = 'Donald Trump';
const inventedList = {
  quotes: [
    realQuotes[4]!,
    q(INVENTED_TEXT, 'Vladimir Putin', 'Presiden Rusia', 'P2', 'We will attack Kyiv next week'),
    q('Baik', INVENTED_SPEAKER, null, 'P2', 'Good'),
  ],
  paraphrases: [],
};

const textOf = (call: SlackCall) => JSON.stringify(call.args.blocks ?? call.args.text);
const isTask = (task: string) => (request: ChatRequest) => taskOf(request) === task;

/** The section that holds a quote, which opens with its speaker's name in bold. */
function speakerOf(posts: SlackCall[], quote: string): string | undefined {
  for (const post of posts) {
    for (const block of post.args.blocks as Array<{ type: string; text?: { text: string } }>) {
      const text = block.type === 'section' ? block.text!.text : '';
      if (text.includes(`“${quote}”`)) return /^\*([^*]+)\*/.exec(text)?.[1];
    }
  }
  return undefined;
}

describe('/quotes end to end', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk();
  });
  afterEach(async () => {
    await nd.stop();
  });

  /** Posts in the thread that the quote look-up opened, once its engine line (the last block) has been posted. */
  async function quotesPosts(threadTs?: string): Promise<SlackCall[]> {
    await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts !== undefined && /Newsdesk ·/.test(textOf(call)));
    return nd.slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts !== undefined && (!threadTs || call.args.thread_ts === threadTs));
  }

  it('shows every real quote verbatim with its speaker, grouped by speaker in article order, in a new thread', async () => {
    nd.openai!.respondWith(() => ({ json: realList }));
    const { response } = await nd.send.command('/quotes', russiaArticle());
    expect((await response.json()).text).toMatch(/Looking for quotes/);

    const posts = await quotesPosts();
    const header = nd.slack.callsTo('chat.postMessage')[0]!;
    expect(header.args.thread_ts).toBeUndefined();
    expect(header.args.blocks[0].text.text).toBe('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina');
    const rootTs = nd.slack.messages.find((m) => m.text === header.args.text)!.ts;
    expect(posts.every((post) => post.args.thread_ts === rootTs)).toBe(true);

    expect(speakerOf(posts, 'Saya akan menyarankan untuk melanjutkan (diplomasi)')).toBe('Sergey Lavrov');
    expect(speakerOf(posts, 'Baik')).toBe('Vladimir Putin');
    expect(speakerOf(posts, 'Masih harus dilihat apakah ini negosiasi nyata atau dirancang untuk menunda invansi')).toBe('Stephen Nix');
    expect(speakerOf(posts, 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik')).toBe('Antony Blinken');
    expect(speakerOf(posts, 'Kami berharap dapat mengembalikan staf kami ke Kedutaan Besar secepatnya, setelah kondisi memungkinkan')).toBe('Antony Blinken');
    expect(speakerOf(posts, 'Mereka juga meninjau upaya diplomatik dan pencegahan dalam menanggapi pembangunan militer Rusia di perbatasan Ukraina')).toBe('Gedung Putih');
    expect(speakerOf(posts, 'tidak ada pembenaran yang masuk akal')).toBe('Olaf Scholz');

    const shown = posts.map(textOf).join('\n');
    // Grouped: Blinken's two quotes under one heading; in article order: Lavrov (P2) before Blinken (P4) before Scholz (P8).
    expect(shown.match(/\*Antony Blinken\*/g)).toHaveLength(1);
    expect(shown.indexOf('*Sergey Lavrov*')).toBeLessThan(shown.indexOf('*Antony Blinken*'));
    expect(shown.indexOf('*Antony Blinken*')).toBeLessThan(shown.indexOf('*Olaf Scholz*'));
    expect(shown).toContain('_P4_');
    expect(shown).toContain('_P8 · partial quote_');
    // The English rendering is marked as a translation and never put in quote marks.
    expect(shown).toContain('_Translation:_ The path of diplomacy remains available if Russia chooses to engage in good faith');
    expect(shown).not.toContain('“The path of diplomacy');
    // Indirect speech stands apart, never in quote marks.
    expect(shown).toContain('Reported speech');
    expect(shown).not.toContain('“pembicaraan para pemimpin');
    expect(shown).not.toMatch(/withheld/);
    expect(shown).toMatch(/model test-model · check before use · \d+ tokens/);

    expect(nd.openai!.requests.filter(isTask('quotes'))).toHaveLength(1);
  });

  it('never shows an invented quote or an invented speaker, asks the model once more, and says how many were withheld', async () => {
    nd.openai!.respondWith(() => ({ json: inventedList }));
    await nd.send.command('/quotes', russiaArticle());
    const posts = await quotesPosts();

    const visible = nd.slack.visibleText();
    expect(visible).not.toContain(INVENTED_TEXT);
    expect(visible).not.toContain('We will attack Kyiv');
    expect(visible).not.toContain(INVENTED_SPEAKER);
    expect(visible).toContain('2 quotes withheld: not found word for word in the article');
    expect(speakerOf(posts, 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik')).toBe('Antony Blinken');
    // The passage the model credited to an unknown speaker is not shown under another name either.
    expect(speakerOf(posts, 'Baik')).toBeUndefined();

    // One recheck, naming exactly the failed quotes.
    const requests = nd.openai!.requests.filter(isTask('quotes'));
    expect(requests).toHaveLength(2);
    const recheck = requests[1]!.messages.at(-1)!.content;
    expect(recheck).toMatch(/Recheck/);
    expect(recheck).toContain(INVENTED_TEXT);
    expect(recheck).toContain(INVENTED_SPEAKER);
    expect(recheck).not.toContain('Jalan diplomasi tetap tersedia');
  });

  it('shows a quote the recheck gives word for word, with nothing withheld', async () => {
    const misquoted = { ...realQuotes[4]!, quote: 'Jalan diplomasi masih tersedia kalau Rusia mau terlibat dengan itikad baik' };
    nd.openai!.enqueue({ json: { quotes: [misquoted], paraphrases: [] } }, { json: { quotes: [realQuotes[4]], paraphrases: [] } });
    await nd.send.command('/quotes', russiaArticle());
    const posts = await quotesPosts();
    const visible = nd.slack.visibleText();
    expect(visible).not.toContain('masih tersedia kalau Rusia');
    expect(visible).not.toMatch(/withheld/);
    expect(speakerOf(posts, 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik')).toBe('Antony Blinken');
    // What the model missed and the rules found verbatim is shown too.
    expect(speakerOf(posts, 'Baik')).toBe('Vladimir Putin');
    expect(nd.openai!.requests).toHaveLength(2);
  });

  it('/quotes Blinken shows exactly Blinken\'s two quotes', async () => {
    nd.openai!.respondWith(() => ({ json: realList }));
    await nd.send.command('/quotes', `Blinken\n${russiaArticle()}`);
    const posts = await quotesPosts();
    const shown = posts.map(textOf).join('\n');
    expect(shown.match(/“/g)).toHaveLength(2);
    expect(speakerOf(posts, 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik')).toBe('Antony Blinken');
    expect(speakerOf(posts, 'Kami berharap dapat mengembalikan staf kami ke Kedutaan Besar secepatnya, setelah kondisi memungkinkan')).toBe('Antony Blinken');
    expect(posts[0]!.args.blocks[0].text.text).toMatch(/^Quotes from Blinken/);
  });

  it('takes "Putin", "Vladimir Putin" and "Presiden Rusia Vladimir Putin" as one speaker, for the channel\'s latest article, from cache', async () => {
    nd.openai!.respondWith(() => ({ json: realList }));
    await nd.send.command('/quotes', russiaArticle());
    const [first] = await quotesPosts();
    for (const speaker of ['Putin', 'Vladimir Putin', 'Presiden Rusia Vladimir Putin']) {
      const { responseUrl } = await nd.send.command('/quotes', speaker);
      const post = await nd.slack.waitFor('chat.postMessage', (call) => call.args.blocks?.[0]?.text?.text?.startsWith(`Quotes from ${speaker}:`));
      expect(post.args.thread_ts).toBe(first!.args.thread_ts);
      expect(textOf(post).match(/“/g)).toHaveLength(1);
      expect(speakerOf([post], 'Baik')).toBe('Vladimir Putin');
      expect(textOf(post)).toMatch(/from cache, no new model call/);
      expect(nd.slack.callsTo('response_url').filter((call) => call.args.url === responseUrl && /failed|wrong/i.test(call.args.text))).toHaveLength(0);
    }
    expect(nd.openai!.requests).toHaveLength(1);
  });

  it('says a speaker has no direct quotes, and shows what the article reports them saying', async () => {
    nd.openai!.respondWith(() => ({ json: realList }));
    await nd.send.command('/quotes', russiaArticle());
    await quotesPosts();
    await nd.send.command('/quotes', 'Rusia');
    const post = await nd.slack.waitFor('chat.postMessage', (call) => /No direct quotes from Rusia in this article/.test(textOf(call)));
    expect(textOf(post)).toContain('akan melanjutkan upaya diplomastik dengan Barat');
    expect(textOf(post)).not.toContain('“');
  });

  it('lists the quotes of a summary\'s article in its thread when the Quotes button is pressed', async () => {
    nd.openai!.respondWith((request) => ({ json: taskOf(request) === 'summary' ? russiaSummary : realList }));
    await nd.send.command('/summarize', russiaArticle());
    const summary = await nd.slack.waitFor('chat.postMessage');
    const button = summary.args.blocks.find((block: { block_id?: string }) => block.block_id === 'article_actions').elements.find((element: { action_id: string }) => element.action_id === 'article_quotes');
    expect(button.text.text).toBe('Quotes');
    const message = nd.slack.messages.find((m) => m.text === summary.args.text)!;

    const response = await nd.send.buttonPress({ messageTs: message.ts, actionId: 'article_quotes', value: button.value });
    expect(response.status).toBe(200);
    // "Looking for quotes…" shows in the thread, and the quotes take its place.
    const progress = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === message.ts);
    expect(progress.args.text).toBe('Looking for quotes…');
    const quotes = await nd.slack.waitFor('chat.update', (call) => /Newsdesk ·/.test(textOf(call)));
    expect(nd.slack.messages.find((m) => m.ts === quotes.args.ts)?.thread_ts).toBe(message.ts);
    expect(speakerOf([quotes], 'Baik')).toBe('Vladimir Putin');
    expect(textOf(quotes)).toContain('Asked by <@UJOURNALIST> · `the Quotes button`');
    expect(nd.slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === undefined)).toHaveLength(1);
  });

  it('tells the user, ephemerally, when the button\'s article is no longer kept', async () => {
    const responseUrl = nd.slack.newResponseUrl();
    await nd.send.buttonPress({ messageTs: '1600000000.000100', actionId: 'article_quotes', value: 'no-such-article' }, responseUrl);
    const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && /no longer holds/.test(call.args.text));
    expect(reply.args.response_type).toBe('ephemeral');
    expect(nd.slack.callsTo('chat.postMessage')).toHaveLength(0);
  });

  it('shows the usage when there is neither text nor an article in the channel', async () => {
    const { responseUrl } = await nd.send.command('/quotes', 'Blinken');
    const reply = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && /Usage/.test(call.args.text ?? ''));
    expect(reply.args.text).toMatch(/`\/quotes \[speaker\]/);
    expect(nd.openai!.requests).toHaveLength(0);
  });
});

describe('/quotes logging', () => {
  it('never writes an invented quote or speaker to the log, even at debug level', async () => {
    const written: string[] = [];
    const spies = (['debug', 'info', 'log', 'warn', 'error'] as const).map((level) =>
      vi.spyOn(console, level).mockImplementation((...args: unknown[]) => void written.push(args.map(String).join(' '))),
    );
    const nd = await startNewsdesk({ env: { LOG_LEVEL: 'debug' } });
    try {
      nd.openai!.respondWith(() => ({ json: inventedList }));
      await nd.send.command('/quotes', russiaArticle());
      await nd.slack.waitFor('chat.postMessage', (call) => /withheld/.test(textOf(call)));
      expect(written.length).toBeGreaterThan(0);
      expect(written.join('\n')).not.toContain(INVENTED_TEXT);
      expect(written.join('\n')).not.toContain(INVENTED_SPEAKER);
    } finally {
      await nd.stop();
      for (const spy of spies) spy.mockRestore();
    }
  });
});

describe('/quotes with no model configured', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk({ offline: true });
  });
  afterEach(async () => {
    await nd.stop();
  });

  /** The thread's posts once the offline engine's list is complete (its engine line is the last block). */
  async function offlinePosts(article: string): Promise<SlackCall[]> {
    await nd.send.command('/quotes', article);
    await nd.slack.waitFor('chat.postMessage', (call) => /offline extractive engine · no model configured/.test(textOf(call)));
    return nd.slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts !== undefined);
  }

  it('answers from the rule-based extractor, labelled offline', async () => {
    const posts = await offlinePosts(russiaArticle());
    expect(speakerOf(posts, 'Saya akan menyarankan untuk melanjutkan (diplomasi)')).toBe('Sergey Lavrov');
    expect(speakerOf(posts, 'Baik')).toBe('Vladimir Putin');
    expect(speakerOf(posts, 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik')).toBe('Antony Blinken');
    expect(speakerOf(posts, 'tidak ada pembenaran yang masuk akal')).toBe('Olaf Scholz');
    expect(nd.slack.visibleText()).not.toMatch(/Translation:/);
  });

  it('lists the members of the public after the sources, under a line of their own', async () => {
    const posts = await offlinePosts(roadRepairArticle());
    expect(speakerOf(posts, 'Banjir tahun lalu tidak boleh terulang')).toBe('Budi Santoso');
    expect(speakerOf(posts, 'Pembeli mulai datang lagi sejak jalan diperbaiki')).toBe('Sari Wulandari');
    const shown = posts.map(textOf).join('\n');
    const line = shown.indexOf('Also quoted: members of the public');
    // The mayor's later quote (P4) still comes before the trader's (P2) and the resident's (P3).
    expect(line).toBeGreaterThan(shown.indexOf('Banjir tahun lalu tidak boleh terulang'));
    expect(line).toBeLessThan(shown.indexOf('*Sari Wulandari*'));
    expect(shown.indexOf('*Sari Wulandari*')).toBeLessThan(shown.indexOf('*Joko Prasetyo*'));
  });
});
