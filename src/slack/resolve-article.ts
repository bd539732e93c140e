import type { Article } from '../newsroom/article-types.js';
import { articleFromText } from '../newsroom/article.js';
import type { ThreadRef, ThreadStore } from '../store/threads.js';

export interface ResolvedArticle {
  article: Article;
  /** The thread the article already lives in, when it was taken from the store. */
  thread?: ThreadRef;
  /** Why that thread must stay offline (embargo, offline-only channel), when it must. */
  offlineReason?: string;
}

/**
 * The article a command is about: the text it was given, or, with no text, the channel's
 * most recent article. Undefined when there is neither, so the caller can show its usage.
 */
export async function resolveArticle(
  text: string,
  where: { teamId: string; channelId: string },
  threads: ThreadStore,
): Promise<ResolvedArticle | undefined> {
  if (text.trim()) return { article: articleFromText(text) };
  const thread = await threads.latestThread(where.teamId, where.channelId);
  const context = thread && (await threads.getThread(thread));
  return context && thread ? { article: context.article, thread, offlineReason: context.offlineReason } : undefined;
}
