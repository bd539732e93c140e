import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { JobClaims } from './in-process-queue.js';
import { InProcessQueue } from './in-process-queue.js';
import type { JobQueue } from './job-queue.js';
import { RedisQueue } from './redis-queue.js';

/** BullMQ on the Redis of STORE_URL; with memory: or SQLite, the queue of this one process. */
export function openJobQueue(config: Pick<Config, 'storeUrl' | 'jobs'>, claims: JobClaims, logger: Logger): JobQueue {
  const { concurrency, lockMs, queuePrefix } = config.jobs;
  if (/^rediss?:\/\//.test(config.storeUrl)) {
    return new RedisQueue({ url: config.storeUrl, prefix: queuePrefix, concurrency, lockMs }, logger);
  }
  return new InProcessQueue(claims, concurrency, logger);
}
