/** The store (SQLite file, Redis) could not be reached or written in time; `cause` says how. */
export class StoreUnavailable extends Error {
  constructor(what: string, options?: { cause?: unknown }) {
    super(what, options);
    this.name = 'StoreUnavailable';
  }
}

/**
 * The clients' own errors for a store that is down, unreachable or refusing writes. node-redis
 * (keyv's Redis adapter) and ioredis (BullMQ's) throw these instead of waiting for the server,
 * since neither queues commands while disconnected (src/store/kv.ts, src/jobs/redis-queue.ts).
 */
const REDIS_CLIENT_ERRORS = new Set([
  // node-redis
  'ClientClosedError',
  'ClientOfflineError',
  'ConnectionTimeoutError',
  'SocketClosedUnexpectedlyError',
  'SocketTimeoutError',
  'ReconnectStrategyError',
  // ioredis
  'MaxRetriesPerRequestError',
]);
const REDIS_CLIENT_MESSAGES = [
  /^Redis client is not connected/, // @keyv/redis, when connecting fails
  /^Stream isn't writeable/, // ioredis, disconnected with no offline queue
  /^Connection is closed\.?$/,
  /^Command timed out$/,
  // Redis itself: loading its data, a read-only replica, out of memory, or unable to persist.
  /^(LOADING|READONLY|MISCONF|OOM|MASTERDOWN)\b/,
];

/**
 * A failure of the store itself, not of the request: the journalist is told the storage is
 * unavailable (rather than that something went wrong), and the job is not retried.
 */
export function isStoreFailure(error: unknown): boolean {
  if (error instanceof StoreUnavailable) return true;
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && code.startsWith('SQLITE_')) return true;
  return REDIS_CLIENT_ERRORS.has(error.name) || REDIS_CLIENT_ERRORS.has(error.constructor.name) || REDIS_CLIENT_MESSAGES.some((pattern) => pattern.test(error.message));
}
