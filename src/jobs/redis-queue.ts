import type { Queue, Worker, Job as BullJob } from 'bullmq';
import type { Redis } from 'ioredis';
import { lazyPackage } from '../lazy-package.js';
import type { ModelSlots } from '../engines/model-slots.js';
import type { Logger } from '../logger.js';
import { logRepeatedErrors } from '../repeated-errors.js';
import { StoreUnavailable } from '../store/store-failure.js';
import { STORE_PROBE_TIMEOUT_MS } from '../store/store-probe.js';
import { RedisModelSlots } from './redis-model-slots.js';
import { isOwnedBy, JOB_ATTEMPTS, RETRY_BACKOFF_MS, type Backlog, type Job, type JobHandler, type JobQueue } from './job-queue.js';

const bullmq = lazyPackage<typeof import('bullmq')>('bullmq');
const ioredis = lazyPackage<typeof import('ioredis')>('ioredis');

const QUEUE_NAME = 'jobs';
/** A job id is claimed for a day: Slack's redeliveries of an event come within minutes. */
const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;
/** BullMQ's highest priority number (served last). */
const MAX_PRIORITY = 2_097_152;

export interface RedisQueueOptions {
  url: string;
  /** Keeps this deployment's queue apart from others on the same Redis. */
  prefix: string;
  concurrency: number;
  /** A worker that stops renewing its lock this long is presumed dead; its job goes to another worker. */
  lockMs: number;
}

/**
 * The queue several processes share, on BullMQ. Each workspace's next job is queued behind as
 * many jobs as that workspace has pending (BullMQ's priorities), so a newsroom's burst waits
 * behind itself, not in front of everyone else.
 */
export class RedisQueue implements JobQueue {
  readonly kind = 'redis';
  /** Adding jobs, claims and model slots: fails fast while Redis is away, so the journalist is told at once. */
  private readonly redis: Redis;
  /** The worker's: its commands wait for Redis to come back (BullMQ's blocking reads need it), and its jobs then resume. */
  private readonly workerRedis: Redis;
  private readonly queue: Queue<Job>;
  private worker: Worker<Job> | undefined;
  /** The jobs this worker holds, with the lock token that hands them back and what gives their runs up. */
  private readonly held = new Map<string, { job: BullJob<Job>; token: string | undefined; givenUp: AbortController }>();

  constructor(
    private readonly options: RedisQueueOptions,
    private readonly logger: Logger,
  ) {
    this.redis = new (ioredis().Redis)(options.url, {
      enableOfflineQueue: false,
      maxRetriesPerRequest: 1,
      connectTimeout: STORE_PROBE_TIMEOUT_MS,
      commandTimeout: STORE_PROBE_TIMEOUT_MS,
    });
    this.redis.on('error', logRepeatedErrors(logger, 'job queue connection error'));
    // BullMQ's workers block on Redis, which needs requests without a retry cap.
    this.workerRedis = new (ioredis().Redis)(options.url, { maxRetriesPerRequest: null, lazyConnect: true });
    this.workerRedis.on('error', logRepeatedErrors(logger, 'job worker connection error'));
    this.queue = new (bullmq().Queue)<Job>(QUEUE_NAME, { connection: this.redis, prefix: options.prefix });
  }

  async add(job: Job): Promise<void> {
    await this.connected();
    const claimed = await this.redis.set(this.key('claim', job.id), '1', 'PX', CLAIM_TTL_MS, 'NX');
    if (claimed !== 'OK') {
      this.logger.info(`job ${job.id}: its request was delivered again; it runs once`);
      return;
    }
    const pending = await this.redis.hincrby(this.key('pending'), job.teamId, 1);
    await this.queue.add('request', job, {
      jobId: job.id,
      priority: Math.min(Math.max(pending, 1), MAX_PRIORITY),
      attempts: JOB_ATTEMPTS,
      backoff: { type: 'exponential', delay: RETRY_BACKOFF_MS },
      // A request may hold pasted article text: a job goes once it will not run again (the
      // claim above, an id alone, is what recognises a redelivery; a failure is in the logs).
      removeOnComplete: true,
      removeOnFail: true,
    });
  }

  work(handler: JobHandler): void {
    const { prefix, concurrency, lockMs } = this.options;
    this.worker = new (bullmq().Worker)<Job>(QUEUE_NAME, (job, token) => this.run(handler, job, token), {
      connection: this.workerRedis,
      prefix,
      concurrency,
      lockDuration: lockMs,
      stalledInterval: lockMs,
      maxStalledCount: 2,
    });
    this.worker.on('error', logRepeatedErrors(this.logger, 'job worker error'));
  }

  async backlog(): Promise<Backlog> {
    await this.connected();
    const counts = await this.queue.getJobCounts('wait', 'prioritized', 'delayed');
    const waiting = Object.values(counts).reduce((sum, count) => sum + count, 0);
    // Jobs are served roughly oldest first within each workspace: the oldest is among the first hundred.
    const first = await this.queue.getJobs(['prioritized', 'wait', 'delayed'], 0, 99);
    const oldest = Math.min(...first.map((job) => job.timestamp));
    return { waiting, oldestWaitingMs: first.length ? Math.max(0, Date.now() - oldest) : null };
  }

  async removeWorkspace(owner: string): Promise<number> {
    // Every waiting job is read: an uninstall is rare, and a job's workspace is only in its data.
    const waiting = await this.queue.getJobs(['wait', 'prioritized', 'delayed', 'paused'], 0, -1);
    let removed = 0;
    for (const job of waiting.filter((waiter) => waiter.data && isOwnedBy(waiter.data, owner))) {
      try {
        await job.remove();
      } catch (error) {
        // A worker took it up meanwhile: it runs, and goes when it finishes.
        this.logger.warn(`job ${job.id} of an uninstalled workspace was taken up before it could be removed`, error);
        continue;
      }
      await this.settled(job.data);
      removed += 1;
    }
    return removed;
  }

  modelSlots(limit: number, maxWaitMs: number): ModelSlots {
    return new RedisModelSlots(this.redis, this.key('model-slots'), limit, maxWaitMs);
  }

  /** Nothing is lost: a job handed back stays in Redis, for the next worker (this deploy's or the next). */
  async close(graceMs: number): Promise<Job[]> {
    if (this.worker) {
      let timer: NodeJS.Timeout | undefined;
      const finished = await Promise.race([
        this.worker.close().then(() => true),
        new Promise<false>((resolve) => (timer = setTimeout(resolve, graceMs, false))),
      ]);
      clearTimeout(timer);
      if (!finished) await this.handBack();
    }
    await this.queue.close();
    this.redis.disconnect();
    this.workerRedis.disconnect();
    return [];
  }

  /**
   * Resolves once the connection is up, waiting briefly for one being (re)established (at start,
   * or a blip); Redis still away then, the request fails with StoreUnavailable.
   */
  private async connected(): Promise<void> {
    if (this.redis.status === 'ready') return;
    let timer: NodeJS.Timeout | undefined;
    let onReady: (() => void) | undefined;
    const ready = await new Promise<boolean>((resolve) => {
      onReady = () => resolve(true);
      this.redis.once('ready', onReady);
      timer = setTimeout(resolve, STORE_PROBE_TIMEOUT_MS, false);
    });
    clearTimeout(timer);
    this.redis.off('ready', onReady!);
    if (!ready) throw new StoreUnavailable(`the job queue's Redis could not be reached within ${STORE_PROBE_TIMEOUT_MS / 1000} s`);
  }

  private async run(handler: JobHandler, job: BullJob<Job>, token: string | undefined): Promise<void> {
    const givenUp = new AbortController();
    const attempt = { number: job.attemptsMade + 1, final: job.attemptsMade + 1 >= JOB_ATTEMPTS, givenUp: givenUp.signal };
    this.held.set(job.id!, { job, token, givenUp });
    try {
      await handler(job.data, attempt);
      await this.settled(job.data);
    } catch (error) {
      // A run given up was handed back: the job runs again, and still counts.
      if (attempt.final && !givenUp.signal.aborted) await this.settled(job.data);
      throw error;
    } finally {
      this.held.delete(job.id!);
    }
  }

  /** A job that will not run again no longer counts against its workspace's turn. */
  private async settled(job: Job): Promise<void> {
    await this.redis.hincrby(this.key('pending'), job.teamId, -1);
  }

  /** Jobs still running at the end of the grace period go back to the queue, for the next worker. */
  private async handBack(): Promise<void> {
    const held = [...this.held.values()];
    this.logger.warn(`${held.length} jobs did not finish in time and go back to the queue`);
    // The run here must not post what the next worker's run will.
    for (const { givenUp } of held) givenUp.abort();
    await Promise.all(held.map(({ job, token }) => job.moveToWait(token).catch((error: unknown) => this.logger.error(`could not hand back job ${job.id}`, error))));
    await this.worker!.close(true);
  }

  private key(...parts: string[]): string {
    return [this.options.prefix, QUEUE_NAME, 'newsdesk', ...parts].join(':');
  }
}
