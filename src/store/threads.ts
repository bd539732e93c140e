import type Keyv from 'keyv';
import type { Article } from '../article/article-types.js';
import type { Turn } from '../engines/engine.js';

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
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Articles and conversations are kept for 30 days after their last use. */
export const THREAD_TTL_MS = 30 * DAY_MS;

const key = (...parts: string[]) => parts.map(encodeURIComponent).join(':');

/** Typed access to what Newsdesk keeps: thread contexts, each channel's latest article, cached results. */
export class ThreadStore {
  constructor(private readonly kv: Keyv) {}

  async saveThread(ref: ThreadRef, context: ThreadContext): Promise<void> {
    await this.kv.set(key('thread', ref.teamId, ref.channelId, ref.threadTs), context, THREAD_TTL_MS);
  }

  async getThread(ref: ThreadRef): Promise<ThreadContext | undefined> {
    return (await this.kv.get<ThreadContext>(key('thread', ref.teamId, ref.channelId, ref.threadTs))) ?? undefined;
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
