import type Keyv from 'keyv';
import { SerializedUpdates } from './serialized-update.js';
import { THREAD_TTL_MS } from './threads.js';

/** An article a person brought to Newsdesk, and the thread it lives in. */
export interface RecentArticle {
  headline: string;
  channelId: string;
  threadTs: string;
  /** ISO time it was last summarized. */
  at: string;
}

/** Articles listed per person on the Home tab. */
export const RECENT_ARTICLES_KEPT = 10;

const key = (teamId: string, userId: string) => `recent:${encodeURIComponent(teamId)}:${encodeURIComponent(userId)}`;

/** Each person's most recent articles, newest first, for their Home tab; kept as long as threads are. */
export class RecentArticles {
  private readonly updates: SerializedUpdates;

  constructor(private readonly kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  async add(teamId: string, userId: string, article: RecentArticle): Promise<void> {
    await this.updates.update<RecentArticle[]>(key(teamId, userId), THREAD_TTL_MS, (articles = []) =>
      [article, ...articles.filter((a) => !(a.channelId === article.channelId && a.threadTs === article.threadTs))].slice(0, RECENT_ARTICLES_KEPT),
    );
  }

  async of(teamId: string, userId: string): Promise<RecentArticle[]> {
    return (await this.kv.get<RecentArticle[]>(key(teamId, userId))) ?? [];
  }
}
