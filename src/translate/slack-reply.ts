import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';
import type { Article } from '../article/article-types.js';
import type { Engine } from '../engines/engine.js';
import type { Glossary } from './glossary.js';
import { languageName } from '../article/language.js';
import { translateArticle, type TranslationOutcome } from './translate.js';
import type { Services } from '../services.js';
import type { ThreadStore } from '../store/threads.js';
import { openArticleThread } from '../article/slack-article-thread.js';
import { noticeMessage, type Asker, type SlackMessage } from '../slack/blocks.js';
import { describeFailure } from '../slack/failures.js';
import { postInThread, showInPlace, type ThreadPlace } from '../slack/thread-messages.js';
import { mustHold } from '../trust/hold.js';
import { holdForSignOff, type HeldDraftStore } from '../trust/slack-hold.js';
import {
  heldTranslationMessage,
  MAX_MESSAGES,
  translationFileMessage,
  translationMarkdown,
  translationMessages,
  translationProgressMessage,
} from './slack-blocks.js';


/**
 * Translates an article into its thread, the one flow behind /translate, the button under a
 * summary and a request in the thread. A long article shows its progress in one message, which
 * the result then replaces. An article given as new text gets a short message to thread under,
 * posted only once there is something to show, so a request that cannot be done posts nothing.
 * A failure after the progress message is shown there; before it, it is thrown for the caller
 * to tell the user. `progressTs` is a progress message already in the thread (a button's). Resolves
 * to the thread and the message that holds the result (or the failure).
 */
export async function translateIntoThread(
  client: WebClient,
  deps: { engine: Engine; threads: ThreadStore; glossary: Glossary; logger: Logger; concurrency: number; held: HeldDraftStore | undefined },
  where: { teamId: string; channelId: string; threadTs?: string },
  article: Article,
  language: string,
  options: { asker?: Asker; progressTs?: string } = {},
): Promise<{ threadTs: string; ts: string; failed: boolean }> {
  const { threads, logger } = deps;
  let threadTs = where.threadTs;
  const thread = async (): Promise<ThreadPlace> => {
    threadTs ??= (
      await openArticleThread(client, threads, where, article, `${languageName(language)} translation in the thread`)
    ).threadTs;
    return { channelId: where.channelId, threadTs };
  };
  const progress = progressMessage(client, logger, thread, language, options.progressTs);

  let outcome: TranslationOutcome;
  try {
    outcome = await translateArticle(deps, where.teamId, article, language, progress.report);
  } catch (error) {
    if (!progress.ts()) throw error;
    logger.warn(`translation failed after it started: ${describeFailure(error)}`);
    const inThread = await thread();
    const ts = await showInPlace(client, inThread, progress.ts(), noticeMessage(describeFailure(error)));
    return { threadTs: inThread.threadTs, ts, failed: true };
  }
  const inThread = await thread();
  const ts = deps.held
    ? await holdTranslation(client, deps.held, { teamId: where.teamId, ...inThread }, article, outcome, progress.ts(), options.asker)
    : await postTranslation(client, inThread, article, outcome, progress.ts(), options.asker);
  return { threadTs: inThread.threadTs, ts, failed: false };
}

/**
 * What translateIntoThread needs, from the services, the engine chosen for the request and the
 * workspace's glossary; `held` where translations wait for a sign-off.
 */
export async function translationDeps(
  services: Pick<Services, 'threads' | 'settings' | 'logger' | 'translateConcurrency' | 'heldDrafts' | 'requireSignoffFor'>,
  engine: Engine,
  teamId: string,
) {
  const { threads, logger, translateConcurrency: concurrency } = services;
  const { glossary } = await services.settings.effective(teamId);
  const held = mustHold('translation', services.requireSignoffFor) ? services.heldDrafts : undefined;
  return { engine, threads, glossary, logger, concurrency, held };
}

/**
 * A translation the newsroom wants checked first: a stand-in in the thread, the translation kept
 * under it until someone marks it as checked (then posted, or uploaded as a file when that long).
 */
async function holdTranslation(
  client: WebClient,
  drafts: HeldDraftStore,
  where: ThreadPlace & { teamId: string },
  article: Article,
  outcome: TranslationOutcome,
  progressTs: string | undefined,
  asker: Asker | undefined,
): Promise<string> {
  const messages = translationMessages(article, outcome, asker);
  const preview = messages.slice(0, MAX_MESSAGES);
  const draft =
    messages.length > MAX_MESSAGES
      ? { messages: [translationFileMessage(article, outcome, asker)], file: translationFile(article, outcome), preview }
      : { messages, preview };
  return holdForSignOff(client, drafts, where, heldTranslationMessage(article, outcome, asker), draft, progressTs);
}

function translationFile(article: Article, outcome: TranslationOutcome) {
  return {
    filename: `translation-${outcome.language}-${article.id.slice(0, 8)}.md`,
    title: `${outcome.translation.headline} (${languageName(outcome.language)} translation)`,
    content: translationMarkdown(article, outcome),
  };
}

/**
 * Posts a translation in its thread: the first message replaces the progress message (when
 * there is one) and the rest follow; a translation that would take more than a few messages
 * is uploaded as a Markdown file instead, with a short message saying so. Resolves to the ts of
 * the first message.
 */
export async function postTranslation(
  client: WebClient,
  where: ThreadPlace,
  article: Article,
  outcome: TranslationOutcome,
  progressTs?: string,
  asker?: Asker,
): Promise<string> {
  const messages = translationMessages(article, outcome, asker);
  if (messages.length > MAX_MESSAGES) {
    await client.files.uploadV2({ channel_id: where.channelId, thread_ts: where.threadTs, ...translationFile(article, outcome) });
    return showInPlace(client, where, progressTs, translationFileMessage(article, outcome, asker));
  }
  const [first, ...rest] = messages;
  const ts = await showInPlace(client, where, progressTs, first!);
  for (const message of rest) await postInThread(client, where, message);
  return ts;
}

/**
 * The progress message: posted at the first report, then updated. Reports come from chunks
 * finishing side by side, so updates go one at a time and never step back; a failed update is
 * only logged, since the translation itself goes on.
 */
function progressMessage(client: WebClient, logger: Logger, thread: () => Promise<ThreadPlace>, language: string, existingTs?: string) {
  let ts = existingTs;
  let shown = -1;
  let queue = Promise.resolve();
  const show = async (done: number, total: number) => {
    if (done <= shown) return;
    shown = done;
    const message = translationProgressMessage(language, done, total);
    try {
      const where = await thread();
      if (ts) await client.chat.update({ channel: where.channelId, ts, text: message.text, blocks: message.blocks });
      else ts = (await postInThread(client, where, message)).ts;
    } catch (error) {
      logger.warn('could not show translation progress', error);
    }
  };
  return {
    report: (done: number, total: number) => (queue = queue.then(() => show(done, total))),
    ts: () => ts,
  };
}
