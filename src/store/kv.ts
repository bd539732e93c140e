import Keyv from 'keyv';
import type KeyvRedis from '@keyv/redis';
import { DEFAULT_MEMORY_STORE_MAX_ITEMS } from '../config.js';
import { deserializeFromKeyv, serializeForKeyv } from './keyv-format.js';
import { LruMap } from './lru-map.js';
import { openFailFastRedis } from './redis-adapter.js';
import { ReopeningSqlite } from './reopening-sqlite.js';

/** keyv's format, as stores written before read it, by the quicker way where it gives the same text. */
const keyvFormat = { serialize: serializeForKeyv, deserialize: deserializeFromKeyv };

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
 * A store that fails throws (throwOnErrors) instead of reading as empty or dropping a write: the
 * journalist is then told the storage is unavailable, rather than that there is no article.
 */
export function openKeyv(storeUrl: string, memoryMaxItems = DEFAULT_MEMORY_STORE_MAX_ITEMS): Keyv {
  if (storeUrl === 'memory:') {
    // Nothing in memory outlives the process, so it need not read keyv's own format: V8's JSON
    // copies a value in a fraction of @keyv/serialize's time, on the thread that acks Slack.
    return new Keyv({ store: new LruMap<string, unknown>(memoryMaxItems), namespace: 'newsdesk', serialize: JSON.stringify, deserialize: JSON.parse });
  }
  if (storeUrl.startsWith('sqlite://')) {
    return new Keyv({ store: new ReopeningSqlite(storeUrl.slice('sqlite://'.length)), namespace: 'newsdesk', throwOnErrors: true, ...keyvFormat });
  }
  if (/^rediss?:\/\//.test(storeUrl)) {
    const store = openFailFastRedis(storeUrl);
    redisStores.add(store);
    const kv = new Keyv({ store, namespace: 'newsdesk', useKeyPrefix: false, throwOnErrors: true, ...keyvFormat });
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
