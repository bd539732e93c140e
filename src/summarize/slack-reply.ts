import type { WebClient } from '@slack/web-api';
import type { Article } from '../article/article-types.js';
import { lastingOfflineReason } from '../editorial/policy.js';
import type { SummaryOutcome } from './summarize.js';
import type { ThreadRef, ThreadStore } from '../store/threads.js';
import { summaryMessage } from './slack-blocks.js';
import type { Asker } from '../slack/blocks.js';

/**
 * Posts a summary. A new article's summary is a channel message whose ts becomes the article's
 * thread; an article that already has a thread gets the summary there. Resolves to the thread and
 * the summary's own ts.
 */
export async function postSummary(
  client: WebClient,
  threads: ThreadStore,
  where: { teamId: string; channelId: string },
  article: Article,
  outcome: SummaryOutcome,
  existingThread?: ThreadRef,
  asker?: Asker,
): Promise<{ thread: ThreadRef; ts: string }> {
  const message = summaryMessage(article, outcome.summary, { ...outcome, asker });
  const posted = await client.chat.postMessage({
    channel: where.channelId,
    thread_ts: existingThread?.threadTs,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
  });
  if (existingThread) return { thread: existingThread, ts: posted.ts! };
  const thread: ThreadRef = { teamId: where.teamId, channelId: where.channelId, threadTs: posted.ts! };
  // An embargoed thread stays offline for its follow-ups.
  await threads.startThread(thread, article, lastingOfflineReason(outcome.engine));
  return { thread, ts: posted.ts! };
}
