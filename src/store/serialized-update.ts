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

/** An update waiting for its key's turn, with its caller's promise. */
interface QueuedUpdate {
  change: (current: unknown) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** The updates of one key that go together at its next turn. */
interface Batch {
  ttlMs: number;
  updates: QueuedUpdate[];
}

/**
 * Read-modify-write of one keyv value (a thread's turns, a day's audit counters), never losing an
 * update. Within this process, one update at a time per key. On Redis, where several processes
 * share the store, each update is also optimistic: WATCH the key, read, write in MULTI/EXEC, and
 * start over when another process wrote the key in between. Redis's WATCH belongs to a
 * connection, so the updates run on a connection of their own, one at a time.
 *
 * In a store of this process alone (memory:, SQLite) the updates that queue for a key while it is
 * being written go together at its next turn: one read, each change in the order asked, one write.
 * A write settles with its commit (SQLite commits every 2 ms), and a workspace's burst of answers
 * all count their tokens in one day's counters: one at a time, every answer waited for the
 * commit of the one before.
 */
export class SerializedUpdates {
  private readonly pending = new OneAtATime();
  /** Per key, the updates waiting for its next turn. */
  private readonly next = new Map<string, Batch>();
  private redis: Promise<RedisClient> | undefined;
  private redisQueue: Promise<unknown> = Promise.resolve();

  constructor(private readonly kv: Keyv) {
    kv.on('disconnect', () => {
      void this.redis?.then((client) => client.close()).catch(() => undefined);
    });
  }

  update<T>(key: string, ttlMs: number, change: (current: T | undefined) => T): Promise<T> {
    const store = this.kv.store;
    if (isRedisStore(store)) return this.pending.run(key, () => this.updateOnRedis(store, key, ttlMs, change));
    return new Promise<T>((resolve, reject) => {
      const queued = { change: change as QueuedUpdate['change'], resolve: resolve as QueuedUpdate['resolve'], reject };
      const waiting = this.next.get(key);
      if (waiting) {
        waiting.ttlMs = ttlMs;
        waiting.updates.push(queued);
        return;
      }
      const batch: Batch = { ttlMs, updates: [queued] };
      this.next.set(key, batch);
      void this.pending.run(key, () => {
        // From here the batch is closed: updates asked for now wait for the next turn.
        this.next.delete(key);
        return this.updateInPlace(key, batch);
      });
    });
  }

  /** One read, the batch's changes in order (each caller gets the value its change made), one write. */
  private async updateInPlace(key: string, { ttlMs, updates }: Batch): Promise<void> {
    let value: unknown;
    try {
      value = (await this.kv.get(key)) ?? undefined;
    } catch (error) {
      for (const update of updates) update.reject(error);
      return;
    }
    const made: Array<{ update: QueuedUpdate; value: unknown }> = [];
    for (const update of updates) {
      try {
        value = update.change(value);
        made.push({ update, value });
      } catch (error) {
        // A change that throws is its caller's failure alone; the others apply as if it had not been asked.
        update.reject(error);
      }
    }
    if (!made.length) return;
    try {
      await this.kv.set(key, value, ttlMs);
    } catch (error) {
      for (const { update } of made) update.reject(error);
      return;
    }
    for (const { update, value: itsValue } of made) update.resolve(itsValue);
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
