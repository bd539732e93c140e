import type { WebClient } from '@slack/web-api';
import type { Article, Paragraph } from '../article/article-types.js';
import { NewsroomError } from '../errors.js';
import { OneAtATime } from '../one-at-a-time.js';
import type { JobAttempt, JobHandler, Job } from '../jobs/job-queue.js';
import type { Services } from '../services.js';
import { noticeMessage } from '../slack/blocks.js';
import { describeFailure, isUsersToFix } from '../slack/failures.js';
import { postOnce } from '../slack/post-once.js';
import { showInPlace } from '../slack/thread-messages.js';
import type { Authorization } from '../slack/workspace-client.js';
import type { StoredRun } from '../store/translation-runs.js';
import { mustHold } from '../trust/hold.js';
import { TRANSLATION_NEEDS_A_MODEL } from './slack-command.js';
import { translationProgressMessage } from './slack-blocks.js';
import { postOrHoldTranslation } from './slack-reply.js';
import { assembleTranslation, keepTranslation, translateChunk, type TranslatedChunk } from './translate.js';
import { chunkJob, resultJob, TRANSLATION_CHUNK, TRANSLATION_RESULT, type ChunkedTranslation, type TranslationJobData } from './translation-run.js';

const dataOf = (job: Job) => job.data as unknown as TranslationJobData;

type Run = StoredRun<ChunkedTranslation, TranslatedChunk>;
type RunnerServices = Pick<
  Services,
  'threads' | 'modelFor' | 'jobs' | 'jobPosts' | 'translationRuns' | 'logger' | 'heldDrafts' | 'requireSignoffFor'
>;
/** The Web API client with the token of the workspace (or org) a run was asked from. */
export type ClientFor = (authorization: Authorization) => Promise<WebClient>;

/** Where a translation job's progress is shown (undefined for other jobs, or a run gone): a restart notice goes there. */
export async function translationProgressOf(services: Pick<Services, 'translationRuns'>, job: Job): Promise<{ channel: string; ts: string } | undefined> {
  if (job.kind !== TRANSLATION_CHUNK && job.kind !== TRANSLATION_RESULT) return undefined;
  const run = await services.translationRuns.get(job.teamId, dataOf(job).runId);
  return run ? { channel: run.plan.place.channelId, ts: run.plan.progressTs } : undefined;
}

const ARTICLE_GONE = 'Newsdesk no longer holds this article, so its translation could not be finished. Run /translate again with the article text or link.';

/**
 * The jobs of a long translation (started by translateIntoThread): each chunk is translated by a
 * job of its own, retried like any job, and the translation is posted by one more job once every
 * chunk is in. Whatever fails on its last attempt (or is the journalist's to fix) takes the
 * progress message's place, and the run's other chunks stop.
 */
export function translationJobRunners(services: RunnerServices, clientFor: ClientFor): Record<string, JobHandler> {
  const { translationRuns: runs, logger } = services;
  const progressUpdates = new OneAtATime();

  /** A failure: thrown again while attempts remain (the queue retries it), else told in place of the progress message. */
  async function failed(job: Job, attempt: JobAttempt, run: Run, client: WebClient, error: unknown): Promise<void> {
    const retried = !attempt.final && !isUsersToFix(error);
    if (retried) {
      logger.warn(`translation job ${job.id} failed on attempt ${attempt.number}; it is retried`, error);
      throw error;
    }
    logger.error(`translation job ${job.id} failed on attempt ${attempt.number}`, error);
    const told = attempt.number > 1 ? `Newsdesk tried ${attempt.number} times. ${describeFailure(error)}` : describeFailure(error);
    await runs.fail(job.teamId, dataOf(job).runId, told);
    await showFailure(client, run.plan, told);
  }

  async function showFailure(client: WebClient, plan: ChunkedTranslation, told: string): Promise<void> {
    await showInPlace(client, plan.place, plan.progressTs, noticeMessage(told));
  }

  /**
   * The progress message, updated before the chunk's translation is added to the run: the result
   * job is queued only once every chunk is added, so no progress can land after the translation.
   * Chunks are counted as the model answers them, and a run's updates go one at a time in this
   * process (chunks answered side by side would race to Slack, a lower count landing last), so the
   * counts shown only go up, to the total.
   */
  function showProgress(client: WebClient, teamId: string, runId: string, plan: ChunkedTranslation, index: number): Promise<void> {
    return progressUpdates.run(runId, () => showProgressNow(client, teamId, runId, plan, index));
  }

  async function showProgressNow(client: WebClient, teamId: string, runId: string, plan: ChunkedTranslation, index: number): Promise<void> {
    const run = await runs.markAnswered(teamId, runId, index);
    if (!run || run.failure) return;
    const done = (run.answered ?? []).reduce((sum, i) => sum + plan.chunks[i]!.length, 0);
    const total = plan.chunks.reduce((sum, ids) => sum + ids.length, 0);
    const message = translationProgressMessage(plan.language, done, total);
    try {
      await client.chat.update({ channel: plan.place.channelId, ts: plan.progressTs, text: message.text, blocks: message.blocks });
      // A chunk that failed for good meanwhile told it there: that stays in sight.
      const after = await runs.get(teamId, runId);
      if (after?.failure) await showFailure(client, plan, after.failure);
    } catch (error) {
      logger.warn('could not show translation progress', error);
    }
  }

  async function articleOf(plan: ChunkedTranslation): Promise<Article> {
    const article = await services.threads.getArticle(plan.place.teamId, plan.articleId);
    if (!article) throw new NewsroomError(ARTICLE_GONE);
    return article;
  }

  async function translateOneChunk(job: Job, attempt: JobAttempt): Promise<void> {
    const { runId, index = 0 } = dataOf(job);
    const run = await runs.get(job.teamId, runId);
    // Gone: posted already, or its workspace uninstalled; failed: another chunk told the journalist.
    if (!run || run.failure) return;
    const { plan } = run;
    const client = await clientFor(plan.authorization);
    try {
      // A chunk run again after its translation was added only passes the run on.
      if (!(String(index) in run.parts)) {
        const article = await articleOf(plan);
        const engine = await services.modelFor(plan.request, article);
        if (!engine) throw new NewsroomError(TRANSLATION_NEEDS_A_MODEL);
        const byId = new Map(article.paragraphs.map((paragraph) => [paragraph.id, paragraph]));
        const paragraphs = plan.chunks[index]!.map((id) => byId.get(id)).filter((paragraph): paragraph is Paragraph => paragraph !== undefined);
        const part = await translateChunk(engine, article, plan, index, paragraphs);
        await showProgress(client, job.teamId, runId, plan, index);
        const added = await runs.addPart(job.teamId, runId, index, part);
        if (!added || added.failure) return;
        run.parts = added.parts;
      }
      const ids = { runId, teamId: job.teamId, enterpriseId: job.enterpriseId };
      const next = index + plan.concurrency;
      if (next < plan.chunks.length) await services.jobs.add(chunkJob(ids, next));
      // Whichever chunk sees them all in queues the result; its id makes it one job however many see it.
      if (plan.chunks.every((_, i) => String(i) in run.parts)) await services.jobs.add(resultJob(ids));
    } catch (error) {
      await failed(job, attempt, run, client, error);
    }
  }

  async function postResult(job: Job, attempt: JobAttempt): Promise<void> {
    const { runId } = dataOf(job);
    const run = await runs.get(job.teamId, runId);
    if (!run || run.failure) return;
    const { plan } = run;
    // Run again, the job updates the messages it posted instead of posting them twice.
    const client = postOnce(await clientFor(plan.authorization), job, services.jobPosts);
    try {
      const article = await articleOf(plan);
      const parts = plan.chunks.map((_, i) => run.parts[String(i)]!);
      const outcome = await keepTranslation(services.threads, plan.place.teamId, article.id, plan.variant, assembleTranslation(plan.language, parts));
      const held = mustHold('translation', services.requireSignoffFor) ? services.heldDrafts : undefined;
      await postOrHoldTranslation(client, held, plan.place, article, outcome, plan.progressTs, plan.asker);
      // Its texts are in the thread (and the cache) now.
      await runs.remove(job.teamId, runId);
    } catch (error) {
      await failed(job, attempt, run, client, error);
    }
  }

  return { [TRANSLATION_CHUNK]: translateOneChunk, [TRANSLATION_RESULT]: postResult };
}
