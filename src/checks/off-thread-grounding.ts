import type { Article } from '../article/article-types.js';
import { runInRunningPool } from '../article/intake/reading-pool.js';
import { ungroundedTerms } from './grounding.js';
import type { GroundingTask } from './grounding-worker.js';
import { workerBeside } from '../worker-module.js';

// Run by the reading pool's threads, which already carry what loading it needs.
const { url: workerUrl } = workerBeside(import.meta.url, 'grounding-worker');

/**
 * The ungrounded terms of each text (see grounding.ts), checked in the worker pool when one runs (a
 * server's): indexing a new article's words and numbers and checking a summary against them took about
 * 0.8 ms of the thread that acks Slack, a tenth of a request's. A one-off (the command line) starts no
 * worker for it: it checks here.
 */
export async function ungroundedTermsOf(article: Article, texts: readonly string[]): Promise<string[][]> {
  const offThread = runInRunningPool<GroundingTask, string[][]>(workerUrl, { article, texts: [...texts] });
  return offThread ?? texts.map((text) => ungroundedTerms(article, text));
}
