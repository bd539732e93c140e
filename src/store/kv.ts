import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv from 'keyv';
import type KeyvRedis from '@keyv/redis';
import { lazyPackage } from '../lazy-package.js';
import { DEFAULT_MEMORY_STORE_MAX_ITEMS } from '../config.js';
import { LruMap } from './lru-map.js';

const redisAdapter = lazyPackage<typeof import('@keyv/redis')>('@keyv/redis');
const sqliteAdapter = lazyPackage<typeof import('@keyv/sqlite')>('@keyv/sqlite');
/** The Redis stores this module opened: the adapter's class is loaded lazily, so `instanceof` would need it loaded. */
const redisStores = new WeakSet<object>();

/** Whether a keyv store is Redis, whose atomic commands replace in-process locks across processes. */
export function isRedisStore(store: unknown): store is KeyvRedis<unknown> {
  return typeof store === 'object' && store !== null && redisStores.has(store);
}

/**
 * Opens the key-value store named by STORE_URL: memory:, sqlite://path or redis://host:port.
 * memory: keeps at most `memoryMaxItems` entries, dropping the least recently used, so a long-running
 * process levels off however many articles pass through it (keyv still expires entries by their TTL).
 */
export function openKeyv(storeUrl: string, memoryMaxItems = DEFAULT_MEMORY_STORE_MAX_ITEMS): Keyv {
  if (storeUrl === 'memory:') {
    // Nothing in memory outlives the process, so it need not read keyv's own format: V8's JSON
    // copies a value in a fraction of @keyv/serialize's time, on the thread that acks Slack.
    return new Keyv({ store: new LruMap<string, unknown>(memoryMaxItems), namespace: 'newsdesk', serialize: JSON.stringify, deserialize: JSON.parse });
  }
  if (storeUrl.startsWith('sqlite://')) {
    // SQLite creates the file, not its folder (the default lives in a data folder that may not exist yet).
    mkdirSync(dirname(storeUrl.slice('sqlite://'.length)), { recursive: true });
    return new Keyv({ store: new (sqliteAdapter().default)({ uri: storeUrl, busyTimeout: 5000 }), namespace: 'newsdesk' });
  }
  if (/^rediss?:\/\//.test(storeUrl)) {
    const store = new (redisAdapter().default)(storeUrl);
    redisStores.add(store);
    const kv = new Keyv({ store, namespace: 'newsdesk', useKeyPrefix: false });
    kv.iterator = kv.generateIterator(skippingVanishedKeys(store.iterator.bind(store)));
    return kv;
  }
  throw new Error(`Unsupported STORE_URL ${storeUrl}`);
}

/**
 * Redis lists keys (SCAN) and reads their values (MGET) in two steps, so a key deleted or expired
 * in between comes back without a value, and keyv's iterator throws on it (reading `expires` of
 * undefined). Listing a workspace's keys while other requests write and delete must not fail.
 */
function skippingVanishedKeys<Value>(iterate: (namespace?: string) => AsyncGenerator<[string, Value | undefined]>) {
  return async function* (namespace?: string): AsyncGenerator<[string, Value]> {
    for await (const [key, value] of iterate(namespace)) if (value !== undefined && value !== null) yield [key, value];
  };
}

/** The store's kind, for /healthz; never the URL, which may hold a password. */
export function storeKind(storeUrl: string): string {
  return storeUrl.split(':')[0]!;
}
