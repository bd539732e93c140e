import type { App, BlockButtonAction } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Article } from '../../article/article-types.js';
import type { Engine } from '../../engines/engine.js';
import { findQuotes } from '../../quotes/quotes.js';
import type { Services } from '../../services.js';
import type { ThreadContext, ThreadRef } from '../../store/threads.js';
import { buttonHandler, type ButtonArgs } from '../action-runner.js';
import { QUOTES_ACTION, TRANSLATE_ACTION } from '../../summarize/slack-blocks.js';
import { tellUser } from '../command-runner.js';
import { postQuotes } from '../../quotes/slack-reply.js';
import { translateIntoThread, translationDeps } from '../../translate/slack-reply.js';
import { translationTarget } from '../../settings/settings.js';

export const ARTICLE_GONE =
  'Newsdesk no longer holds this article (articles are kept for 30 days after their last use). Run the command again with the article text or link.';

/** The buttons under Newsdesk's messages: one app.action per button, each acting on the article of the message's thread. */
export function registerActions(app: App, _config: Config, services: Services): void {
  app.action<BlockButtonAction>(
    QUOTES_ACTION,
    articleButton(services, 'Looking for quotes…', async ({ client, thread, article, engine }) => {
      const outcome = await findQuotes({ engine, offline: services.offline, threads: services.threads }, thread.teamId, article);
      await postQuotes(client, thread, article, outcome);
    }),
  );

  app.action<BlockButtonAction>(
    TRANSLATE_ACTION,
    articleButton(services, 'Translating…', async ({ client, thread, article, engine }) => {
      const settings = await services.settings.effective(thread.teamId);
      await translateIntoThread(client, await translationDeps(services, engine, thread.teamId), thread, article, translationTarget(settings, thread.channelId));
    }),
  );
}

interface ArticleButtonWork {
  client: ButtonArgs['client'];
  thread: ThreadRef;
  article: Article;
  engine: Engine;
}

/** What every article button shares: find the thread's article, or say it is gone; let policy pick the engine. */
function articleButton(services: Services, progress: string, act: (work: ArticleButtonWork) => Promise<void>) {
  return buttonHandler(services, progress, async ({ body, action, context, client, respond }) => {
    const found = await articleOfButton(services, body, context.teamId, action.value);
    if (!found) return tellUser(respond, ARTICLE_GONE, services.logger);
    const { thread, context: kept } = found;
    const engine = await services.engineFor(
      { teamId: thread.teamId, channelId: thread.channelId, userId: body.user.id, threadOfflineReason: kept.offlineReason },
      kept.article,
    );
    await act({ client, thread, article: kept.article, engine });
  });
}

/**
 * The article a button acts on: the one kept for the thread of the message it sits under (a
 * summary's ts is the thread, unless it was posted inside one). The button's value is the
 * article id, so a thread that no longer holds that article answers nothing.
 */
async function articleOfButton(
  services: Services,
  body: BlockButtonAction,
  teamId: string | undefined,
  articleId: string | undefined,
): Promise<{ thread: ThreadRef; context: ThreadContext } | undefined> {
  const message = body.message as { ts: string; thread_ts?: string } | undefined;
  const channelId = body.channel?.id;
  if (!message || !channelId || !teamId) return undefined;
  const thread: ThreadRef = { teamId, channelId, threadTs: message.thread_ts ?? message.ts };
  const context = await services.threads.getThread(thread);
  return context && context.article.id === articleId ? { thread, context } : undefined;
}
