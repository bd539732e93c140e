import type KeyvRedis from '@keyv/redis';
import { lazyPackage } from '../lazy-package.js';
import { STORE_PROBE_TIMEOUT_MS } from './store-probe.js';

const redisAdapter = lazyPackage<typeof import('@keyv/redis')>('@keyv/redis');

/** Between reconnection attempts to Redis, at most: a store that is back is used again within this. */
const RECONNECT_MAX_MS = 2_000;

/** The little of node-redis's client this needs (its full type is too large to spell out). */
interface Connection {
  isReady: boolean;
  once(event: 'ready', listener: () => void): unknown;
  off(event: 'ready', listener: () => void): unknown;
}

/**
 * keyv's Redis adapter without an offline queue: while Redis is away a command fails at once
 * instead of waiting for it (a request would otherwise hang for the whole outage, its ack with
 * it), and reconnecting never waits long once it is back. Only the first connection is waited
 * for (up to STORE_PROBE_TIMEOUT_MS): commands sent at start-up, while it is being made, would
 * otherwise fail. (The class is made here because the adapter is loaded on first use.)
 */
export function openFailFastRedis(url: string): KeyvRedis<unknown> {
  class FailFastRedis extends redisAdapter().default<unknown> {
    private wasReady = false;

    override async getClient(): ReturnType<KeyvRedis<unknown>['getClient']> {
      const client = await super.getClient();
      const connection = client as unknown as Connection;
      if (!this.wasReady && !connection.isReady) await readyWithin(connection, STORE_PROBE_TIMEOUT_MS);
      this.wasReady ||= connection.isReady;
      return client;
    }
  }
  return new FailFastRedis(
    {
      url,
      disableOfflineQueue: true,
      socket: { connectTimeout: STORE_PROBE_TIMEOUT_MS, reconnectStrategy: (attempts: number) => Math.min(100 * 2 ** attempts, RECONNECT_MAX_MS) },
    },
    // Failures throw instead of reading as empty (keyv's default): see openKeyv.
    { throwOnErrors: true, connectionTimeout: STORE_PROBE_TIMEOUT_MS },
  );
}

function readyWithin(connection: Connection, ms: number): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      connection.off('ready', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    connection.once('ready', done);
  });
}
