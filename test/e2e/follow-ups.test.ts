import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { taskOf } from '../support/openai-emulator.js';
import { russiaArticle } from '../support/fixtures.js';
import { articleFromText } from '../../src/article/article.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from '../support/slack-requests.js';
import { BOT_ID, BOT_USER_ID } from '../support/slack-emulator.js';
import {
  groundedAnswer,
  mention,
  message,
  postsIn,
  replyIn,
  RUSSIA_HEADLINE,
  russiaFile,
  russiaSummary,
  scriptModel,
  summarizeInChannel,
  linesLogged,
  textOf,
} from '../support/conversation.js';
import { eventually } from '../support/eventually.js';

const portStrike = [
  'Dockworkers Walk Out at the Port of Rotterdam',
  'Dockworkers at the Port of Rotterdam walked out on Monday after talks with terminal operators over pay broke down, the FNV union said.',
  'About 2,000 workers joined the strike, which halted container handling at the two largest terminals, according to the union. The port authority said ships were waiting outside the harbour.',
  'The union is asking for a raise of 8 percent. The operators offered 4 percent and said they would return to the table on Thursday.',
].join('\n\n');

describe('follow-ups in an article thread', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('answers a mention in the summary\'s thread, in that thread, grounded and citing paragraphs', async () => {
    const root = await summarizeInChannel(nd);
    const asked = await mention(nd, 'berapa tentara Rusia di perbatasan?', { threadTs: root });
    expect(asked.response.status).toBe(200);
    const reply = await replyIn(nd, root);
    expect(reply.args.channel).toBe(CHANNEL_ID);
    expect(textOf(reply)).toContain('lebih dari 100.000 tentara');
    expect(textOf(reply)).toContain('sources: P6');
    expect(textOf(reply)).not.toMatch(/Not found in the article/);

    const request = nd.openai!.requests.find((r) => taskOf(r) === 'answer')!;
    expect(request.messages.at(-1)!.content).toContain('Question: berapa tentara Rusia di perbatasan?');
    expect(request.messages.at(-1)!.content).not.toContain(BOT_USER_ID);
    expect(nd.slack.callsTo('conversations.replies')).toHaveLength(0);
  });

  it('flags names and numbers in an answer that the article does not contain', async () => {
    scriptModel(nd.openai!, {
      summary: russiaSummary,
      answer: { answer: 'Olaf Scholz said 250.000 troops are at the border, according to Emmanuel Macron [P7].', found: true, citations: ['P7', 'P99'] },
    });
    const root = await summarizeInChannel(nd);
    await mention(nd, 'what did Scholz say about the troops at the border?', { threadTs: root });
    const reply = await replyIn(nd, root);
    expect(textOf(reply)).toMatch(/Not found in the article, check before use: [^"]*250\.000/);
    expect(textOf(reply)).toMatch(/Not found in the article[^"]*Emmanuel Macron/);
    expect(textOf(reply)).not.toMatch(/Not found in the article[^"]*Scholz/);
    expect(textOf(reply)).toContain('sources: P7"');
  });

  it('answers "the article does not say" to a question the article does not answer', async () => {
    scriptModel(nd.openai!, {
      summary: russiaSummary,
      answer: { answer: 'Probably around 5 billion dollars.', found: false, citations: [] },
    });
    const root = await summarizeInChannel(nd);
    await mention(nd, 'how much does the deployment cost?', { threadTs: root });
    const reply = await replyIn(nd, root);
    expect(textOf(reply)).toContain('The article does not say.');
    expect(textOf(reply)).not.toContain('5 billion');
  });

  it('posts nothing new when Slack delivers the same event again with X-Slack-Retry-Num: 1', async () => {
    const dropped = linesLogged(nd, /delivered again/);
    const root = await summarizeInChannel(nd);
    const first = await mention(nd, 'berapa tentara?', { threadTs: root, ts: '1700000500.000100' });
    await replyIn(nd, root, 0);
    const retry = await mention(nd, 'berapa tentara?', { threadTs: root, ts: '1700000500.000100', eventId: first.eventId, retryNum: 1 });
    expect(retry.response.status).toBe(200);
    await eventually(() => dropped[0]);
    await mention(nd, 'siapa menteri luar negeri AS?', { threadTs: root });
    await replyIn(nd, root, 1);
    expect(postsIn(nd, root)).toHaveLength(2);
    expect(nd.openai!.requests.filter((r) => taskOf(r) === 'answer')).toHaveLength(2);
  });

  it('lays the follow-up prompt out for prompt caching: the same bytes as the summary\'s up to the end of the article', async () => {
    const root = await summarizeInChannel(nd);
    await mention(nd, 'berapa tentara?', { threadTs: root });
    await replyIn(nd, root);
    const summary = nd.openai!.requests.find((r) => taskOf(r) === 'summary')!;
    const followUp = nd.openai!.requests.find((r) => taskOf(r) === 'answer')!;
    const prefix = JSON.stringify(summary.messages.slice(0, 2)).slice(0, -1);
    expect(prefix).toContain('Lavrov melanjutkan');
    expect(JSON.stringify(followUp.messages).startsWith(prefix)).toBe(true);
    expect(followUp.prompt_cache_key).toBe(summary.prompt_cache_key);
  });

  it('keeps the conversation in the store and sends the last turns with the next question, after the article', async () => {
    const root = await summarizeInChannel(nd);
    await mention(nd, 'berapa tentara?', { threadTs: root });
    await replyIn(nd, root, 0);
    await mention(nd, 'dan di mana mereka?', { threadTs: root });
    await replyIn(nd, root, 1);
    const second = nd.openai!.requests.filter((r) => taskOf(r) === 'answer')[1]!;
    const task = second.messages.at(-1)!.content;
    expect(task).toContain('Q: berapa tentara?');
    expect(task).toContain(`A: ${groundedAnswer.answer}`);
    expect(task.indexOf('Q: berapa tentara?')).toBeLessThan(task.indexOf('Question: dan di mana mereka?'));
    const context = await nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: root });
    expect(context!.turns.map((t) => t.question)).toEqual(['berapa tentara?', 'dan di mana mereka?']);
    expect(nd.slack.callsTo('conversations.replies')).toHaveLength(0);
  });

  it('routes follow-ups to their use-case: a shorter summary, headline options, a social post of at most 280 characters', async () => {
    const headlines = ['Rusia pilih jalur diplomasi', 'Lavrov sarankan Putin lanjutkan diplomasi', 'AS pindahkan kedutaan ke Lviv'];
    const post = 'Rusia akan melanjutkan diplomasi dengan Barat soal Ukraina, kata Lavrov kepada Putin. #Ukraina';
    scriptModel(nd.openai!, { summary: russiaSummary, headlines: { headlines }, social_post: { post } });
    const root = await summarizeInChannel(nd);

    await mention(nd, 'make it shorter', { threadTs: root });
    const shorter = await replyIn(nd, root, 0);
    expect(shorter.args.blocks[0]).toEqual({ type: 'header', text: { type: 'plain_text', text: russiaSummary.headline } });
    expect(nd.openai!.requests.filter((r) => taskOf(r) === 'summary').at(-1)!.messages.at(-1)!.content).toMatch(/three most important points/);

    await mention(nd, 'usulan judul', { threadTs: root });
    const options = await replyIn(nd, root, 1);
    for (const [i, headline] of headlines.entries()) expect(textOf(options)).toContain(`${i + 1}. ${headline}`);

    await mention(nd, 'write a tweet', { threadTs: root });
    const social = await replyIn(nd, root, 2);
    expect(textOf(social)).toContain(post);
    expect(textOf(social)).toContain(`${post.length}/280 characters`);
  });

  it('repairs a social post longer than 280 characters instead of posting it', async () => {
    const tooLong = `${'Rusia akan melanjutkan diplomasi. '.repeat(10)}`;
    const post = 'Rusia akan melanjutkan diplomasi dengan Barat soal krisis Ukraina.';
    nd.openai!.respondWith((request) => {
      if (taskOf(request) === 'summary') return { json: russiaSummary };
      const repairing = request.messages.some((m) => /does not match the required JSON schema/.test(m.content));
      return { json: { post: repairing ? post : tooLong } };
    });
    const root = await summarizeInChannel(nd);
    await mention(nd, 'social media post please', { threadTs: root });
    const social = await replyIn(nd, root);
    expect(textOf(social)).toContain(post);
    expect(textOf(social)).not.toContain(tooLong.trim());
  });

  it('lists one speaker\'s quotes for "what did Scholz say?"', async () => {
    scriptModel(nd.openai!, {
      summary: russiaSummary,
      quotes: {
        quotes: [
          { quote: 'tidak ada pembenaran yang masuk akal', speaker: 'Olaf Scholz', role: 'Kanselir Jerman', paragraph: 'P8', kind: 'partial', translation: 'there is no reasonable justification' },
          { quote: 'Baik,', speaker: 'Vladimir Putin', role: null, paragraph: 'P2', kind: 'full', translation: 'Good' },
        ],
        paraphrases: [],
      },
    });
    const root = await summarizeInChannel(nd);
    await mention(nd, 'what did Scholz say?', { threadTs: root });
    const reply = await replyIn(nd, root);
    expect(textOf(reply)).toContain('tidak ada pembenaran yang masuk akal');
    expect(textOf(reply)).not.toContain('timpal');
    expect(nd.openai!.requests.some((r) => taskOf(r) === 'answer')).toBe(false);
  });

  it('streams a long answer with chat streaming, whole', async () => {
    const long = Array.from({ length: 60 }, (_, i) => `Kalimat ${i + 1}: Rusia mengatakan akan melanjutkan upaya diplomatik dengan Barat [P1].`).join(' ');
    scriptModel(nd.openai!, { summary: russiaSummary, answer: { answer: long, found: true, citations: ['P1'] } });
    const root = await summarizeInChannel(nd);
    await mention(nd, 'ceritakan semuanya', { threadTs: root });
    const stop = await nd.slack.waitFor('chat.stopStream');
    const start = nd.slack.callsTo('chat.startStream')[0]!;
    expect(start.args).toMatchObject({ channel: CHANNEL_ID, thread_ts: root, recipient_team_id: TEAM_ID });
    expect(nd.slack.callsTo('chat.appendStream').length).toBeGreaterThan(0);
    const streamed = nd.slack.messages.find((m) => m.ts === stop.args.ts)!;
    expect(streamed.text).toBe(long);
    expect(JSON.stringify(stop.args.blocks)).toContain('sources: P1');
    expect(postsIn(nd, root)).toHaveLength(0);
  });

  it('grows a long answer with chat.update in steps where Slack refuses to stream', async () => {
    const long = Array.from({ length: 120 }, (_, i) => `Kalimat ${i + 1}: Rusia mengatakan akan melanjutkan upaya diplomatik [P1].`).join(' ');
    scriptModel(nd.openai!, { summary: russiaSummary, answer: { answer: long, found: true, citations: ['P1'] } });
    const root = await summarizeInChannel(nd);
    nd.slack.failNext('chat.startStream', 'not_allowed_token_type');
    await mention(nd, 'ceritakan semuanya', { threadTs: root });
    const posted = await replyIn(nd, root);
    await nd.slack.waitFor('chat.update', (call) => JSON.stringify(call.args.blocks).includes('sources: P1'));
    const updates = nd.slack.callsTo('chat.update').filter((call) => call.args.channel === CHANNEL_ID);
    expect(updates.length).toBeGreaterThan(1);
    expect(posted.args.blocks).toHaveLength(1);
    const shown = nd.slack.messages.find((m) => m.thread_ts === root)!;
    const sectionsText = (shown.blocks as Array<{ type: string; text?: { text: string } }>)
      .filter((b) => b.type === 'section')
      .map((b) => b.text!.text)
      .join(' ');
    expect(sectionsText.replace(/\s+/g, ' ')).toBe(long);
    expect(postsIn(nd, root)).toHaveLength(1);
  });

  it('summarizes an article pasted with a mention in the channel, and its thread then holds that article', async () => {
    await mention(nd, russiaArticle());
    const summary = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === CHANNEL_ID && !call.args.thread_ts);
    expect(summary.args.blocks[0].text.text).toBe(russiaSummary.headline);
    const root = nd.slack.messages.find((m) => m.text === summary.args.text && !m.thread_ts)!.ts;
    await mention(nd, 'berapa tentara?', { threadTs: root });
    expect(textOf(await replyIn(nd, root))).toContain('100.000');
  });

  it('answers a reply that arrives before the summary\'s thread is stored, instead of saying there is no article', async () => {
    const threadTs = nd.slack.nextTs();
    // The summary's job stores its thread a moment after posting it: here 300 ms after the reply arrives.
    await mention(nd, 'berapa tentara Rusia di perbatasan?', { threadTs });
    await new Promise((resolve) => setTimeout(resolve, 300));
    await nd.services.threads.startThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs }, articleFromText(russiaArticle()), undefined);

    const reply = await replyIn(nd, threadTs);
    expect(textOf(reply)).toContain('lebih dari 100.000 tentara');
    expect(textOf(reply)).not.toMatch(/no article in this conversation/);
  });

  it('tells the thread when it has no article, instead of staying silent', async () => {
    const threadTs = nd.slack.nextTs();
    await mention(nd, 'what is this about?', { threadTs });
    expect(textOf(await replyIn(nd, threadTs))).toMatch(/no article in this conversation/);
  });

  it('never lets a question in one thread see another thread\'s article, channel or workspace', async () => {
    scriptModel(nd.openai!, {
      summary: (request: { messages: Array<{ content: string }> }) =>
        request.messages[1]!.content.includes('Rotterdam')
          ? { headline: 'Rotterdam dockworkers strike', lede: 'Dockworkers at Rotterdam walked out on Monday.', points: ['About 2,000 workers joined.', 'The union asks 8 percent.', 'Talks resume Thursday.'] }
          : russiaSummary,
      answer: groundedAnswer,
    });
    const russia = await summarizeInChannel(nd);
    await nd.send.command('/summarize', portStrike);
    const strikePost = await nd.slack.waitFor('chat.postMessage', (call) => call.args.text?.startsWith('Rotterdam'));
    const strike = nd.slack.messages.find((m) => m.text === strikePost.args.text && !m.thread_ts)!.ts;

    await mention(nd, 'how many workers joined?', { threadTs: strike });
    await replyIn(nd, strike);
    const asked = nd.openai!.requests.find((r) => taskOf(r) === 'answer')!;
    const prompt = asked.messages.map((m) => m.content).join('\n');
    expect(prompt).toContain('Rotterdam');
    expect(prompt).not.toContain('Lavrov');

    // The same thread ts in another workspace or channel holds nothing.
    await mention(nd, 'berapa tentara?', { threadTs: russia, teamId: 'T0OTHERTEAM' });
    await mention(nd, 'berapa tentara?', { threadTs: russia, channelId: 'C0ELSEWHERE' });
    const elsewhere = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === 'C0ELSEWHERE');
    expect(textOf(elsewhere)).toMatch(/no article in this conversation/);
    await nd.slack.waitFor('chat.postMessage', () => postsIn(nd, russia).length >= 2);
    expect(postsIn(nd, russia).every((call) => /no article in this conversation/.test(textOf(call)))).toBe(true);
    expect(nd.openai!.requests.filter((r) => taskOf(r) === 'answer')).toHaveLength(1);
  });

  it('ignores plain replies in a thread by default, and its own, bots\', edited and deleted messages', async () => {
    const root = await summarizeInChannel(nd);
    await message(nd, { text: 'berapa tentara?', thread_ts: root });
    await message(nd, { text: 'berapa tentara?', thread_ts: root, bot_id: 'BOTHERBOT', subtype: 'bot_message' });
    await message(nd, { subtype: 'message_changed', message: { text: 'berapa tentara?', user: 'UJOURNALIST', thread_ts: root }, thread_ts: root });
    await message(nd, { subtype: 'message_deleted', deleted_ts: root, thread_ts: root });
    await mention(nd, 'berapa tentara?', { threadTs: root, ...{ } });
    await replyIn(nd, root, 0);
    await mention(nd, 'siapa Lavrov?', { threadTs: root });
    await replyIn(nd, root, 1);
    expect(postsIn(nd, root)).toHaveLength(2);
  });
});

describe('plain replies with REPLY_WITHOUT_MENTION=true', () => {
  let nd: RunningNewsdesk;
  beforeEach(async () => {
    nd = await startNewsdesk({ env: { REPLY_WITHOUT_MENTION: 'true' } });
    scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
  });
  afterEach(async () => {
    await nd.stop();
  });

  it('answers a plain reply in a Newsdesk thread once, and leaves other threads and its own messages alone', async () => {
    const root = await summarizeInChannel(nd);
    const otherThread = nd.slack.seedMessage({ channel: CHANNEL_ID, user: 'UEDITOR', text: 'Lunch?' }).ts;
    await message(nd, { text: 'anyone for lunch?', thread_ts: otherThread });
    await message(nd, { text: 'noted', thread_ts: root, user: BOT_USER_ID, bot_id: BOT_ID });
    // Slack sends a mention as app_mention and as a message: it is answered once.
    const ts = nd.slack.nextTs();
    await message(nd, { text: `<@${BOT_USER_ID}> siapa Lavrov?`, thread_ts: root, ts });
    await mention(nd, 'siapa Lavrov?', { threadTs: root, ts });
    await replyIn(nd, root, 0);
    await message(nd, { text: 'berapa tentara?', thread_ts: root });
    await replyIn(nd, root, 1);
    expect(postsIn(nd, root)).toHaveLength(2);
    expect(postsIn(nd, otherThread)).toHaveLength(0);
    expect(nd.openai!.requests.filter((r) => taskOf(r) === 'answer')).toHaveLength(2);
  });

  it('summarizes a file shared with a mention in a thread once (app_mention answers it), and a file shared without one', async () => {
    const root = await summarizeInChannel(nd);
    const pdf = await russiaFile(nd, 'pdf');
    const ts = nd.slack.nextTs();
    const text = `<@${BOT_USER_ID}> ringkas ini`;
    await message(nd, { subtype: 'file_share', text, files: [pdf], thread_ts: root, ts });
    await nd.send.event({ type: 'app_mention', user: USER_ID, text, channel: CHANNEL_ID, ts, thread_ts: root, files: [pdf] });
    expect(textOf(await replyIn(nd, root, 0))).toContain('rusia.pdf');
    // A file shared without a mention takes the same path as a second answer to the mention would, started later.
    await message(nd, { subtype: 'file_share', text: '', files: [await russiaFile(nd, 'docx')], thread_ts: root });
    await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root && textOf(call).includes('rusia.docx'));
    expect(postsIn(nd, root).map((call) => textOf(call).includes('rusia.pdf'))).toEqual([true, false]);
    const context = await eventually(async () => {
      const kept = await nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: root });
      return kept?.article.source.kind === 'file' && kept.article.source.fileName === 'rusia.docx' ? kept : undefined;
    });
    expect(context.article.headline).toBe(RUSSIA_HEADLINE);
  });
});

describe('direct messages', () => {
  it('summarizes an article pasted in a DM, and answers a later DM question about it in a thread', async () => {
    const nd = await startNewsdesk();
    try {
      scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
      const dm = 'D0JOURNALIST';
      await message(nd, { channel: dm, channel_type: 'im', text: russiaArticle() });
      const summary = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === dm);
      expect(summary.args.thread_ts).toBeUndefined();
      expect(summary.args.blocks[0].text.text).toBe(russiaSummary.headline);

      const question = await message(nd, { channel: dm, channel_type: 'im', text: 'berapa tentara?' });
      const answer = await replyIn(nd, question.ts);
      expect(answer.args.channel).toBe(dm);
      expect(textOf(answer)).toContain('100.000');
    } finally {
      await nd.stop();
    }
  });

  it('summarizes a PDF shared in a DM (a file_share message), and answers a question in its thread about it', async () => {
    const nd = await startNewsdesk();
    try {
      scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
      const dm = 'D0JOURNALIST';
      await message(nd, { channel: dm, channel_type: 'im', subtype: 'file_share', text: '', files: [await russiaFile(nd, 'pdf')] });
      const summary = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === dm);
      expect(summary.args.blocks[0].text.text).toBe(russiaSummary.headline);
      expect(nd.openai!.requests.find((r) => taskOf(r) === 'summary')!.messages[1]!.content).toContain('Lavrov');
      const root = nd.slack.messages.find((m) => m.channel === dm && m.text === summary.args.text && !m.thread_ts)!.ts;
      const context = await eventually(() => nd.services.threads.getThread({ teamId: TEAM_ID, channelId: dm, threadTs: root }));
      expect(context.article.source).toMatchObject({ kind: 'file', fileName: 'rusia.pdf' });

      await message(nd, { channel: dm, channel_type: 'im', thread_ts: root, text: 'berapa tentara?' });
      expect(textOf(await replyIn(nd, root))).toContain('100.000');
    } finally {
      await nd.stop();
    }
  });

  it('ignores a bot\'s file share and an edit that adds a file in a DM, and summarizes only the person\'s', async () => {
    const nd = await startNewsdesk();
    try {
      scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
      const dm = 'D0JOURNALIST';
      const ignored = [await russiaFile(nd, 'pdf')];
      await message(nd, { channel: dm, channel_type: 'im', subtype: 'file_share', text: '', files: ignored, bot_id: 'BOTHERBOT' });
      await message(nd, { channel: dm, channel_type: 'im', subtype: 'message_changed', message: { text: '', user: USER_ID, files: ignored } });
      await message(nd, { channel: dm, channel_type: 'im', subtype: 'file_share', text: '', files: [await russiaFile(nd, 'docx')] });
      await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === dm);
      const question = await message(nd, { channel: dm, channel_type: 'im', text: 'berapa tentara?' });
      expect(textOf(await replyIn(nd, question.ts))).toContain('100.000');
      expect(nd.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === dm)).toHaveLength(2);
      const article = (await nd.services.threads.getThread({ teamId: TEAM_ID, channelId: dm, threadTs: question.ts }))!.article;
      expect(article.source).toMatchObject({ kind: 'file', fileName: 'rusia.docx' });
    } finally {
      await nd.stop();
    }
  });
});
