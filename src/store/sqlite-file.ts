import type BetterSqlite3 from 'better-sqlite3';
import { lazyPackage } from '../lazy-package.js';
import { PAGES_PER_CHECKPOINT, WalCheckpoints } from './wal-checkpoints.js';

const betterSqlite3 = lazyPackage<typeof import('better-sqlite3')>('better-sqlite3');

/** How long a SQLite write waits for another connection's lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;
/** Keys listed per query while iterating, so a long listing never holds the connection. */
const ITERATION_PAGE = 100;
/** How long a transaction stays open for more writes to join it before its one commit. */
const COMMIT_WINDOW_MS = 2;

/**
 * One connection to a SQLite file holding keyv's keys and serialized values, in the table layout
 * @keyv/sqlite used (`keyv`: key, value), so files written before read on. Each operation is a
 * prepared statement run synchronously by better-sqlite3, where the callback binding (sqlite3)
 * prepared a statement per call: about 0.25 ms of the event loop per operation, some 5 ms per
 * /summarize. A file that cannot be opened fails the operations (and the store reopens it), not the
 * app's start.
 *
 * Writes are committed together (a group commit): the first write opens a transaction, every write
 * in the next COMMIT_WINDOW_MS joins it, and one commit ends it. A commit to the write-ahead log
 * costs 30–65 µs of CPU alone on this kind of machine, and 3 µs per write inside a transaction of
 * ten; a /summarize writes about eleven times, and a burst interleaves many. Committing at the end of
 * the event loop's turn instead made a commit of nearly every turn once jobs resume a turn each
 * (request-first.ts): 2.5 ms of the acking thread per /summarize against 2.25 ms with the window.
 * A write's promise settles with its commit, so a write that was lost (the commit failed, or SQLite
 * rolled the transaction back) is never reported done; a write awaited waits up to the window more.
 */
export class SqliteFile {
  private database: BetterSqlite3.Database | undefined;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private closed = false;
  /** Started at the first write: a file only read (the command line's export) needs none. */
  private checkpoints: WalCheckpoints | undefined;
  /** The open transaction's writes, each waiting for its commit. */
  private batch: Batch | undefined;

  /** `beforeWrites` runs before each transaction opens, and may refuse it by throwing (see ReopeningSqlite). */
  constructor(
    private readonly path: string,
    private readonly beforeWrites: () => void = () => {},
  ) {
    try {
      // Opened now, so the file exists before the first write checks it is there (see ReopeningSqlite).
      this.open();
    } catch {
      // A file that cannot be opened yet fails the first operation instead, and the store reopens it.
    }
  }

  get(key: string): string | undefined {
    const row = this.statement('SELECT value FROM keyv WHERE key = ?').get(key) as { value: string } | undefined;
    return row?.value;
  }

  getMany(keys: readonly string[]): Array<string | undefined> {
    const rows = this.statement('SELECT key, value FROM keyv WHERE key IN (SELECT value FROM json_each(?))').all(JSON.stringify(keys)) as Array<{ key: string; value: string }>;
    const byKey = new Map(rows.map((row) => [row.key, row.value]));
    return keys.map((key) => byKey.get(key));
  }

  has(key: string): boolean {
    return this.statement('SELECT 1 FROM keyv WHERE key = ?').get(key) !== undefined;
  }

  set(key: string, value: string): Promise<void> {
    return this.write(() => {
      this.statement('INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    }, key.length + value.length);
  }

  delete(key: string): Promise<boolean> {
    return this.write(() => this.statement('DELETE FROM keyv WHERE key = ?').run(key).changes > 0);
  }

  deleteMany(keys: readonly string[]): Promise<boolean> {
    return this.write(() => this.statement('DELETE FROM keyv WHERE key IN (SELECT value FROM json_each(?))').run(JSON.stringify(keys)).changes > 0);
  }

  /** Removes the keys under a namespace (`<namespace>:…`), or every key. */
  clear(namespace: string | undefined): Promise<void> {
    return this.write(() => {
      this.statement('DELETE FROM keyv WHERE key LIKE ?').run(namespace ? `${namespace}:%` : '%');
    });
  }

  /**
   * The keys under a namespace with their values, a page at a time in key order, each page starting
   * after the last key seen: the caller may delete what it is shown (removing a workspace does)
   * without keys being skipped, as paging by offset would.
   */
  *entries(namespace: string | undefined): Generator<[string, string]> {
    let after = '';
    for (;;) {
      const page = this.statement('SELECT key, value FROM keyv WHERE key LIKE ? AND key > ? ORDER BY key LIMIT ?').all(namespace ? `${namespace}:%` : '%', after, ITERATION_PAGE) as Array<{ key: string; value: string }>;
      for (const row of page) yield [row.key, row.value];
      if (page.length < ITERATION_PAGE) return;
      after = page[page.length - 1]!.key;
    }
  }

  /** Writes the whole database to another file (works on a connection whose own file is gone). */
  copyTo(path: string): void {
    this.statement('VACUUM INTO ?').run(path);
  }

  close(): void {
    // The writes waiting for the window are committed, not lost with the connection.
    if (this.batch) this.commit(this.batch);
    this.closed = true;
    this.statements.clear();
    this.checkpoints?.stop();
    this.database?.close();
  }

  /** Runs one write in the open transaction (opening one if none is), settling once it is committed. */
  private write<T>(run: () => T, bytes = 0): Promise<T> {
    const checkpoints = this.startCheckpoints();
    const batch = this.batch ?? this.begin();
    let result: T;
    try {
      result = run();
    } catch (error) {
      // Some failures (a full disk, an I/O error) make SQLite roll the whole transaction back: its earlier writes are lost too.
      if (!this.database?.inTransaction) this.abandonBatch(error);
      throw error;
    }
    checkpoints.wrote(bytes);
    return new Promise<T>((resolve, reject) => batch.waiting.push({ done: () => resolve(result), failed: reject }));
  }

  private begin(): Batch {
    this.beforeWrites();
    this.statement('BEGIN').run();
    const batch: Batch = { waiting: [] };
    this.batch = batch;
    setTimeout(() => this.commit(batch), COMMIT_WINDOW_MS);
    return batch;
  }

  private commit(batch: Batch): void {
    if (this.batch !== batch) return;
    try {
      if (this.database?.inTransaction) this.statement('COMMIT').run();
    } catch (error) {
      this.abandonBatch(error);
      return;
    }
    this.batch = undefined;
    for (const write of batch.waiting) write.done();
  }

  /** The open transaction's writes fail with `error`, rolled back if SQLite has not done so. */
  private abandonBatch(error: unknown): void {
    const batch = this.batch;
    if (!batch) return;
    this.batch = undefined;
    this.rollBack();
    for (const write of batch.waiting) write.failed(error);
  }

  private rollBack(): void {
    try {
      if (this.database?.inTransaction) this.database.exec('ROLLBACK');
    } catch {
      // Nothing more to undo: SQLite ended the transaction itself.
    }
  }

  /** Hands the write-ahead log's checkpoints to their own thread at the first write (see wal-checkpoints.ts). */
  private startCheckpoints(): WalCheckpoints {
    if (!this.checkpoints) {
      const database = this.open();
      database.pragma('wal_autocheckpoint = 0');
      this.checkpoints = new WalCheckpoints(this.path, () => {
        if (database.open) database.pragma(`wal_autocheckpoint = ${PAGES_PER_CHECKPOINT}`);
      });
    }
    return this.checkpoints;
  }

  private statement(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.open().prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private open(): BetterSqlite3.Database {
    if (this.closed) throw new Error(`the connection to ${this.path} is closed`);
    if (this.database) return this.database;
    const Database = betterSqlite3();
    const database = new Database(this.path, { timeout: BUSY_TIMEOUT_MS });
    try {
      // In SQLite's default journal every write waits for the disk to flush, several times: a burst of 200
      // /summarize took 22 s, most of it in fsync. With a write-ahead log synced at checkpoints, a power cut
      // may lose the last moments' writes but never corrupts the file, and a crash of the app loses nothing.
      database.pragma('journal_mode = WAL');
      database.pragma('synchronous = NORMAL');
    } catch {
      // A file that can be read but not written keeps its journal; its writes fail and are reported as such.
    }
    database.exec('CREATE TABLE IF NOT EXISTS keyv(key VARCHAR(255) PRIMARY KEY, value TEXT)');
    this.database = database;
    return database;
  }
}

/** One transaction's writes, each told when it is committed or lost. */
interface Batch {
  waiting: Array<{ done: () => void; failed: (error: unknown) => void }>;
}
