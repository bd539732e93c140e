import type { RequestContext } from '../editorial/request.js';
import { jobId, type Job } from '../jobs/job-queue.js';
import type { Glossary } from './glossary.js';
import type { TranslatedChunk } from './translate.js';

/**
 * A long translation whose chunks run as jobs of their own, as its run keeps it: what each chunk
 * job needs to find its article and its paragraphs, and where the translation goes. Ids only, no
 * article text: the article is the one its thread keeps.
 */
export interface ChunkedTranslation {
  /** The thread the translation goes to, and its progress message, which the translation (or the failure) replaces. */
  place: { teamId: string; channelId: string; threadTs: string };
  progressTs: string;
  /** Whose token posts it (an org-wide install's, or the workspace's). */
  authorization: { teamId?: string; enterpriseId?: string; isEnterpriseInstall: boolean };
  /** Who asked, for the audit trail of each model call. */
  request: Pick<RequestContext, 'teamId' | 'channelId' | 'userId'>;
  /** How the answer's context line names the request. */
  asker?: { userId: string; via: string };
  articleId: string;
  language: string;
  variant: string;
  targetLanguage: string;
  glossary: Glossary;
  /** Each chunk's paragraph ids, in article order. */
  chunks: string[][];
  /** Chunks in flight at once (TRANSLATE_CONCURRENCY): each chunk, once done, queues the one this many places on. */
  concurrency: number;
}


/** The job translating one chunk of a run, and the job posting the run's translation once every chunk is done. */
export const TRANSLATION_CHUNK = 'translation-chunk';
export const TRANSLATION_RESULT = 'translation-result';

export interface TranslationJobData {
  /** The run: the id of the request's job that started it. */
  runId: string;
  /** For a chunk job, which chunk. */
  index?: number;
}

/** Ids derived from the run's, so a request or chunk run again queues no second job of either. */
export function chunkJob(run: { runId: string; teamId: string; enterpriseId?: string }, index: number): Job {
  return { id: jobId(run.runId, 'chunk', String(index)), teamId: run.teamId, enterpriseId: run.enterpriseId, kind: TRANSLATION_CHUNK, data: { runId: run.runId, index } };
}

export function resultJob(run: { runId: string; teamId: string; enterpriseId?: string }): Job {
  return { id: jobId(run.runId, 'result'), teamId: run.teamId, enterpriseId: run.enterpriseId, kind: TRANSLATION_RESULT, data: { runId: run.runId } };
}
