import type { Redis } from 'ioredis';
import type { Semaphore } from 'redis-semaphore';
import { lazyPackage } from '../lazy-package.js';
import type { ModelSlots } from '../engines/model-slots.js';

const redisSemaphore = lazyPackage<typeof import('redis-semaphore')>('redis-semaphore');

/** A slot is freed this long after its process died (a live holder keeps renewing it). */
const SLOT_LEASE_MS = 10_000;

/** Model slots shared by every process on one Redis, through redis-semaphore. */
export class RedisModelSlots implements ModelSlots {
  constructor(
    private readonly redis: Redis,
    private readonly key: string,
    private readonly limit: number,
    /** How long a request may wait for a slot: the model request's own deadline. */
    private readonly maxWaitMs: number,
  ) {}

  async hold<T>(call: () => Promise<T>): Promise<T> {
    const slot: Semaphore = new (redisSemaphore().Semaphore)(this.redis, this.key, this.limit, { lockTimeout: SLOT_LEASE_MS, acquireTimeout: this.maxWaitMs, retryInterval: 20 });
    await slot.acquire();
    try {
      return await call();
    } finally {
      await slot.release();
    }
  }
}
