import Database from 'better-sqlite3';
import { runInBackground } from '../background-thread.js';

/** One checkpoint asked of the checkpoint thread: the SQLite file whose write-ahead log it folds back. */
export interface CheckpointTask {
  path: string;
}

// Checkpoints can wait: the thread that acks Slack cannot.
runInBackground();

// The thread keeps one connection per file: opened at its first checkpoint, like the store's own.
const connections = new Map<string, Database.Database>();

/**
 * The store's connection leaves its write-ahead log to this thread (see wal-checkpoints.ts). A passive
 * checkpoint copies what no reader still needs into the file and waits for no one: writes go on meanwhile.
 */
export default function checkpoint({ path }: CheckpointTask): void {
  try {
    let database = connections.get(path);
    if (!database) connections.set(path, (database = new Database(path, { timeout: 5000 })));
    database.pragma('wal_checkpoint(PASSIVE)');
  } catch {
    // The file is gone or unwritable for now: the store reports that on its own writes, and asks again later.
    connections.get(path)?.close();
    connections.delete(path);
  }
}
