import { afterEach, describe, expect, it } from 'vitest';
import { summarizeInChannel, scriptModel, russiaSummary, mention, replyIn, groundedAnswer } from '../support/conversation.js';
import { startNewsdesk, type RunningNewsdesk } from '../support/newsdesk.js';
import type { EmulatedMessage } from '../support/slack-emulator.js';
import { CHANNEL_ID, TEAM_ID } from '../support/slack-requests.js';
import { utcDay } from '../../src/store/audit-log.js';

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
