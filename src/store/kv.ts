import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import KeyvSqlite from '@keyv/sqlite';
import { LRUCache } from 'lru-cache';
import { DEFAULT_MEMORY_STORE_MAX_ITEMS } from '../config.js';

/**
 * Opens the key-value store named by STORE_URL: memory:, sqlite://path or redis://host:port.
 * memory: keeps at most `memoryMaxItems` entries, dropping the least recently used, so a long-running
 * process levels off however many articles pass through it (keyv still expires entries by their TTL).
 */
export function openKeyv(storeUrl: string, memoryMaxItems = DEFAULT_MEMORY_STORE_MAX_ITEMS): Keyv {
  if (storeUrl === 'memory:') return new Keyv({ store: lruStore(memoryMaxItems), namespace: 'newsdesk' });
  if (storeUrl.startsWith('sqlite://')) {
    // SQLite creates the file, not its folder (the default lives in a data folder that may not exist yet).
    mkdirSync(dirname(storeUrl.slice('sqlite://'.length)), { recursive: true });
    return new Keyv({ store: new KeyvSqlite({ uri: storeUrl, busyTimeout: 5000 }), namespace: 'newsdesk' });
  }
  if (/^rediss?:\/\//.test(storeUrl)) {
    return new Keyv({ store: new KeyvRedis(storeUrl), namespace: 'newsdesk', useKeyPrefix: false });
  }
  throw new Error(`Unsupported STORE_URL ${storeUrl}`);
}

/** keyv's store interface on lru-cache, whose set takes options where keyv passes a TTL in ms. */
function lruStore(max: number) {
  const cache = new LRUCache<string, NonNullable<unknown>>({ max });
  return {
    get: (key: string) => cache.get(key),
    set: (key: string, value: NonNullable<unknown>, ttl?: number) => cache.set(key, value, { ttl }) && true,
    delete: (key: string) => cache.delete(key),
    clear: () => cache.clear(),
  };
}

/** The store's kind, for /healthz; never the URL, which may hold a password. */
export function storeKind(storeUrl: string): string {
  return storeUrl.split(':')[0]!;
}
