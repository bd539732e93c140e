import type BetterSqlite3 from 'better-sqlite3';
import { lazyPackage } from '../lazy-package.js';
import { PAGES_PER_CHECKPOINT, WalCheckpoints } from './wal-checkpoints.js';

const betterSqlite3 = lazyPackage<typeof import('better-sqlite3')>('better-sqlite3');

/** How long a SQLite write waits for another connection's lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;
/** Keys listed per query while iterating, so a long listing never holds the connection. */
const ITERATION_PAGE = 100;

/**
 * One connection to a SQLite file holding keyv's keys and serialized values, in the table layout
 * @keyv/sqlite used (`keyv`: key, value), so files written before read on. Each operation is one
 * prepared statement run synchronously by better-sqlite3 (tens of microseconds, most of it the
 * commit to the write-ahead log), where the callback binding (sqlite3) prepared a statement per
 * call: about 0.25 ms of the event loop per operation, some 5 ms per /summarize. A file that
 * cannot be opened fails the operations (and the store reopens it), not the app's start.
 */
export class SqliteFile {
  private database: BetterSqlite3.Database | undefined;
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private closed = false;
  /** Started at the first write: a file only read (the command line's export) needs none. */
  private checkpoints: WalCheckpoints | undefined;

  constructor(private readonly path: string) {
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

  set(key: string, value: string): void {
    this.statement('INSERT INTO keyv (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(key, value);
    this.wrote(key.length + value.length);
  }

  delete(key: string): boolean {
    const deleted = this.statement('DELETE FROM keyv WHERE key = ?').run(key).changes > 0;
    this.wrote(0);
    return deleted;
  }

  deleteMany(keys: readonly string[]): boolean {
    const deleted = this.statement('DELETE FROM keyv WHERE key IN (SELECT value FROM json_each(?))').run(JSON.stringify(keys)).changes > 0;
    this.wrote(0);
    return deleted;
  }

  /** Removes the keys under a namespace (`<namespace>:…`), or every key. */
  clear(namespace: string | undefined): void {
    this.statement('DELETE FROM keyv WHERE key LIKE ?').run(namespace ? `${namespace}:%` : '%');
    this.wrote(0);
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
    this.closed = true;
    this.statements.clear();
    this.checkpoints?.stop();
    this.database?.close();
  }

  /** Hands the write-ahead log's checkpoints to their own thread at the first write (see wal-checkpoints.ts). */
  private wrote(bytes: number): void {
    if (!this.checkpoints) {
      const database = this.open();
      database.pragma('wal_autocheckpoint = 0');
      this.checkpoints = new WalCheckpoints(this.path, () => {
        if (database.open) database.pragma(`wal_autocheckpoint = ${PAGES_PER_CHECKPOINT}`);
      });
    }
    this.checkpoints.wrote(bytes);
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
