import type { WebClient } from '@slack/web-api';
import type { Article } from '../article/article-types.js';
import type { SummaryOptions } from '../engines/engine.js';
import { lastingOfflineReason } from '../editorial/policy.js';
import type { RequestContext } from '../editorial/request.js';
import { summarizeArticle } from './summarize.js';
import type { Services } from '../services.js';
import type { ThreadRef, ThreadStore } from '../store/threads.js';
import type { ResolvedArticle } from '../article/slack-resolve-article.js';
import { postSummary } from './slack-reply.js';
import type { Asker } from '../slack/blocks.js';
import type { PostedAnswer } from '../slack/command-runner.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';

export interface SummaryRequestOptions {
  /** Write the summary anew instead of reusing the stored one. */
  regenerate?: boolean;
  /** The channel's summary length, when it set one. */
  length?: SummaryOptions['length'];
  /** A thread that takes up the article (a message's own thread): the summary goes there, and its follow-ups find the article. */
  keepIn?: ThreadRef;
  /** Who asked, and how: named in the summary's context line. */
  asker?: Asker;
}

/**
 * One summary request, from a command or a shortcut: the engine policy allows, the summary
 * (the stored one unless asked to regenerate), posted to the channel or the article's thread.
 * Resolves to where it was posted.
 */
export async function summarizeIntoSlack(
  client: WebClient,
  services: Pick<Services, 'engineFor' | 'threads' | 'recent'>,
  request: RequestContext,
  resolved: ResolvedArticle,
  options: SummaryRequestOptions = {},
): Promise<PostedAnswer> {
  const { threads } = services;
  const engine = await services.engineFor(request, resolved.article);
  if (options.keepIn) await keepArticle(threads, options.keepIn, resolved.article, lastingOfflineReason(engine.label));
  const outcome = await summarizeArticle({ engine, threads }, request.teamId, resolved.article, { regenerate: options.regenerate, length: options.length });
  const inThread = options.keepIn ?? resolved.thread;
  const posted = await postSummary(client, threads, request, resolved.article, outcome, inThread, options.asker);
  // The person's Home tab lists it, with a link to its thread.
  const at = new Date().toISOString();
  await services.recent.add(request.teamId, request.userId, { headline: resolved.article.headline, channelId: posted.thread.channelId, threadTs: posted.thread.threadTs, at });
  const named = `The summary of *${escapeMrkdwn(outcome.summary.headline)}* is`;
  return { channelId: request.channelId, ts: posted.ts, threadTs: inThread?.threadTs, named };
}

/** The thread now talks about this article; a thread that already held it keeps its turns. */
async function keepArticle(threads: ThreadStore, thread: ThreadRef, article: Article, offlineReason: string | undefined): Promise<void> {
  const kept = await threads.getThread(thread);
  if (kept?.article.id !== article.id) await threads.saveThread(thread, { article, turns: [], offlineReason });
  await threads.setLatestThread(thread);
}
