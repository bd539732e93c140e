import { availableParallelism } from 'node:os';
import { Piscina, queueOptionsSymbol } from 'piscina';
import type { Article } from '../article-types.js';
import { NewsroomError } from '../../errors.js';
import type { ReaderData, ReadingOutcome, ReadingStarted, ReadingTask } from './read-document.js';
import { READING_LIMITS, TooLargeToReadError } from './reading-limits.js';
import { workerBeside } from '../../worker-module.js';
import { afterReadyRequests } from '../../request-first.js';
import { READ, ReadsFirstQueue } from './reads-first-queue.js';

const reader = workerBeside(import.meta.url, 'read-document');

type Task = ReadingTask & { id: number; [queueOptionsSymbol]?: typeof READ };

let pool: Piscina<Task, ReadingOutcome> | undefined;
let lastId = 0;
/** What to do when a worker takes up a task, by task id. */
const onStart = new Map<number, () => void>();

/**
 * Reads an article in a worker thread, so that no document, however hostile, holds the thread
 * that acks Slack: reading gets `timeBudgetMs` from when a worker takes it up (a burst of
 * requests queues for the workers without eating into it) and a heap of
 * READING_LIMITS.workerHeapMb; past either the worker is ended and the journalist told the
 * document is too large or too complex.
 */
export async function readInWorker(task: ReadingTask, timeBudgetMs: number = READING_LIMITS.timeBudgetMs): Promise<Article> {
  const id = ++lastId;
  const overBudget = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  onStart.set(id, () => (timer = setTimeout(() => overBudget.abort(), timeBudgetMs)));
  let outcome: ReadingOutcome;
  try {
    outcome = await openReadingPool().run({ ...task, id, [queueOptionsSymbol]: READ }, { signal: overBudget.signal });
  } catch (error) {
    throw overLimit(error, timeBudgetMs) ?? error;
  } finally {
    onStart.delete(id);
    clearTimeout(timer);
  }
  // The read is done: its budget no longer runs while the job waits its turn behind the requests.
  await afterReadyRequests('read');
  if ('refusal' in outcome) throw new NewsroomError(outcome.refusal);
  return outcome.article;
}

/** How a server warms the pool (its warm-up); a one-off read (the command line) takes the defaults. */
export interface PoolWarmth {
  /**
   * Readers kept from the start: a server keeps two, so the first burst of the day waits for no
   * second worker to load its parsers, and memory does not step up mid-morning. Default 1.
   */
  readers?: number;
  /** Each worker loads pdf.js, mammoth and the page reader as it starts, not at its first such document. Default false. */
  preloadParsers?: boolean;
}

/**
 * The pool, started if it is not yet. A one-off read starts one worker that loads only the
 * parsers its document needs, so no second worker or unused parser competes with it for the CPU.
 */
export function openReadingPool(warmth: PoolWarmth = {}): Piscina<Task, ReadingOutcome> {
  pool ??= createPool(warmth);
  return pool;
}

/**
 * Runs another job in the pool's workers (the default export of `filename`) when the pool is
 * running, as a server's is from its warm-up; undefined when it is not, so that a one-off does not
 * start a worker for a few milliseconds of work.
 */
export function runInRunningPool<T, R>(filename: URL, task: T): Promise<R> | undefined {
  const running = pool?.run(task as never, { filename: filename.href }) as Promise<R> | undefined;
  return running?.then(async (result) => {
    await afterReadyRequests();
    return result;
  });
}

/** Ends the workers (after the last read, when the app stops); the next read starts new ones. */
export async function closeReadingPool(): Promise<void> {
  const closing = pool;
  pool = undefined;
  await closing?.destroy();
}

function createPool({ readers = 1, preloadParsers = false }: PoolWarmth): Piscina<Task, ReadingOutcome> {
  const created = new Piscina<Task, ReadingOutcome>({
    filename: reader.url.href,
    maxThreads: Math.max(2, availableParallelism()),
    resourceLimits: { maxOldGenerationSizeMb: READING_LIMITS.workerHeapMb },
    // Piscina's run and wait histograms cost the acking thread a little on every read; nothing reads them.
    recordTiming: false,
    // Piscina ends a worker the moment it is idle by default, so every burst started workers again,
    // each loading its parsers anew: one started for a burst stays a while.
    idleTimeout: 60_000,
    minThreads: readers,
    workerData: { preloadParsers } satisfies ReaderData,
    execArgv: reader.execArgv,
    taskQueue: new ReadsFirstQueue(),
  });
  created.on('message', (message: ReadingStarted) => onStart.get(message.readingStarted)?.());
  // A worker that dies between tasks is replaced; the pool reports it as an event nobody need act on.
  created.on('error', () => {});
  return created;
}

function overLimit(error: unknown, timeBudgetMs: number): TooLargeToReadError | undefined {
  if ((error as Error).name === 'AbortError') return new TooLargeToReadError(`reading it took more than ${(timeBudgetMs / 1000).toLocaleString('en')} seconds`);
  if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return new TooLargeToReadError('reading it needs more memory than Newsdesk gives one document');
  }
  return undefined;
}
