import { Worker } from 'node:worker_threads';
import type { Config } from '../config.js';
import type { QueueAnswerMessage, QueueCallMessage } from '../jobs/forwarding-queue.js';
import type { Job, JobAttempt, JobQueue } from '../jobs/job-queue.js';
import type { Logger } from '../logger.js';
import { workerBeside } from '../worker-module.js';
import type { JobRunner } from './job-runner.js';
import { errorForThread, errorFromThread, type FromJobThread, type ToJobThread } from '../jobs/job-thread-messages.js';

const jobThreadModule = workerBeside(import.meta.url, 'job-thread');

/** How long the job thread gets to tell lost jobs' journalists and close its store at shutdown. */
const CLOSE_MS = 10_000;

/**
 * Jobs on a thread of their own, so the thread that acks Slack's requests does nothing else: under
 * a burst, a request's ack then waits behind other acks only, not behind other requests' work (the
 * model's answers, the posts, the grounding). The job thread builds the app's listeners and services
 * again, on a store connection of its own: a SQLite file, which both threads share, as two
 * processes would. Should the thread fail to start, the jobs run on the acking thread (`here`);
 * should it stop, the next job starts another.
 */
export function jobsOnThread(config: Config, queue: JobQueue, logger: Logger, here: JobRunner): JobRunner {
  let thread: JobThread | undefined;
  let failedToStart = false;
  const current = async (): Promise<JobThread | undefined> => {
    if (failedToStart) return undefined;
    if (!thread || thread.exited) thread = new JobThread(config, queue, logger);
    try {
      await thread.ready;
      return thread;
    } catch (error) {
      logger.error('the job thread did not start; jobs run on the thread that acks Slack', error);
      failedToStart = true;
      return undefined;
    }
  };
  const started = current();
  return {
    runsOn: () => (failedToStart ? 'acking thread' : 'job thread'),
    async run(job, attempt) {
      const onThread = await current();
      return onThread ? onThread.run(job, attempt) : here.run(job, attempt);
    },
    async tellLost(lost) {
      await started;
      if (thread && !thread.exited && !failedToStart) await thread.tellLost(lost);
      else await here.tellLost(lost);
    },
    async close() {
      await started;
      await thread?.close();
    },
  };
}

/** The thread, on the bundle's job-thread.js, or from source through job-thread-from-source.mjs (tsx, vitest). */
function startWorker(workerData: { config: Config }): Worker {
  const { url } = jobThreadModule;
  const fromSource = url.pathname.endsWith('.ts');
  return new Worker(fromSource ? new URL('./job-thread-from-source.mjs', url) : url, { workerData });
}

/** One job thread, and the runs in it. */
class JobThread {
  readonly ready: Promise<void>;
  exited = false;
  private readonly worker: Worker;
  private readonly runs = new Map<number, { resolve: () => void; reject: (error: Error) => void }>();
  private nextRun = 0;
  private replied: { type: 'told' | 'closed'; resolve: () => void } | undefined;

  constructor(config: Config, private readonly queue: JobQueue, private readonly logger: Logger) {
    this.worker = startWorker({ config });
    this.ready = new Promise<void>((resolve, reject) => {
      this.worker.on('message', (message: FromJobThread | QueueCallMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'failed') reject(errorFromThread(message.error));
        else this.received(message);
      });
      this.worker.on('error', (error) => {
        reject(error);
        this.logger.error('the job thread failed', error);
      });
      this.worker.on('exit', (code) => {
        this.exited = true;
        reject(new Error(`the job thread exited (${code}) before it was ready`));
        for (const { reject: failRun } of this.runs.values()) failRun(new Error('the job thread stopped before the job was done'));
        this.runs.clear();
        this.replied?.resolve();
      });
    });
    // Its failure is handled where it is awaited.
    this.ready.catch(() => {});
  }

  run(job: Job, attempt: JobAttempt): Promise<void> {
    const run = this.nextRun++;
    return new Promise<void>((resolve, reject) => {
      this.runs.set(run, { resolve, reject });
      attempt.givenUp.addEventListener('abort', () => this.send({ type: 'give-up', run }), { once: true });
      this.send({ type: 'run', run, job, attempt: { number: attempt.number, final: attempt.final } });
    });
  }

  tellLost(jobs: Job[]): Promise<void> {
    return this.ask({ type: 'tell-lost', jobs }, 'told');
  }

  async close(): Promise<void> {
    if (!this.exited) await this.ask({ type: 'close' }, 'closed');
    await this.worker.terminate();
  }

  private received(message: Exclude<FromJobThread, { type: 'ready' | 'failed' }> | QueueCallMessage): void {
    switch (message.type) {
      case 'done': {
        const run = this.runs.get(message.run);
        this.runs.delete(message.run);
        if (message.error) run?.reject(errorFromThread(message.error));
        else run?.resolve();
        return;
      }
      case 'queue-call':
        return void this.answer(message);
      case 'log':
        return this.logger[message.level](...message.lines);
      case 'told':
      case 'closed':
        if (this.replied?.type === message.type) this.replied.resolve();
        return;
    }
  }

  /** The job thread's calls on the queue, which lives here. */
  private async answer({ call, request }: QueueCallMessage): Promise<void> {
    try {
      const value = request.method === 'add' ? await this.queue.add(request.job) : await this.queue.removeWorkspace(request.owner);
      this.worker.postMessage({ type: 'queue-answer', call, value } satisfies QueueAnswerMessage);
    } catch (error) {
      this.worker.postMessage({ type: 'queue-answer', call, error: errorForThread(error) } satisfies QueueAnswerMessage);
    }
  }

  /** Sends `message` and waits (up to CLOSE_MS, or the thread's exit) for its reply. */
  private async ask(message: ToJobThread, reply: 'told' | 'closed'): Promise<void> {
    if (this.exited) return;
    let timer: NodeJS.Timeout | undefined;
    await new Promise<void>((resolve) => {
      this.replied = { type: reply, resolve };
      timer = setTimeout(resolve, CLOSE_MS);
      this.send(message);
    });
    clearTimeout(timer);
    this.replied = undefined;
  }

  private send(message: ToJobThread): void {
    if (!this.exited) this.worker.postMessage(message);
  }
}
