import { LocalModelSlots, type ModelSlots } from '../engines/model-slots.js';
import type { Logger } from '../logger.js';
import { isOwnedBy, JOB_ATTEMPTS, RETRY_BACKOFF_MS, type Backlog, type FirstRun, type Job, type JobHandler, type JobQueue } from './job-queue.js';

/** Claims a job id once; the store's event claims do this for memory: and SQLite. */
export interface JobClaims {
  claim(teamId: string, id: string): Promise<boolean>;
}

interface Waiting {
  job: Job;
  attempt: number;
  since: number;
  /** Only on the first attempt: a retry replays the request. */
  firstRun?: FirstRun;
}

/** A job being run, and what gives its run up at shutdown. */
interface Running {
  job: Job;
  givenUp: AbortController;
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
  private readonly held = new Map<Promise<void>, Running>();
  /** Jobs waiting out their backoff before a retry. */
  private readonly retries = new Map<NodeJS.Timeout, Waiting>();
  private handler: JobHandler | undefined;
  /** Takes no more jobs: the app is shutting down. */
  private closed = false;
  /** Starts no more jobs either: the shutdown grace is over. */
  private stopped = false;
  /** Called once nothing is running or waiting, while the queue closes. */
  private onIdle: (() => void) | undefined;

  constructor(
    private readonly claims: JobClaims,
    private readonly concurrency: number,
    private readonly logger: Logger,
  ) {}

  async add(job: Job, firstRun?: FirstRun): Promise<void> {
    if (this.closed) throw new Error('the job queue is closed');
    if (!(await this.claims.claim(job.teamId, job.id))) {
      this.logger.info(`job ${job.id}: its request was delivered again; it runs once`);
      return;
    }
    this.enqueue({ job, attempt: 1, since: Date.now(), firstRun });
  }

  work(handler: JobHandler): void {
    this.handler = handler;
    this.pump();
  }

  async backlog(): Promise<Backlog> {
    const waiting = this.waiting();
    const oldest = Math.min(...waiting.map((entry) => entry.since));
    return { waiting: waiting.length + this.retries.size, oldestWaitingMs: waiting.length ? Date.now() - oldest : null };
  }

  async removeWorkspace(owner: string): Promise<number> {
    let removed = 0;
    for (const [teamId, line] of this.lines) {
      const kept = line.filter((entry) => !isOwnedBy(entry.job, owner));
      removed += line.length - kept.length;
      if (kept.length) this.lines.set(teamId, kept);
      else this.lines.delete(teamId);
    }
    for (const [timer, retry] of this.retries) {
      if (!isOwnedBy(retry.job, owner)) continue;
      clearTimeout(timer);
      this.retries.delete(timer);
      removed += 1;
    }
    this.checkIdle();
    return removed;
  }

  modelSlots(limit: number): ModelSlots {
    return new LocalModelSlots(limit);
  }

  /**
   * Within the grace, the jobs waiting still start: their journalists wait for them as much as for
   * those running. What is not done when it is over is lost with the process, and returned.
   */
  async close(graceMs: number): Promise<Job[]> {
    this.closed = true;
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      new Promise<void>((resolve) => {
        this.onIdle = resolve;
        this.checkIdle();
      }),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    this.stopped = true;
    for (const timer of this.retries.keys()) clearTimeout(timer);
    const running = [...this.held.values()];
    for (const { givenUp } of running) givenUp.abort();
    const lost = [...running.map(({ job }) => job), ...[...this.waiting(), ...this.retries.values()].map(({ job }) => job)];
    this.lines.clear();
    this.retries.clear();
    if (lost.length) {
      this.logger.warn(`${lost.length} jobs (${running.length} of them running) were not done ${graceMs} ms into the shutdown and are given up: the in-process queue keeps nothing across a restart`);
    }
    return lost;
  }

  private waiting(): Waiting[] {
    return [...this.lines.values()].flat();
  }

  private checkIdle(): void {
    const nothingToStart = !this.handler || this.waiting().length === 0;
    if (this.onIdle && this.held.size === 0 && this.retries.size === 0 && nothingToStart) this.onIdle();
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
    while (this.handler && !this.stopped && this.held.size < this.concurrency) {
      const entry = this.next();
      if (!entry) break;
      const givenUp = new AbortController();
      const run = this.run(this.handler, entry, givenUp.signal).finally(() => {
        this.held.delete(run);
        this.pump();
      });
      this.held.set(run, { job: entry.job, givenUp });
    }
    this.checkIdle();
  }

  private async run(handler: JobHandler, { job, attempt, firstRun }: Waiting, givenUp: AbortSignal): Promise<void> {
    try {
      await handler(job, { number: attempt, final: attempt >= JOB_ATTEMPTS, givenUp, firstRun });
    } catch (error) {
      // A run given up at shutdown fails as it is cut off: its journalist is told otherwise.
      if (givenUp.aborted) return;
      if (attempt >= JOB_ATTEMPTS || this.stopped) {
        this.logger.error(`job ${job.id} failed on attempt ${attempt}; no retry`, error);
        return;
      }
      this.logger.warn(`job ${job.id} failed on attempt ${attempt}; it is retried`, error);
      const retry = { job, attempt: attempt + 1, since: Date.now() };
      const timer = setTimeout(() => {
        this.retries.delete(timer);
        this.enqueue(retry);
      }, RETRY_BACKOFF_MS * 2 ** (attempt - 1));
      this.retries.set(timer, retry);
    }
  }
}
