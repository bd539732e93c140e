import { afterEach, describe, expect, it } from 'vitest';
import { summarizeInChannel, scriptModel, russiaSummary, mention, replyIn, groundedAnswer } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import type { EmulatedMessage } from '../support/slack-emulator.js';
import { CHANNEL_ID, TEAM_ID } from '../support/slack-requests.js';
import { utcDay } from '../../src/store/audit-log.js';
import { postDueDigests } from '../../src/trust/slack-digest.js';

const ADMIN_CHANNEL = 'C0ADMIN';
const EDITOR = 'UEDITOR';
const CHIEF = 'UCHIEF';

type Button = { action_id: string; value: string };
const messageAt = (nd: RunningNewsdesk, ts: string) => nd.slack.messages.find((m) => m.channel === CHANNEL_ID && m.ts === ts)!;
const button = (message: EmulatedMessage, text: string) =>
  ((message.blocks ?? []) as Array<{ type: string; elements?: Button[] }>)
    .filter((b) => b.type === 'actions')
    .flatMap((b) => b.elements!)
    .find((b) => JSON.stringify(b).includes(text))!;

async function press(nd: RunningNewsdesk, ts: string, text: string, userId: string, responseUrl = nd.slack.newResponseUrl()) {
  const { action_id, value } = button(messageAt(nd, ts), text);
  expect((await nd.send.buttonPress({ messageTs: ts, actionId: action_id, value, userId, blockId: 'review_actions' }, responseUrl)).status).toBe(200);
}

async function usage(nd: RunningNewsdesk, channelId: string, userId?: string): Promise<string> {
  const { response } = await nd.send.command('/newsdesk', 'usage today', { channelId, userId });
  return ((await response.json()) as { text: string }).text;
}

describe('👍 and 👎', () => {
  let nd: RunningNewsdesk;
  afterEach(async () => {
    await nd.stop();
  });

  it('asks what is wrong with a 👎, stores it with the engine, model, article and kind, and counts it in /newsdesk usage', async () => {
    nd = await startNewsdesk({ env: { ADMIN_CHANNEL_ID: ADMIN_CHANNEL } });
    scriptModel(nd.openai!, { summary: russiaSummary, answer: groundedAnswer });
    const ts = await summarizeInChannel(nd);

    await press(nd, ts, '👎', EDITOR);
    const opened = await nd.slack.waitFor('views.open');
    expect(opened.args.trigger_id).toMatch(/^trigger-/);
    const view = opened.args.view as { callback_id: string; private_metadata: string; blocks: Array<{ block_id: string; element: { options?: Array<{ text: { text: string } }> } }> };
    const reasons = view.blocks.find((b) => b.block_id === 'reason')!.element.options!.map((o) => o.text.text);
    expect(reasons).toEqual(['Wrong fact', 'Wrong quote or speaker', 'Bad translation', 'Missing point', 'Other']);

    const submitted = await nd.send.viewSubmission(
      {
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        values: {
          reason: { reason: { type: 'radio_buttons', selected_option: { value: 'wrong-fact', text: { type: 'plain_text', text: 'Wrong fact' } } } },
          comment: { comment: { type: 'plain_text_input', value: 'The troops figure is from 2021.' } },
        },
      },
      EDITOR,
    );
    expect(submitted.status).toBe(200);
    await nd.slack.waitFor('chat.postEphemeral', (call) => call.args.user === EDITOR && /👎/.test(call.args.text));

    const [rating] = await nd.services.reviews.eventsOn(TEAM_ID, [utcDay(new Date())]);
    const articleId = (await nd.services.threads.getThread({ teamId: TEAM_ID, channelId: CHANNEL_ID, threadTs: ts }))!.article.id;
    expect(rating).toMatchObject({
      type: 'rating',
      rating: 'down',
      reason: 'wrong-fact',
      comment: 'The troops figure is from 2021.',
      userId: EDITOR,
      messageTs: ts,
      answer: { kind: 'summary', engine: 'llm', model: 'test-model', articleId },
    });

    // A 👍 on an answer in the thread, by someone else.
    await mention(nd, 'berapa tentara?', { threadTs: ts });
    const answer = await replyIn(nd, ts, 0);
    const answerTs = nd.slack.messages.find((m) => m.thread_ts === ts && m.text === answer.args.text)!.ts;
    const thanks = nd.slack.newResponseUrl();
    await press(nd, answerTs, '👍', CHIEF, thanks);
    await nd.slack.waitFor('response_url', (call) => call.args.url === thanks && /👍/.test(call.args.text));

    const report = await usage(nd, ADMIN_CHANNEL);
    expect(report).toContain('👍 1 · 👎 1');
    expect(report).toContain('• summary: 👍 0 · 👎 1');
    expect(report).toContain('• answer: 👍 1 · 👎 0');
    expect(report).toContain('• model test-model: 👍 1 · 👎 1');
    // Outside the admin channel, a person sees their own ratings.
    expect(await usage(nd, CHANNEL_ID, CHIEF)).toContain('• answer: 👍 1 · 👎 0');
    expect(await usage(nd, CHANNEL_ID, CHIEF)).not.toContain('summary: ');
  });

  it('with FEEDBACK_DIGEST=daily, posts the day\'s 👎 to the admin channel once, with reason, comment and a link to the answer', async () => {
    nd = await startNewsdesk({ env: { ADMIN_CHANNEL_ID: ADMIN_CHANNEL, FEEDBACK_DIGEST: 'daily' } });
    scriptModel(nd.openai!, { summary: russiaSummary });
    const ts = await summarizeInChannel(nd);
    await press(nd, ts, '👎', EDITOR);
    const view = (await nd.slack.waitFor('views.open')).args.view as { callback_id: string; private_metadata: string };
    await nd.send.viewSubmission(
      {
        callback_id: view.callback_id,
        private_metadata: view.private_metadata,
        values: {
          reason: { reason: { type: 'radio_buttons', selected_option: { value: 'missing-point', text: { type: 'plain_text', text: 'Missing point' } } } },
          comment: { comment: { type: 'plain_text_input', value: 'Leaves out <!channel> the embassy move' } },
        },
      },
      EDITOR,
    );
    await nd.slack.waitFor('chat.postEphemeral');

    // The hourly check, as it runs after midnight UTC: yesterday's digest is today's 👎 seen from tomorrow.
    const tomorrow = new Date(Date.now() + 24 * 60 * 60 * 1000);
    await postDueDigests(nd.newsdesk.app.client, nd.services, ADMIN_CHANNEL, tomorrow);
    const digest = await nd.slack.waitFor('chat.postMessage', (call) => call.args.channel === ADMIN_CHANNEL);
    const shown = JSON.stringify(digest.args.blocks);
    expect(digest.args.text).toBe(`Newsdesk feedback for ${utcDay(new Date())} (UTC): 1 👎`);
    expect(shown).toContain(`<https://newsroom.slack.com/archives/${CHANNEL_ID}/p${ts.replace('.', '')}|summary>`);
    expect(shown).toContain(`model test-model · missing point · <@${EDITOR}> · “Leaves out &lt;!channel&gt; the embassy move”`);

    // Another process's check, or a restart, posts it no more.
    await postDueDigests(nd.newsdesk.app.client, nd.services, ADMIN_CHANNEL, tomorrow);
    expect(nd.slack.callsTo('chat.postMessage').filter((call) => call.args.channel === ADMIN_CHANNEL)).toHaveLength(1);
  });

  it('offers no sign-off on a plain answer, only 👍 and 👎', async () => {
    nd = await startNewsdesk({ offline: true });
    const ts = await summarizeInChannel(nd);
    await mention(nd, 'berapa tentara?', { threadTs: ts });
    const answer = await replyIn(nd, ts, 0);
    const buttons = (answer.args.blocks as Array<{ type: string; elements?: Array<Button & { text: { text: string } }> }>)
      .filter((b) => b.type === 'actions')
      .flatMap((b) => b.elements!);
    expect(buttons.map((b) => b.text.text)).toEqual(['👍', '👎']);
    expect(JSON.parse(buttons[0]!.value)).toMatchObject({ kind: 'answer', engine: 'offline' });
  });
});
