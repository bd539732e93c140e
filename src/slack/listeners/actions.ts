import type { BlockButtonAction } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Article } from '../../article/article-types.js';
import type { Engine } from '../../engines/engine.js';
import { findQuotes } from '../../quotes/quotes.js';
import type { Services } from '../../services.js';
import type { ThreadContext, ThreadRef } from '../../store/threads.js';
import { buttonHandler, type ButtonArgs } from '../action-runner.js';
import { progressNote, type Asker } from '../blocks.js';
import { QUOTES_ACTION, TRANSLATE_ACTION } from '../../summarize/slack-blocks.js';
import { tellUser } from '../command-runner.js';
import { postQuotes } from '../../quotes/slack-reply.js';
import { TRANSLATION_NEEDS_A_MODEL } from '../../translate/slack-command.js';
import { translateIntoThread, translationDeps, type TranslationJob } from '../../translate/slack-reply.js';
import { runningJob } from '../jobs.js';
import { translationTarget } from '../../settings/settings.js';
import type { Listeners } from './routed-listeners.js';

export const ARTICLE_GONE =
  'Newsdesk no longer holds this article (articles are kept for 30 days after their last use). Run the command again with the article text or link.';

/** The buttons under Newsdesk's messages: one listener per button, each acting on the article of the message's thread. */
export function registerActions(app: Listeners, config: Config, services: Services): void {
  app.action<BlockButtonAction>(
    QUOTES_ACTION,
    articleButton(services, { progress: 'Looking for quotes…', via: 'the Quotes button' }, async ({ client, thread, article, engine, asker, progressTs }) => {
      const outcome = await findQuotes({ engine, offline: services.offline, threads: services.threads }, thread.teamId, article);
      await postQuotes(client, thread, article, outcome, { asker, progressTs });
    }),
  );

  app.action<BlockButtonAction>(
    TRANSLATE_ACTION,
    articleButton(
      services,
      // A summary written before the model was removed may still carry the button: it refuses at once.
      { progress: 'Translating…', via: 'the Translate to English button', refuseAtOnce: () => (config.llm ? undefined : TRANSLATION_NEEDS_A_MODEL) },
      async ({ client, thread, article, engine, asker, progressTs, job }) => {
        const settings = await services.settings.effective(thread.teamId);
        const deps = await translationDeps(services, engine, thread.teamId);
        await translateIntoThread(client, deps, thread, article, translationTarget(settings, thread.channelId), { asker, progressTs, job });
      },
    ),
  );
}

interface ArticleButtonWork {
  client: ButtonArgs['client'];
  thread: ThreadRef;
  article: Article;
  engine: Engine;
  asker: Asker;
  /** The progress message in the article's thread, which the answer replaces. */
  progressTs: string;
  /** The button's job, and who pressed it: work it starts in turn (a translation's chunks) are jobs of its own. */
  job: TranslationJob | undefined;
}

interface ArticleButtonSpec {
  progress: string;
  /** How the answer's context line names the request. */
  via: string;
  refuseAtOnce?: () => string | undefined;
}

/**
 * What every article button shares: find the thread's article, or say it is gone; show the
 * progress in the article's thread, where the answer then replaces it (an ephemeral note in the
 * channel could never be taken back); let policy pick the engine. A failure removes the progress
 * message and is told to the user alone.
 */
function articleButton(services: Services, spec: ArticleButtonSpec, act: (work: ArticleButtonWork) => Promise<void>) {
  const { logger } = services;
  return buttonHandler(services, undefined, async ({ body, action, context, client, respond }) => {
    const refusal = spec.refuseAtOnce?.();
    if (refusal) return tellUser(respond, refusal, logger);
    const found = await articleOfButton(services, body, context.teamId, action.value);
    if (!found) return tellUser(respond, ARTICLE_GONE, logger);
    const { thread, context: kept } = found;
    const note = progressNote(spec.progress);
    const progress = await client.chat.postMessage({ channel: thread.channelId, thread_ts: thread.threadTs, text: note.text, blocks: note.blocks });
    try {
      const engine = await services.engineFor(
        { teamId: thread.teamId, channelId: thread.channelId, userId: body.user.id, threadOfflineReason: kept.offlineReason },
        kept.article,
      );
      const running = runningJob(context);
      const job = running && { running, userId: body.user.id };
      await act({ client, thread, article: kept.article, engine, asker: { userId: body.user.id, via: spec.via }, progressTs: progress.ts!, job });
    } catch (error) {
      await client.chat.delete({ channel: thread.channelId, ts: progress.ts! }).catch((deleteError: unknown) => logger.warn('could not remove a progress message', deleteError));
      throw error;
    }
  }, { queue: true });
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
