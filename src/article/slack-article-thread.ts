import type { WebClient } from '@slack/web-api';
import type { Article } from './article-types.js';
import type { ThreadRef, ThreadStore } from '../store/threads.js';
import { articleThreadMessage } from '../slack/blocks.js';

/**
 * Gives a new article a thread: a short channel message naming it, whose ts becomes the
 * thread the article lives in (for the reply that follows and for follow-ups), and the
 * channel's most recent article. `offlineReason` keeps the thread offline for its follow-ups.
 */
export async function openArticleThread(
  client: WebClient,
  threads: ThreadStore,
  where: { teamId: string; channelId: string },
  article: Article,
  note: string,
  offlineReason?: string,
): Promise<ThreadRef> {
  const message = articleThreadMessage(article, note);
  const posted = await client.chat.postMessage({
    channel: where.channelId,
    text: message.text,
    blocks: message.blocks,
    unfurl_links: false,
  });
  const thread: ThreadRef = { teamId: where.teamId, channelId: where.channelId, threadTs: posted.ts! };
  await threads.startThread(thread, article, offlineReason);
  return thread;
}
