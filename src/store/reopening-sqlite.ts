import { EventEmitter } from 'node:events';
import { accessSync, constants, existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { KeyvStoreAdapter, StoredData } from 'keyv';
import { SqliteFile } from './sqlite-file.js';

/**
 * keyv's store in a SQLite file, reopened after a failure. An open connection keeps failing once its file
 * is deleted or moved (SQLite refuses to write a file that is no longer at its path) and may keep
 * failing after the file was unwritable for a while, so after any failed operation the next one
 * runs on a fresh connection: the app recovers when the file can be written again, without a
 * restart. A deleted file is first written back from the connection that still holds it open, so
 * no thread is lost. The failed operation is retried once on the reopened file (keyv's operations
 * can be repeated), so a fault the reopening cures is not even seen.
 */
export class ReopeningSqlite extends EventEmitter implements KeyvStoreAdapter {
  readonly opts: { dialect: 'sqlite'; url: string };
  private current: SqliteFile;
  private recovering: { from: SqliteFile; done: Promise<void> } | undefined;
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
  }

  get<Value>(key: string): Promise<StoredData<Value> | undefined> {
    return this.run((file) => file.get(key) as StoredData<Value> | undefined);
  }

  getMany<Value>(keys: string[]): Promise<Array<StoredData<Value | undefined>>> {
    return this.run((file) => file.getMany(keys) as Array<StoredData<Value | undefined>>);
  }

  set(key: string, value: unknown): Promise<unknown> {
    return this.run((file) => file.set(key, value as string));
  }

  delete(key: string): Promise<boolean> {
    return this.run((file) => file.delete(key));
  }

  deleteMany(keys: string[]): Promise<boolean> {
    return this.run((file) => file.deleteMany(keys));
  }

  has(key: string): Promise<boolean> {
    return this.run((file) => file.has(key));
  }

  clear(): Promise<void> {
    return this.run((file) => file.clear(this.ns));
  }

  async *iterator<Value>(namespace?: string): AsyncGenerator<Array<string | Awaited<Value> | undefined>, void> {
    yield* this.current.entries(namespace);
  }

  async disconnect(): Promise<void> {
    this.current.close();
  }

  private open(): SqliteFile {
    // SQLite creates the file, not its folder (the default lives in a data folder that may not exist yet, or was removed).
    mkdirSync(dirname(this.path), { recursive: true });
    return new SqliteFile(this.path, () => this.checkWritable());
  }

  /**
   * Writes go ahead only while the file is at its path and writable. With the write-ahead log, SQLite
   * itself would go on writing into the log of a file that was deleted (lost at the next start) or made
   * read-only (never written back): the check (one access() call, before each transaction of writes)
   * makes either fail, as it did without the log, so the file is written back or the journalist told.
   */
  private checkWritable(): void {
    try {
      accessSync(this.path, constants.W_OK);
    } catch (cause) {
      // Coded as SQLite codes its own refusal, so it counts as the store failing (isStoreFailure), not the request.
      const error = new Error(`${this.path} cannot be written (${(cause as NodeJS.ErrnoException).code})`, { cause });
      throw Object.assign(error, { code: 'SQLITE_READONLY' });
    }
  }

  private async run<T>(operation: (file: SqliteFile) => T | Promise<T>): Promise<T> {
    const file = this.current;
    try {
      // Awaited here, so a write lost at its commit is retried like one refused at once.
      return await operation(file);
    } catch (error) {
      await this.reopen(file, error).catch(() => {
        throw error;
      });
      return operation(this.current);
    }
  }

  /** Replaces a failed connection once, however many operations failed on it. */
  private reopen(failed: SqliteFile, error: unknown): Promise<void> {
    if (this.recovering?.from === failed) return this.recovering.done;
    if (this.current !== failed) return Promise.resolve();
    this.emit('error', new Error(`a SQLite operation failed; ${this.path} is reopened`, { cause: error }));
    const done = (async () => {
      if (!existsSync(this.path)) await this.restoreFrom(failed);
      this.current = this.open();
      failed.close();
    })();
    this.recovering = { from: failed, done };
    // Its folder could not be made: the next failure tries again.
    done.catch(() => {
      if (this.recovering?.done === done) this.recovering = undefined;
    });
    return done;
  }

  /** Writes the still-open database back to its path (VACUUM INTO works on a connection that can no longer write). */
  private async restoreFrom(failed: SqliteFile): Promise<void> {
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      failed.copyTo(this.path);
      this.emit('error', new Error(`the SQLite file ${this.path} was gone; it was written back from the open connection and reopened`));
    } catch (error) {
      this.emit('error', new Error(`the SQLite file ${this.path} was gone and could not be written back; a new one is opened`, { cause: error }));
    }
  }
}
