import { setTimeout as sleep } from 'node:timers/promises';
import type { types } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Config } from '../config.js';
import type { Article } from '../article/article-types.js';
import { askArticle } from './ask.js';
import { countFollowUp } from '../editorial/follow-up-cap.js';
import { classifyFollowUp } from './intents.js';
import { lastingOfflineReason } from '../editorial/policy.js';
import { findQuotes } from '../quotes/quotes.js';
import { proposeHeadlines, writeSocialPost } from './rewrite.js';
import { summarizeArticle } from '../summarize/summarize.js';
import type { Services } from '../services.js';
import type { ThreadContext, ThreadRef } from '../store/threads.js';
import { noticeMessage } from '../slack/blocks.js';
import { describeFailure, isUsersToFix } from '../slack/failures.js';
import { answerReply, heldRewriteMessage, replyMessage, rewriteKind, rewriteReply } from './slack-blocks.js';
import type { RewriteOutcome } from './rewrite.js';
import { mustHold } from '../trust/hold.js';
import { holdForSignOff } from '../trust/slack-hold.js';
import { retriesLater, type RunningJob } from '../slack/jobs.js';
import { postQuotes } from '../quotes/slack-reply.js';
import { articleInMessage } from '../article/slack-resolve-article.js';
import type { SlackFile } from '../article/slack-files.js';
import { postThreadReply, type ThreadTarget } from './slack-streaming.js';
import { postSummary } from '../summarize/slack-reply.js';
import { translateIntoThread, translationDeps } from '../translate/slack-reply.js';
import { translationTarget } from '../settings/settings.js';

/** One message to Newsdesk, from a mention, a thread reply, a DM or the assistant pane. */
export interface FollowUpMessage {
  client: WebClient;
  teamId: string;
  channelId: string;
  userId: string;
  /** The text, without the mention of Newsdesk. */
  text: string;
  /** Files shared with the message: the first one is the article. */
  files?: SlackFile[];
  /** The message's own ts. */
  ts: string;
  /** The thread it was written in; undefined for a top-level message. */
  threadTs: string | undefined;
  /** A direct message: a top-level question there is about the DM's latest article. */
  direct: boolean;
  /** Shows that Newsdesk is working (the assistant pane's status line). */
  setStatus?: (status: string) => Promise<unknown>;
  /** Hears of each article the conversation takes up (the assistant pane titles its thread with the headline). */
  onArticle?: (article: Article) => Promise<unknown>;
  /** The job answering this message: a failure it will retry is not told to the thread yet. */
  job?: RunningJob;
}

export const NO_ARTICLE_HERE =
  'There is no article in this conversation yet. Paste the article or a link to it (mention @Newsdesk in a channel), and then ask about it in its thread.';

/** How long a thread whose root was posted this recently may still be on its way to the store. */
const JUST_STARTED_MS = 30_000;
const THREAD_STORED_WAITS_MS = [150, 350, 500, 1_000];

/** Slack's ts is the message's time in seconds. */
const threadJustStarted = (threadTs: string) => Date.now() - Number(threadTs) * 1000 < JUST_STARTED_MS;

const threadAtCap = (cap: number) =>
  `This thread has reached Newsdesk's limit of ${cap} follow-ups. Start a new thread: run /summarize with the article again.`;

/**
 * What every surface does with a message to Newsdesk. A message that carries an article gets its
 * summary, and the thread it is in (or the summary's own thread) keeps the article. Anything
 * else is a follow-up about the thread's article, routed by its intent. Whatever fails, the
 * thread is told what and what to do: never silent.
 */
export async function handleFollowUp(services: Services, config: Config, message: FollowUpMessage): Promise<void> {
  const replyTs = message.threadTs ?? message.ts;
  try {
    await bestEffort(services, 'status', message.setStatus?.('is reading…'));
    const article = await articleInMessage({ text: message.text, files: message.files }, { config, client: message.client });
    if (article) return await takeUpArticle(services, message, article);
    const conversation = await findConversation(services, message);
    if (!conversation) return await notice(message, replyTs, NO_ARTICLE_HERE);
    const cap = config.safety.maxTurnsPerThread;
    if (!(await countFollowUp(services.threads, conversation.thread, conversation.context, cap))) return await notice(message, replyTs, threadAtCap(cap));
    await answerFollowUp(services, message, conversation.thread, conversation.context);
  } catch (error) {
    if (retriesLater(message.job, error)) return services.logger.warn('follow-up failed; its job is retried', error);
    // What the journalist can fix (a link that is no article, a rate limit) is no failure of Newsdesk's.
    if (isUsersToFix(error)) services.logger.info(`follow-up: ${describeFailure(error)}`);
    else services.logger.error('follow-up failed', error);
    await notice(message, replyTs, describeFailure(error)).catch((noticeError: unknown) =>
      services.logger.error('could not tell the thread about a failure', noticeError),
    );
  }
}

/** A new article: summarized into the thread it was pasted in, or, at the top level, into a new thread under its summary. */
async function takeUpArticle(services: Services, message: FollowUpMessage, article: Article): Promise<void> {
  const { threads } = services;
  const where = { teamId: message.teamId, channelId: message.channelId };
  const engine = await services.engineFor({ ...where, userId: message.userId, requestText: message.text }, article);
  const outcome = await summarizeArticle({ engine, threads }, where.teamId, article);
  await bestEffort(services, 'title', message.onArticle?.(article));
  if (!message.threadTs) {
    await postSummary(message.client, threads, where, article, outcome);
    return;
  }
  const thread: ThreadRef = { ...where, threadTs: message.threadTs };
  await postSummary(message.client, threads, where, article, outcome, thread);
  // The thread now talks about this article: its earlier turns were about another one.
  await threads.startThread(thread, article, lastingOfflineReason(outcome.engine));
}

/**
 * The conversation a message belongs to: its thread's. A top-level DM question opens a thread of
 * its own on the DM's latest article, so that its follow-ups, which arrive in that thread, find it.
 */
async function findConversation(
  services: Services,
  message: FollowUpMessage,
): Promise<{ thread: ThreadRef; context: ThreadContext } | undefined> {
  const { threads } = services;
  if (message.threadTs) {
    const thread = { teamId: message.teamId, channelId: message.channelId, threadTs: message.threadTs };
    let context = await threads.getThread(thread);
    // A summary is posted a moment before its thread is stored (the post gives the thread its ts):
    // a reply that quick, in a thread only seconds old, finds it after a short wait rather than
    // being told, wrongly, that there is no article.
    for (const waitMs of threadJustStarted(message.threadTs) ? THREAD_STORED_WAITS_MS : []) {
      if (context) break;
      await sleep(waitMs);
      context = await threads.getThread(thread);
    }
    return context && { thread, context };
  }
  if (!message.direct) return undefined;
  const latest = await threads.latestThread(message.teamId, message.channelId);
  const latestContext = latest && (await threads.getThread(latest));
  if (!latestContext) return undefined;
  const thread = { teamId: message.teamId, channelId: message.channelId, threadTs: message.ts };
  const context: ThreadContext = { ...latestContext, turns: [], followUps: 0 };
  await threads.saveThread(thread, context);
  return { thread, context };
}

async function answerFollowUp(services: Services, message: FollowUpMessage, thread: ThreadRef, context: ThreadContext): Promise<void> {
  const { threads } = services;
  const { article } = context;
  const engine = await services.engineFor(
    {
      teamId: thread.teamId,
      channelId: thread.channelId,
      userId: message.userId,
      requestText: message.text,
      threadOfflineReason: context.offlineReason,
    },
    article,
  );
  const deps = { engine, offline: services.offline, threads };
  const target = { channel: thread.channelId, threadTs: thread.threadTs, teamId: thread.teamId, userId: message.userId };
  const intent = classifyFollowUp(message.text);
  switch (intent.kind) {
    case 'question':
      return postThreadReply(message.client, target, answerReply(await askArticle(deps, thread, context, message.text), article.id));
    case 'headlines':
      return postRewrite(services, message.client, target, await proposeHeadlines(deps, thread, context, message.text), article.id);
    case 'social-post':
      return postRewrite(services, message.client, target, await writeSocialPost(deps, thread, context, message.text), article.id);
    case 'summary': {
      const outcome = await summarizeArticle(deps, thread.teamId, article, { length: intent.length });
      await postSummary(message.client, threads, thread, article, outcome, thread);
      return;
    }
    case 'quotes': {
      const outcome = await findQuotes(deps, thread.teamId, article, { speaker: intent.speaker });
      await postQuotes(message.client, thread, article, outcome);
      return;
    }
    case 'translate':
      await translateIntoThread(
        message.client,
        await translationDeps(services, engine, thread.teamId),
        thread,
        article,
        intent.language ?? translationTarget(await services.settings.effective(thread.teamId), thread.channelId),
        { job: message.job && { running: message.job, userId: message.userId } },
      );
      return;
  }
}

/** Headline options or a social post: in the thread, or held behind "Show unchecked draft" where the newsroom requires a sign-off. */
async function postRewrite(services: Services, client: WebClient, target: ThreadTarget, outcome: RewriteOutcome, articleId: string): Promise<void> {
  const reply = rewriteReply(outcome, articleId);
  if (!mustHold(rewriteKind(outcome), services.requireSignoffFor)) return postThreadReply(client, target, reply);
  const where = { teamId: target.teamId, channelId: target.channel, threadTs: target.threadTs };
  const message = replyMessage(reply);
  await holdForSignOff(client, services.heldDrafts, where, heldRewriteMessage(outcome, articleId), { messages: [message], preview: [message] });
}

/** The pane's status and title are courtesies: when Slack refuses one, the answer still goes out. */
async function bestEffort(services: Services, what: string, call: Promise<unknown> | undefined): Promise<void> {
  try {
    await call;
  } catch (error) {
    services.logger.warn(`could not set the assistant thread's ${what}`, error);
  }
}

async function notice(message: FollowUpMessage, threadTs: string, text: string): Promise<void> {
  const reply = noticeMessage(text);
  await message.client.chat.postMessage({ channel: message.channelId, thread_ts: threadTs, text: reply.text, blocks: reply.blocks });
}

/** A message a person wrote: plain, or sharing files (subtype file_share, the files on it). */
export type PersonsMessage = types.GenericMessageEvent | types.FileShareMessageEvent;

/** Edits, deletions, joins and bot posts carry other subtypes; only what a person wrote is a request. */
export function isPersonsMessage(message: types.MessageEvent): message is PersonsMessage {
  // A bot's file share carries bot_id too, though Slack's type for it does not say so.
  return (message.subtype === undefined || message.subtype === 'file_share') && !('bot_id' in message && message.bot_id);
}

/** Slack's encoding of a mention of Newsdesk: "<@U123>" or "<@U123|newsdesk>". */
const mentionOf = (botUserId: string) => new RegExp(`<@${botUserId}(?:\\|[^>]*)?>`, 'g');

export function mentionsNewsdesk(text: string, botUserId: string | undefined): boolean {
  return botUserId !== undefined && mentionOf(botUserId).test(text);
}

/** The text without the mention of Newsdesk. */
export function withoutMention(text: string, botUserId: string | undefined): string {
  return (botUserId ? text.replace(mentionOf(botUserId), ' ') : text).trim();
}
