import { Piscina } from 'piscina';
import type { CheckpointTask } from './wal-checkpoint-worker.js';
import { workerBeside } from '../worker-module.js';

const checkpointer = workerBeside(import.meta.url, 'wal-checkpoint-worker');

/** SQLite's own default: a checkpoint once the log holds about this many pages. */
export const PAGES_PER_CHECKPOINT = 1000;
const PAGE_BYTES = 4096;

/**
 * Checkpoints of a SQLite file's write-ahead log, run in a thread of their own. SQLite runs them in
 * the write that fills the log, and one flushes the file to disk: a 10-30 ms stop of the thread that
 * acks Slack every few dozen requests. Here that thread only estimates the pages its writes add to
 * the log and, each PAGES_PER_CHECKPOINT, asks the checkpoint thread to fold them back. Should that
 * thread fail, `onFailure` hands checkpoints back to SQLite, so the log never grows without bound.
 */
export class WalCheckpoints {
  private readonly thread: Piscina<CheckpointTask, void>;
  private pages = 0;
  private stopped = false;

  constructor(
    private readonly path: string,
    private readonly onFailure: () => void,
  ) {
    this.thread = new Piscina<CheckpointTask, void>({
      filename: checkpointer.url.href,
      minThreads: 1,
      maxThreads: 1,
      // One thread for the life of the store: a checkpoint every few dozen requests should not start one each time.
      idleTimeout: Number.POSITIVE_INFINITY,
      recordTiming: false,
      execArgv: checkpointer.execArgv,
    });
    this.thread.on('error', () => this.fail());
  }

  /** Counts the log pages a write of this many bytes adds (at least one); past PAGES_PER_CHECKPOINT, a checkpoint is asked for. */
  wrote(bytes: number): void {
    this.pages += 1 + Math.floor(bytes / PAGE_BYTES);
    if (this.pages < PAGES_PER_CHECKPOINT || this.stopped) return;
    this.pages = 0;
    this.thread.run({ path: this.path }).catch(() => this.fail());
  }

  stop(): void {
    this.stopped = true;
    void this.thread.destroy();
  }

  private fail(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.onFailure();
    void this.thread.destroy();
  }
}
