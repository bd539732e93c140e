import { afterEach, describe, expect, it } from 'vitest';
import { fixture } from '../support/fixtures.js';
import { mention, summarizeInChannel, scriptModel, russiaSummary } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import type { ChatRequest } from '../support/openai-emulator.js';
import type { EmulatedMessage } from '../support/slack-emulator.js';
import { CHANNEL_ID, TEAM_ID } from '../support/slack-requests.js';
import { utcDay } from '../../src/store/audit-log.js';

const EDITOR = 'UEDITOR';
const CHIEF = 'UCHIEF';

type Button = { action_id: string; value: string };
const buttonsOf = (message: EmulatedMessage) =>
  ((message.blocks ?? []) as Array<{ type: string; elements?: Button[] }>).filter((b) => b.type === 'actions').flatMap((b) => b.elements!);
const button = (message: EmulatedMessage, text: RegExp) => {
  const found = buttonsOf(message).find((b) => text.test(JSON.stringify(b)));
  if (!found) throw new Error(`no button ${text} under ${message.text}`);
  return found;
};
const messageAt = (nd: RunningNewsdesk, ts: string) => nd.slack.messages.find((m) => m.channel === CHANNEL_ID && m.ts === ts)!;
const hhmm = (time: Date) => time.toISOString().slice(11, 16);

async function press(nd: RunningNewsdesk, ts: string, text: RegExp, userId: string) {
  const { action_id, value } = button(messageAt(nd, ts), text);
  const response = await nd.send.buttonPress({ messageTs: ts, actionId: action_id, value, userId, blockId: 'review_actions' });
  expect(response.status).toBe(200);
}

const russiaEnglish = JSON.parse(fixture('translation-en-russia-diplomacy.json')) as { headline: string; paragraphs: Array<{ id: string; text: string }> };
const translation = (request: ChatRequest) => {
  const wanted = /Translate exactly these paragraphs: ([^.]+)\./.exec(request.messages.at(-1)!.content)![1]!.split(', ');
  return { headline: russiaEnglish.headline, paragraphs: russiaEnglish.paragraphs.filter((p) => wanted.includes(p.id)) };
};

describe('Mark as checked', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  it('records who checked a summary and when, and shows it on the message through chat.update, one line for everyone who checked', async () => {
    nd = await startNewsdesk();
    scriptModel(nd.openai!, { summary: russiaSummary });
    const ts = await summarizeInChannel(nd);

    const before = new Date();
    await press(nd, ts, /Mark as checked/, EDITOR);
    const update = await nd.slack.waitFor('chat.update', (call) => call.args.ts === ts);
    expect(update.args.channel).toBe(CHANNEL_ID);
    const shown = JSON.stringify(update.args.blocks);
    expect(shown).toMatch(new RegExp(`Checked by <@${EDITOR}> at <!date\\^\\d+\\^\\{time\\}\\|${hhmm(before)} UTC>`));
    // The draft label stays: the history shows it was an AI draft, then who checked it.
    expect(shown).toContain('AI draft · Newsdesk · model test-model · check before use');
    expect(buttonsOf(messageAt(nd, ts)).map((b) => b.action_id)).toContain('article_quotes');

    const [signOff] = await nd.services.reviews.eventsOn(TEAM_ID, [utcDay(new Date())]);
    expect(signOff).toMatchObject({ type: 'signoff', userId: EDITOR, channelId: CHANNEL_ID, messageTs: ts, answer: { kind: 'summary', engine: 'llm', model: 'test-model' } });
    expect(new Date(signOff!.at).getTime()).toBeGreaterThanOrEqual(before.getTime() - 1000);

    await press(nd, ts, /Mark as checked/, CHIEF);
    await nd.slack.waitFor('chat.update', (call) => call.args.ts === ts && JSON.stringify(call.args.blocks).includes(CHIEF));
    // Pressing again adds no one twice.
    await press(nd, ts, /Mark as checked/, EDITOR);
    await nd.slack.waitFor('chat.update', () => nd.slack.callsTo('chat.update').length === 3);
    const checked = JSON.stringify(messageAt(nd, ts).blocks);
    expect(checked.match(/Checked by/g)).toHaveLength(1);
    expect(checked).toMatch(new RegExp(`Checked by <@${EDITOR}> at [^,]+, <@${CHIEF}> at `));
    expect(checked.match(new RegExp(`<@${EDITOR}>`, 'g'))).toHaveLength(1);
    const events = await nd.services.reviews.eventsOn(TEAM_ID, [utcDay(new Date())]);
    expect(events.map((e) => e.userId)).toEqual([EDITOR, CHIEF]);
  });

  it('with REQUIRE_SIGNOFF_FOR=translation, shows the translation to no one until someone signs it off', async () => {
    nd = await startNewsdesk({ env: { REQUIRE_SIGNOFF_FOR: 'translation' } });
    scriptModel(nd.openai!, { summary: russiaSummary, translation });
    const root = await summarizeInChannel(nd);
    const translating = await nd.send.command('/translate', 'en');
    const standIn = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root && /held until checked/.test(call.args.text));
    // Done once the progress note points to the thread: the draft is held by then.
    await nd.slack.waitFor('response_url', (call) => call.args.url === translating.responseUrl && /in its thread/.test(call.args.text ?? ''));
    const standInTs = nd.slack.messages.find((m) => m.thread_ts === root && m.text === standIn.args.text)!.ts;

    // Nothing shown in Slack carries the translation's text; the stand-in carries the disclosure.
    const paragraph = russiaEnglish.paragraphs[2]!.text;
    expect(nd.slack.visibleText()).not.toContain(paragraph.slice(0, 60));
    expect(JSON.stringify(standIn.args.blocks)).toContain('AI draft · Newsdesk · model test-model · check before use');

    // "Show unchecked draft" shows it to the person who asks, ephemerally.
    const responseUrl = nd.slack.newResponseUrl();
    const { action_id, value } = button(messageAt(nd, standInTs), /Show unchecked draft/);
    await nd.send.buttonPress({ messageTs: standInTs, actionId: action_id, value, userId: EDITOR, blockId: 'review_actions' }, responseUrl);
    const draft = await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && JSON.stringify(call.args).includes(paragraph.slice(0, 60)));
    expect(draft.args).toMatchObject({ response_type: 'ephemeral', replace_original: false });
    expect(nd.slack.messages.filter((m) => !m.ephemeral_to).map((m) => JSON.stringify(m))).not.toContainEqual(expect.stringContaining(paragraph.slice(0, 60)));

    await press(nd, standInTs, /Mark as checked/, CHIEF);
    const released = await nd.slack.waitFor('chat.update', (call) => call.args.ts === standInTs);
    const shown = JSON.stringify(released.args.blocks);
    expect(shown).toContain(paragraph.slice(0, 60));
    expect(shown).toMatch(new RegExp(`Checked by <@${CHIEF}> at `));
    expect(shown).not.toContain('Show unchecked draft');
    expect(messageAt(nd, standInTs).thread_ts).toBe(root);
  });

  it('with REQUIRE_SIGNOFF_FOR=social, holds a social post until signed off, and leaves headline options alone', async () => {
    nd = await startNewsdesk({ env: { REQUIRE_SIGNOFF_FOR: 'social' } });
    const post = 'Rusia akan melanjutkan diplomasi dengan Barat soal Ukraina, kata Lavrov kepada Putin. #Ukraina';
    scriptModel(nd.openai!, { summary: russiaSummary, social_post: { post }, headlines: { headlines: ['Rusia pilih jalur diplomasi', 'Lavrov sarankan diplomasi', 'AS pindahkan kedutaan ke Lviv'] } });
    const root = await summarizeInChannel(nd);

    await mention(nd, 'write a tweet', { threadTs: root });
    const standIn = await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root && /held until checked/.test(call.args.text));
    expect(nd.slack.visibleText()).not.toContain(post);
    const standInTs = nd.slack.messages.find((m) => m.thread_ts === root && m.text === standIn.args.text)!.ts;

    await mention(nd, 'usulan judul', { threadTs: root });
    await nd.slack.waitFor('chat.postMessage', (call) => call.args.thread_ts === root && /Rusia pilih jalur diplomasi/.test(JSON.stringify(call.args.blocks)));

    await press(nd, standInTs, /Mark as checked/, EDITOR);
    const released = await nd.slack.waitFor('chat.update', (call) => call.args.ts === standInTs);
    const shown = JSON.stringify(released.args.blocks);
    expect(shown).toContain(post);
    expect(shown).toContain(`${post.length}/280 characters`);
    expect(shown).toMatch(new RegExp(`Checked by <@${EDITOR}> at `));
  });
});
