import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { isMainThread } from 'node:worker_threads';

/**
 * The nice value of Newsdesk's own worker threads (the reading pool, which also runs the grounding
 * checks, and the SQLite checkpoints): below the thread that acks Slack, which has 3 seconds. On a
 * busy machine every core is taken during a burst, and a worker's turn on a core delayed the acks
 * (see docs/performance.md, seventh pass); lowered, a worker waits for a free core instead.
 */
export const BACKGROUND_NICE = 10;

/**
 * Lowers the calling worker thread's scheduling priority, where the system lets one thread be told
 * from another (Linux: /proc/thread-self names the thread, and setpriority takes its id). Elsewhere,
 * or where it is refused, the thread keeps its priority: this is a preference, not a need. On the
 * main thread (a worker's module imported by the command line) it does nothing.
 */
export function runInBackground(): void {
  if (isMainThread) return;
  try {
    const threadId = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(threadId) && threadId > 0) setPriority(threadId, BACKGROUND_NICE);
  } catch {
    // Not Linux, or not allowed: the worker runs at the process's priority.
  }
}
