import type { AllMiddlewareArgs, BlockButtonAction, SlackViewMiddlewareArgs, ViewSubmitAction, types } from '@slack/bolt';
import { z } from 'zod';
import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import type { AnsweredWith, MessageRef, SignOff } from '../store/reviews.js';
import type { ButtonArgs } from '../slack/action-runner.js';
import { tellUser } from '../slack/command-runner.js';
import { FEEDBACK_REASONS, isFeedbackReason, rateAnswer } from './feedback.js';
import { signOffAnswer } from './signoff.js';
import { AnsweredWithSchema, answerOfButton, feedbackView, hasReviewActions, reviewActions, withSignOffs } from './slack-blocks.js';
import type { HeldDraft } from './slack-hold.js';

type KnownBlock = types.KnownBlock;

export const NOT_AN_ANSWER = 'Newsdesk cannot tell which answer this button belongs to. Ask again for a new answer.';
export const NOTHING_HELD = 'This text is no longer held: it is in the thread, or Newsdesk no longer keeps it (30 days).';

/** The Newsdesk message a button sits under, and what that answer was made with. */
interface Pressed {
  message: MessageRef;
  threadTs: string | undefined;
  blocks: KnownBlock[];
  text: string;
  answer: AnsweredWith;
}

function pressed({ body, action, context }: ButtonArgs): Pressed | undefined {
  const message = body.message as { ts: string; thread_ts?: string; text?: string; blocks?: KnownBlock[] } | undefined;
  const channelId = body.channel?.id ?? body.container?.channel_id;
  const teamId = context.teamId ?? body.team?.id;
  const answer = answerOfButton(action.value);
  if (!message || !channelId || !teamId || !answer) return undefined;
  return { message: { teamId, channelId, ts: message.ts }, threadTs: message.thread_ts, blocks: message.blocks ?? [], text: message.text ?? '', answer };
}

/**
 * "Mark as checked": the sign-off goes into the audit trail, and the message shows everyone who
 * checked it, through chat.update. A held draft is put in the thread with the first sign-off.
 */
export async function markAsChecked(services: Services, args: ButtonArgs): Promise<void> {
  const found = pressed(args);
  if (!found) return tellUser(args.respond, NOT_AN_ANSWER, services.logger);
  const signOffs = await signOffAnswer(services.reviews, found.message, found.answer, args.body.user.id);
  const held = await services.heldDrafts.get(found.message);
  if (held) return releaseDraft(args.client, services, found, held, signOffs);
  await args.client.chat.update({ channel: found.message.channelId, ts: found.message.ts, text: found.text, blocks: withSignOffs(found.blocks, signOffs) });
}

/** A signed-off draft: its first message replaces the stand-in, with the sign-off; the rest, or the file, follow in the thread. */
async function releaseDraft(client: WebClient, services: Services, found: Pressed, held: HeldDraft, signOffs: readonly SignOff[]): Promise<void> {
  const { channelId: channel, ts } = found.message;
  const [first, ...rest] = held.messages;
  if (held.file) await client.files.uploadV2({ channel_id: channel, thread_ts: held.threadTs, ...held.file });
  const firstBlocks = hasReviewActions(first!.blocks) ? first!.blocks : [...first!.blocks, reviewActions(found.answer)];
  await client.chat.update({ channel, ts, text: first!.text, blocks: withSignOffs(firstBlocks, signOffs) });
  for (const message of rest) {
    await client.chat.postMessage({ channel, thread_ts: held.threadTs, text: message.text, blocks: message.blocks, unfurl_links: false });
  }
  await services.heldDrafts.release(found.message);
}

/** "Show unchecked draft": the held text, to the person who asked alone. */
export async function showUncheckedDraft(services: Services, args: ButtonArgs): Promise<void> {
  const found = pressed(args);
  const held = found && (await services.heldDrafts.get(found.message));
  if (!held) return tellUser(args.respond, NOTHING_HELD, services.logger);
  for (const message of held.preview) {
    // The draft's own buttons would act on an ephemeral copy; the stand-in's are the ones that count.
    const blocks = message.blocks.filter((block) => block.type !== 'actions');
    await args.respond({ response_type: 'ephemeral', replace_original: false, text: `Unchecked draft: ${message.text}`, blocks });
  }
}

/** 👍: recorded at once, with a word to the person. */
export async function rateUp(services: Services, args: ButtonArgs): Promise<void> {
  const found = pressed(args);
  if (!found) return tellUser(args.respond, NOT_AN_ANSWER, services.logger);
  await rateAnswer(services.reviews, found.message, found.answer, { userId: args.body.user.id, rating: 'up' });
  await tellUser(args.respond, 'Thanks: your 👍 is noted.', services.logger);
}

/** 👎: the form asking what is wrong; it is recorded when sent. */
export async function rateDown(services: Services, args: ButtonArgs): Promise<void> {
  const found = pressed(args);
  if (!found) return tellUser(args.respond, NOT_AN_ANSWER, services.logger);
  const metadata: FeedbackMetadata = { message: found.message, answer: found.answer };
  await args.client.views.open({ trigger_id: (args.body as BlockButtonAction).trigger_id, view: feedbackView(JSON.stringify(metadata)) });
}

/** What the 👎 form carries through Slack: which message, and what it was made with. */
const FeedbackMetadataSchema = z.object({
  message: z.object({ teamId: z.string(), channelId: z.string(), ts: z.string() }),
  answer: AnsweredWithSchema,
});
type FeedbackMetadata = z.infer<typeof FeedbackMetadataSchema>;

export type FeedbackSubmission = SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs;

/**
 * The 👎 form sent: stored with the answer's engine, model, article and kind. The form is about a
 * message in the submitter's own workspace only; anything else is refused.
 */
export async function submitFeedback(services: Services, { ack, view, body, client }: FeedbackSubmission): Promise<void> {
  const metadata = parseMetadata(view.private_metadata);
  const values = view.state.values;
  const reason = values.reason?.reason?.selected_option?.value ?? '';
  if (!isFeedbackReason(reason)) {
    await ack({ response_action: 'errors', errors: { reason: `Pick one: ${Object.values(FEEDBACK_REASONS).join(', ')}.` } });
    return;
  }
  await ack();
  if (!metadata || metadata.message.teamId !== body.team?.id) {
    services.logger.warn('a 👎 form about an unknown message was refused');
    return;
  }
  const comment = values.comment?.comment?.value ?? undefined;
  await rateAnswer(services.reviews, metadata.message, metadata.answer, { userId: body.user.id, rating: 'down', reason, comment });
  try {
    await client.chat.postEphemeral({ channel: metadata.message.channelId, user: body.user.id, text: `Thanks: your 👎 (${FEEDBACK_REASONS[reason].toLowerCase()}) is noted.` });
  } catch (error) {
    // The rating is stored; the thanks is a courtesy (the bot may not be in the channel any more).
    services.logger.warn('could not thank for a 👎', error);
  }
}

function parseMetadata(text: string): FeedbackMetadata | undefined {
  try {
    const parsed = FeedbackMetadataSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
