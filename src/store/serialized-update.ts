import type Keyv from 'keyv';
import type KeyvRedis from '@keyv/redis';
import { OneAtATime } from '../one-at-a-time.js';
import { isRedisStore } from './kv.js';

/** Attempts at one Redis update before giving up: each conflict means another process just wrote it. */
const REDIS_ATTEMPTS = 20;

/** The few commands an update needs (node-redis's full client type is too large to spell out). */
interface RedisClient {
  watch(key: string): Promise<unknown>;
  get(key: string): Promise<string | null>;
  multi(): { set(key: string, value: string, options: { PX: number }): { exec(): Promise<unknown> } };
  connect(): Promise<unknown>;
  close(): Promise<unknown>;
  on(event: 'error', listener: (error: unknown) => void): unknown;
}

/** node-redis rejects EXEC with a WatchError when a watched key changed; its name is its class's. */
const isWatchConflict = (error: unknown) => error instanceof Error && error.constructor.name === 'WatchError';

/**
 * Read-modify-write of one keyv value (a thread's turns, a day's audit counters), never losing an
 * update. Within this process, one update at a time per key. On Redis, where several processes
 * share the store, each update is also optimistic: WATCH the key, read, write in MULTI/EXEC, and
 * start over when another process wrote the key in between. Redis's WATCH belongs to a
 * connection, so the updates run on a connection of their own, one at a time.
 */
export class SerializedUpdates {
  private readonly pending = new OneAtATime();
  private redis: Promise<RedisClient> | undefined;
  private redisQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly kv: Keyv) {
    kv.on('disconnect', () => {
      void this.redis?.then((client) => client.close()).catch(() => undefined);
    });
  }

  update<T>(key: string, ttlMs: number, change: (current: T | undefined) => T): Promise<T> {
    return this.pending.run(key, () =>
      isRedisStore(this.kv.store) ? this.updateOnRedis(this.kv.store, key, ttlMs, change) : this.updateInPlace(key, ttlMs, change),
    );
  }

  private async updateInPlace<T>(key: string, ttlMs: number, change: (current: T | undefined) => T): Promise<T> {
    const value = change((await this.kv.get<T>(key)) ?? undefined);
    await this.kv.set(key, value, ttlMs);
    return value;
  }

  private updateOnRedis<T>(store: KeyvRedis<unknown>, key: string, ttlMs: number, change: (current: T | undefined) => T): Promise<T> {
    const run = this.redisQueue.then(async () => {
      const redis = await this.transactionsClient(store);
      const redisKey = store.createKeyPrefix(key, store.namespace);
      for (let attempt = 1; ; attempt++) {
        await redis.watch(redisKey);
        const stored = await redis.get(redisKey);
        // Stored as keyv stores it, so kv.get reads it back.
        const decoded = stored ? (this.kv.deserialize ? await this.kv.deserialize<T>(stored) : JSON.parse(stored)) : undefined;
        const current = (decoded?.value ?? undefined) as T | undefined;
        const value = change(current);
        const serialized = (await this.kv.serialize?.({ value, expires: Date.now() + ttlMs })) ?? JSON.stringify({ value, expires: Date.now() + ttlMs });
        try {
          await redis.multi().set(redisKey, serialized, { PX: ttlMs }).exec();
          return value;
        } catch (error) {
          if (!isWatchConflict(error) || attempt >= REDIS_ATTEMPTS) throw error;
        }
      }
    });
    this.redisQueue = run.catch(() => undefined);
    return run;
  }

  private transactionsClient(store: KeyvRedis<unknown>): Promise<RedisClient> {
    if (this.redis) return this.redis;
    const connecting = store.getClient().then(async (shared) => {
      const own = (shared as unknown as { duplicate(): RedisClient }).duplicate();
      // Its errors reach the update that is waiting on it; the shared client logs the store's.
      own.on('error', () => undefined);
      await own.connect();
      return own;
    });
    this.redis = connecting;
    // Redis away when the connection was first made: the next update tries again.
    connecting.catch(() => {
      if (this.redis === connecting) this.redis = undefined;
    });
    return connecting;
  }
}
