import { LocalModelSlots, type ModelSlots } from '../engines/model-slots.js';
import type { Logger } from '../logger.js';
import { JOB_ATTEMPTS, RETRY_BACKOFF_MS, type Backlog, type Job, type JobHandler, type JobQueue } from './job-queue.js';

/** Claims a job id once; the store's event claims do this for memory: and SQLite. */
export interface JobClaims {
  claim(teamId: string, id: string): Promise<boolean>;
}

interface Waiting {
  job: Job;
  attempt: number;
  since: number;
}

/**
 * The queue of one process (STORE_URL memory: or SQLite): nothing to run beside the app. Jobs
 * live in memory, so a crash loses those waiting; several processes need Redis. Workspaces take
 * turns, each with its own line.
 */
export class InProcessQueue implements JobQueue {
  readonly kind = 'in-process';
  /** Each workspace's waiting jobs; the Map's order is whose turn is next. */
  private readonly lines = new Map<string, Waiting[]>();
  private readonly held = new Set<Promise<void>>();
  private readonly retryTimers = new Set<NodeJS.Timeout>();
  private handler: JobHandler | undefined;
  private closed = false;

  constructor(
    private readonly claims: JobClaims,
    private readonly concurrency: number,
    private readonly logger: Logger,
  ) {}

  async add(job: Job): Promise<void> {
    if (this.closed) throw new Error('the job queue is closed');
    if (!(await this.claims.claim(job.teamId, job.id))) {
      this.logger.info(`job ${job.id}: its request was delivered again; it runs once`);
      return;
    }
    this.enqueue({ job, attempt: 1, since: Date.now() });
  }

  work(handler: JobHandler): void {
    this.handler = handler;
    this.pump();
  }

  async backlog(): Promise<Backlog> {
    const waiting = [...this.lines.values()].flat();
    const oldest = Math.min(...waiting.map((entry) => entry.since));
    return { waiting: waiting.length + this.retryTimers.size, oldestWaitingMs: waiting.length ? Date.now() - oldest : null };
  }

  modelSlots(limit: number): ModelSlots {
    return new LocalModelSlots(limit);
  }

  async close(graceMs: number): Promise<void> {
    this.closed = true;
    for (const timer of this.retryTimers) clearTimeout(timer);
    const lost = this.retryTimers.size + [...this.lines.values()].flat().length;
    if (lost) this.logger.warn(`${lost} waiting jobs are dropped: the in-process queue keeps nothing across a restart`);
    let timer: NodeJS.Timeout | undefined;
    const finished = await Promise.race([
      Promise.allSettled(this.held).then(() => true),
      new Promise<false>((resolve) => (timer = setTimeout(resolve, graceMs, false))),
    ]);
    clearTimeout(timer);
    if (!finished) this.logger.warn(`${this.held.size} jobs were still running after ${graceMs} ms and are dropped`);
  }

  private enqueue(entry: Waiting): void {
    const line = this.lines.get(entry.job.teamId) ?? [];
    line.push(entry);
    this.lines.set(entry.job.teamId, line);
    // On the next turn of the event loop, so the request's ack is sent before its work starts.
    setImmediate(() => this.pump());
  }

  /** The next job: the first of the workspace whose turn it is, which then goes to the back. */
  private next(): Waiting | undefined {
    for (const [teamId, line] of this.lines) {
      const entry = line.shift();
      this.lines.delete(teamId);
      if (line.length) this.lines.set(teamId, line);
      return entry;
    }
    return undefined;
  }

  private pump(): void {
    while (this.handler && !this.closed && this.held.size < this.concurrency) {
      const entry = this.next();
      if (!entry) return;
      const run = this.run(this.handler, entry).finally(() => {
        this.held.delete(run);
        this.pump();
      });
      this.held.add(run);
    }
  }

  private async run(handler: JobHandler, { job, attempt }: Waiting): Promise<void> {
    try {
      await handler(job, { number: attempt, final: attempt >= JOB_ATTEMPTS });
    } catch (error) {
      if (attempt >= JOB_ATTEMPTS || this.closed) {
        this.logger.error(`job ${job.id} failed on attempt ${attempt}; no retry`, error);
        return;
      }
      this.logger.warn(`job ${job.id} failed on attempt ${attempt}; it is retried`, error);
      const timer = setTimeout(() => {
        this.retryTimers.delete(timer);
        this.enqueue({ job, attempt: attempt + 1, since: Date.now() });
      }, RETRY_BACKOFF_MS * 2 ** (attempt - 1));
      this.retryTimers.add(timer);
    }
  }
}
