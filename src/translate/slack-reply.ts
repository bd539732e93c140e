import type { WebClient } from '@slack/web-api';
import type { Logger } from '../logger.js';
import type { Article } from '../article/article-types.js';
import type { Engine } from '../engines/engine.js';
import type { Glossary } from './glossary.js';
import { languageName } from '../article/language.js';
import { planTranslation, translateArticle, type TranslationOutcome, type TranslationPlan } from './translate.js';
import { chunkJob, type ChunkedTranslation } from './translation-run.js';
import type { RunningJob } from '../slack/jobs.js';
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


/** The request job a translation runs in, and who asked: a long translation's chunks become jobs of its own. */
export interface TranslationJob {
  running: RunningJob;
  userId: string;
}

/**
 * Translates an article into its thread, the one flow behind /translate, the button under a
 * summary and a request in the thread. A long article shows its progress in one message, which
 * the result then replaces: its chunks are jobs of their own (see slack-translation-jobs.ts), each
 * retried, and the translation is posted by a job of its own once they are all done; this
 * resolves once the first chunks are queued. An article given as new text gets a short message to
 * thread under, posted only once there is something to show, so a request that cannot be done
 * posts nothing. A failure before the progress message is thrown for the caller to tell the user;
 * after it, it is shown there. `progressTs` is a progress message already in the thread (a
 * button's). Resolves to the thread and the message that holds (or will hold) the result, or the failure.
 */
export async function translateIntoThread(
  client: WebClient,
  deps: TranslationDeps,
  where: { teamId: string; channelId: string; threadTs?: string },
  article: Article,
  language: string,
  options: { asker?: Asker; progressTs?: string; job?: TranslationJob } = {},
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

  const plan = await planTranslation(deps, where.teamId, article, language);
  // Chunks go to the model only: a request policy kept offline fails at its first chunk, below.
  if (!plan.stored && plan.chunks.length > 1 && options.job && deps.engine.label.kind !== 'offline') {
    await progress.report(0, article.paragraphs.length);
    const progressTs = progress.ts();
    if (!progressTs) throw new Error('the translation\'s progress message could not be posted');
    const inThread = await thread();
    await startChunkJobs(deps, { teamId: where.teamId, ...inThread }, progressTs, article, language, plan, options.job, options.asker);
    return { threadTs: inThread.threadTs, ts: progressTs, failed: false };
  }

  let outcome: TranslationOutcome;
  try {
    outcome = plan.stored ?? (await translateArticle(deps, where.teamId, article, language, progress.report));
  } catch (error) {
    if (!progress.ts()) throw error;
    logger.warn(`translation failed after it started: ${describeFailure(error)}`);
    const inThread = await thread();
    const ts = await showInPlace(client, inThread, progress.ts(), noticeMessage(describeFailure(error)));
    return { threadTs: inThread.threadTs, ts, failed: true };
  }
  const inThread = await thread();
  const ts = await postOrHoldTranslation(client, deps.held, { teamId: where.teamId, ...inThread }, article, outcome, progress.ts(), options.asker);
  return { threadTs: inThread.threadTs, ts, failed: false };
}

/** Posts a translation in its thread, or holds it for a sign-off where the newsroom requires one. */
export function postOrHoldTranslation(
  client: WebClient,
  held: HeldDraftStore | undefined,
  where: ThreadPlace & { teamId: string },
  article: Article,
  outcome: TranslationOutcome,
  progressTs: string | undefined,
  asker: Asker | undefined,
): Promise<string> {
  return held
    ? holdTranslation(client, held, where, article, outcome, progressTs, asker)
    : postTranslation(client, where, article, outcome, progressTs, asker);
}

/**
 * A long translation's run, kept in the store with ids only (the article is its thread's), and
 * its first chunks queued: as many as may run at once, each queuing the next when it is done. A
 * request run again finds its run as it was, and its chunk jobs already queued.
 */
async function startChunkJobs(
  deps: TranslationDeps,
  place: ChunkedTranslation['place'],
  progressTs: string,
  article: Article,
  language: string,
  plan: Exclude<TranslationPlan, { stored: TranslationOutcome }>,
  job: TranslationJob,
  asker: Asker | undefined,
): Promise<void> {
  const { running } = job;
  const authorization = running.authorization ?? { teamId: running.teamId, isEnterpriseInstall: false };
  await deps.runs.start(place.teamId, running.id, {
    place,
    progressTs,
    authorization,
    request: { teamId: place.teamId, channelId: place.channelId, userId: job.userId },
    ...(asker && { asker }),
    articleId: article.id,
    language,
    variant: plan.variant,
    targetLanguage: plan.targetLanguage,
    glossary: plan.glossary,
    chunks: plan.chunks.map((paragraphs) => paragraphs.map((paragraph) => paragraph.id)),
    concurrency: deps.concurrency,
  });
  const run = { runId: running.id, teamId: place.teamId, enterpriseId: authorization.enterpriseId };
  for (let index = 0; index < Math.min(deps.concurrency, plan.chunks.length); index++) await deps.jobs.add(chunkJob(run, index));
}

export type TranslationDeps = Awaited<ReturnType<typeof translationDeps>>;

/**
 * What translateIntoThread needs, from the services, the engine chosen for the request and the
 * workspace's glossary; `held` where translations wait for a sign-off.
 */
export async function translationDeps(
  services: Pick<Services, 'threads' | 'settings' | 'logger' | 'translateConcurrency' | 'heldDrafts' | 'requireSignoffFor' | 'jobs' | 'translationRuns'>,
  engine: Engine,
  teamId: string,
) {
  const { threads, logger, translateConcurrency: concurrency, jobs, translationRuns: runs } = services;
  const { glossary } = await services.settings.effective(teamId);
  const held = mustHold('translation', services.requireSignoffFor) ? services.heldDrafts : undefined;
  return { engine, threads, glossary, logger, concurrency, held, jobs, runs };
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
