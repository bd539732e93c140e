import type { Logger } from './logger.js';

/** The same error is logged again after this long, so an outage still shows in the log while it lasts. */
const REPEAT_AFTER_MS = 60_000;

/**
 * An error listener for a connection (Redis, the store) that logs each distinct error once a
 * minute: a store that is down fails every command and every reconnection attempt, and the log
 * would otherwise hold little else.
 */
export function logRepeatedErrors(logger: Logger, what: string, now: () => number = Date.now): (error: unknown) => void {
  const lastLogged = new Map<string, number>();
  return (error) => {
    const key = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    const last = lastLogged.get(key);
    if (last !== undefined && now() - last < REPEAT_AFTER_MS) return;
    lastLogged.set(key, now());
    logger.error(what, error);
  };
}
