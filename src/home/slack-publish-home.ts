import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import { maySetSettings } from '../settings/slack-admins.js';
import type { RecentArticle } from '../store/recent-articles.js';
import { homeView, type LinkedArticle } from './slack-home-view.js';

/** Publishes a person's Home tab as it is now: after it opens, and after every settings change. */
export async function publishHome(client: WebClient, services: Pick<Services, 'settings' | 'recent'>, teamId: string, userId: string): Promise<void> {
  const settings = await services.settings.effective(teamId);
  const [recent, mayEdit] = await Promise.all([services.recent.of(teamId, userId), maySetSettings(client, userId, settings.adminChannelId)]);
  const articles = await Promise.all(recent.map((article) => withPermalink(client, article)));
  await client.views.publish({ user_id: userId, view: homeView({ articles, settings, mayEdit }) });
}

/** A thread's link; an article whose message is gone is still listed, without one. */
async function withPermalink(client: WebClient, article: RecentArticle): Promise<LinkedArticle> {
  try {
    const { permalink } = await client.chat.getPermalink({ channel: article.channelId, message_ts: article.threadTs });
    return { ...article, permalink };
  } catch {
    return { ...article, permalink: undefined };
  }
}
