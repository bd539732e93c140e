import { EventEmitter } from 'node:events';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type KeyvSqlite from '@keyv/sqlite';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import { lazyPackage } from '../lazy-package.js';

const sqliteAdapter = lazyPackage<typeof import('@keyv/sqlite')>('@keyv/sqlite');

/** How long a SQLite write waits for another connection's lock before it fails. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * keyv's SQLite adapter, reopened after a failure. An open connection keeps failing once its file
 * is deleted or moved (SQLite refuses to write a file that is no longer at its path) and may keep
 * failing after the file was unwritable for a while, so after any failed operation the next one
 * runs on a fresh connection: the app recovers when the file can be written again, without a
 * restart. A deleted file is first written back from the connection that still holds it open, so
 * no thread is lost. The failed operation is retried once on the reopened file (keyv's operations
 * can be repeated), so a fault the reopening cures is not even seen.
 */
export class ReopeningSqlite extends EventEmitter implements KeyvStoreAdapter {
  readonly opts: { dialect: 'sqlite'; url: string };
  private current: KeyvSqlite;
  private recovering: { from: KeyvSqlite; done: Promise<void> } | undefined;
  private ns: string | undefined;

  constructor(private readonly path: string) {
    super();
    this.opts = { dialect: 'sqlite', url: `sqlite://${path}` };
    this.current = this.open();
  }

  get namespace(): string | undefined {
    return this.ns;
  }

  set namespace(namespace: string | undefined) {
    this.ns = namespace;
    this.current.namespace = namespace;
  }

  get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return this.run((store) => store.get(key) as Promise<StoredData<Value> | undefined>);
  }

  getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return this.run((store) => store.getMany(keys) as Promise<Array<StoredData<Value | undefined>>>);
  }

  set(key: string, value: unknown): Promise<unknown> {
    return this.run((store) => this.writable(() => store.set(key, value)));
  }

  delete(key: string): Promise<boolean> {
    return this.run((store) => this.writable(() => store.delete(key)));
  }

  deleteMany(keys: string[]): Promise<boolean> {
    return this.run((store) => this.writable(() => store.deleteMany(keys)));
  }

  has(key: string): Promise<boolean> {
    return this.run((store) => store.has(key));
  }

  clear(): Promise<void> {
    return this.run((store) => this.writable(() => store.clear()));
  }

  async *iterator<Value>(namespace?: string): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    yield* this.current.iterator(namespace) as AsyncGenerator<Array<string | Awaited<Value> | undefined>, void>;
  }

  async disconnect(): Promise<void> {
    await this.current.disconnect();
  }

  private open(): KeyvSqlite {
    // SQLite creates the file, not its folder (the default lives in a data folder that may not exist yet, or was removed).
    mkdirSync(dirname(this.path), { recursive: true });
    const store = new (sqliteAdapter().default)({ uri: this.opts.url, busyTimeout: BUSY_TIMEOUT_MS });
    store.namespace = this.ns;
    // A file that cannot be opened fails the operations waiting on it, which reopen it in turn.
    store.on('error', () => undefined);
    // In SQLite's default journal every write waits for the disk to flush, several times: a burst of 200
    // /summarize took 22 s, most of it in fsync. With a write-ahead log synced at checkpoints, a power cut
    // may lose the last moments' writes but never corrupts the file, and a crash of the app loses nothing.
    void store.query('PRAGMA journal_mode = WAL').then(() => store.query('PRAGMA synchronous = NORMAL')).catch(() => undefined);
    return store;
  }

  /**
   * A write goes ahead only while the file is at its path and writable. With the write-ahead log, SQLite
   * itself would go on writing into the log of a file that was deleted (lost at the next start) or made
   * read-only (never written back): the check (one access() call) makes either fail, as it did without
   * the log, so the file is written back or the journalist told.
   */
  private writable<T>(write: () => Promise<T>): Promise<T> {
    try {
      accessSync(this.path, constants.W_OK);
    } catch (cause) {
      // Coded as SQLite codes its own refusal, so it counts as the store failing (isStoreFailure), not the request.
      const error = new Error(`${this.path} cannot be written (${(cause as NodeJS.ErrnoException).code})`, { cause });
      return Promise.reject(Object.assign(error, { code: 'SQLITE_READONLY' }));
    }
    return write();
  }

  private async run<T>(operation: (store: KeyvSqlite) => Promise<T>): Promise<T> {
    const store = this.current;
    try {
      return await operation(store);
    } catch (error) {
      await this.reopen(store, error).catch(() => {
        throw error;
      });
      return operation(this.current);
    }
  }

  /** Replaces a failed connection once, however many operations failed on it. */
  private reopen(failed: KeyvSqlite, error: unknown): Promise<void> {
    if (this.recovering?.from === failed) return this.recovering.done;
    if (this.current !== failed) return Promise.resolve();
    this.emit('error', new Error(`a SQLite operation failed; ${this.path} is reopened`, { cause: error }));
    const done = (async () => {
      if (!existsSync(this.path)) await this.restoreFrom(failed);
      this.current = this.open();
      failed.disconnect().catch(() => undefined);
    })();
    this.recovering = { from: failed, done };
    // Its folder could not be made: the next failure tries again.
    done.catch(() => {
      if (this.recovering?.done === done) this.recovering = undefined;
    });
    return done;
  }

  /** Writes the still-open database back to its path (VACUUM INTO works on a connection that can no longer write). */
  private async restoreFrom(failed: KeyvSqlite): Promise<void> {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      await failed.query('VACUUM INTO ?', this.path);
      this.emit('error', new Error(`the SQLite file ${this.path} was gone; it was written back from the open connection and reopened`));
    } catch (error) {
      this.emit('error', new Error(`the SQLite file ${this.path} was gone and could not be written back; a new one is opened`, { cause: error }));
    }
  }
}
