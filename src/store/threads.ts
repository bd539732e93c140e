import type Keyv from 'keyv';
import type { Article } from '../article/article-types.js';
import type { Turn } from '../engines/engine.js';
import { SerializedUpdates } from './serialized-update.js';

/** Where a conversation lives: every key carries team and channel, so nothing crosses workspaces. */
export interface ThreadRef {
  teamId: string;
  channelId: string;
  threadTs: string;
}

export interface ThreadContext {
  article: Article;
  turns: Turn[];
  /** Why this thread must never reach the model (embargo, offline-only channel), if it must not. */
  offlineReason?: string;
  /** Follow-ups this thread has answered, against MAX_TURNS_PER_THREAD; absent: none yet. */
  followUps?: number;
  /**
   * When the article was last written under its id (ms since epoch); absent for an article new
   * to this thread. Saving a thread rewrites the article only when absent or a day old.
   */
  articleSavedAt?: number;
}

/** A thread as stored: its article by id, since articles are large and the turns change often. */
type StoredThread = Omit<ThreadContext, 'article'> & { articleId: string };
/** Threads saved before articles were stored apart, which still sit in a SQLite or Redis store. */
type LegacyThread = ThreadContext;

const DAY_MS = 24 * 60 * 60 * 1000;
/** Articles and conversations are kept for 30 days after their last use. */
export const THREAD_TTL_MS = 30 * DAY_MS;
/**
 * A thread's save rewrites its article at most this often, so the article outlives its thread
 * (30 days after last use, give or take this) without serialising it on every turn.
 */
const ARTICLE_REFRESH_MS = DAY_MS;

const key = (...parts: string[]) => parts.map(encodeURIComponent).join(':');
const threadKey = (ref: ThreadRef) => key('thread', ref.teamId, ref.channelId, ref.threadTs);

/** Typed access to what Newsdesk keeps: thread contexts, each channel's latest article, cached results. */
export class ThreadStore {
  private readonly updates: SerializedUpdates;

  constructor(private readonly kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  /**
   * Saves a thread's turns and settings, and its article under the article's id: once when new to
   * the thread, then at most daily. Every thread and cached result of an article refers to that copy.
   */
  async saveThread(ref: ThreadRef, context: ThreadContext): Promise<void> {
    const { article, ...thread } = context;
    const now = Date.now();
    // Decided apart from the time itself: a save in the same millisecond as the last is no refresh.
    const refresh = thread.articleSavedAt === undefined || now - thread.articleSavedAt >= ARTICLE_REFRESH_MS;
    const stored: StoredThread = { ...thread, articleId: article.id, articleSavedAt: refresh ? now : thread.articleSavedAt };
    // Side by side: a thread is no later to be found than when it held its article itself.
    await Promise.all([
      refresh && this.kv.set(key('article', ref.teamId, article.id), article, THREAD_TTL_MS),
      this.kv.set(threadKey(ref), stored, THREAD_TTL_MS),
    ]);
  }

  /**
   * Changes a thread's turns or settings without losing a change made meanwhile, by this process or
   * another sharing the store (two follow-ups at once in one thread each keep their turn). `change`
   * is given the stored thread with `read`'s article (the article itself is not rewritten), or
   * `read` when the thread is no longer stored.
   */
  async updateThread(ref: ThreadRef, read: ThreadContext, change: (current: ThreadContext) => ThreadContext): Promise<void> {
    let refreshArticle = false;
    await this.updates.update<StoredThread | LegacyThread>(threadKey(ref), THREAD_TTL_MS, (stored) => {
      if (!stored || 'article' in stored) return change(stored ?? read);
      const { articleId, ...thread } = stored;
      const { article: _unchanged, ...changed } = change({ ...thread, article: read.article });
      // The thread's time to live starts again with each update; its article's must too, or a
      // thread talked in for a month outlives its article ("no article in this conversation").
      const now = Date.now();
      refreshArticle = stored.articleSavedAt === undefined || now - stored.articleSavedAt >= ARTICLE_REFRESH_MS;
      return { ...changed, articleId, articleSavedAt: refreshArticle ? now : stored.articleSavedAt };
    });
    if (refreshArticle) await this.kv.set(key('article', ref.teamId, read.article.id), read.article, THREAD_TTL_MS);
  }

  async getThread(ref: ThreadRef): Promise<ThreadContext | undefined> {
    const stored = await this.kv.get<StoredThread | LegacyThread>(threadKey(ref));
    if (!stored) return undefined;
    if ('article' in stored) return stored;
    const { articleId, ...thread } = stored;
    const article = await this.kv.get<Article>(key('article', ref.teamId, articleId));
    return article ? { ...thread, article } : undefined;
  }

  /** An article by its id, as a thread of the workspace keeps it. */
  async getArticle(teamId: string, articleId: string): Promise<Article | undefined> {
    return (await this.kv.get<Article>(key('article', teamId, articleId))) ?? undefined;
  }

  /** A thread that now holds a new article, with no turns yet; it becomes the channel's latest. */
  async startThread(ref: ThreadRef, article: Article, offlineReason: string | undefined): Promise<void> {
    await this.saveThread(ref, { article, turns: [], offlineReason });
    await this.setLatestThread(ref);
  }

  /** Remembers the thread of the channel's most recent article, for commands given without text. */
  async setLatestThread(ref: ThreadRef): Promise<void> {
    await this.kv.set(key('latest', ref.teamId, ref.channelId), ref.threadTs, THREAD_TTL_MS);
  }

  async latestThread(teamId: string, channelId: string): Promise<ThreadRef | undefined> {
    const threadTs = await this.kv.get<string>(key('latest', teamId, channelId));
    return threadTs ? { teamId, channelId, threadTs } : undefined;
  }

  /** A result computed for an article (summary, quotes, translation), keyed by what produced it. */
  async getResult<T>(teamId: string, articleId: string, variant: string): Promise<T | undefined> {
    return (await this.kv.get<T>(key('result', teamId, articleId, variant))) ?? undefined;
  }

  async saveResult<T>(teamId: string, articleId: string, variant: string, value: T): Promise<void> {
    await this.kv.set(key('result', teamId, articleId, variant), value, THREAD_TTL_MS);
  }
}
