import type Keyv from 'keyv';

/**
 * Read-modify-write of one keyv value, one update at a time per key within this process.
 * keyv has no atomic update, so two processes sharing a store can still, rarely, lose an
 * update to each other; that is acceptable for counters and audit records at newsroom volume.
 */
export class SerializedUpdates {
  private readonly pending = new Map<string, Promise<unknown>>();

  constructor(private readonly kv: Keyv) {}

  update<T>(key: string, ttlMs: number, change: (current: T | undefined) => T): Promise<T> {
    const previous = this.pending.get(key) ?? Promise.resolve();
    const next = previous.then(async () => {
      const value = change((await this.kv.get<T>(key)) ?? undefined);
      await this.kv.set(key, value, ttlMs);
      return value;
    });
    const settled = next.catch(() => undefined);
    this.pending.set(key, settled);
    void settled.then(() => {
      if (this.pending.get(key) === settled) this.pending.delete(key);
    });
    return next;
  }
}
