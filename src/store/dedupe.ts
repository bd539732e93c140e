import type Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';

/**
 * Slack redelivers an event it thinks timed out (three times, over about five minutes), and the
 * retry may reach another app process. A claim outlives the retries; it is kept a day.
 */
export const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * Claims Slack event ids, once across every process sharing the store. Redis claims atomically
 * (SET NX); other stores (memory, SQLite: one process) check then set, with this process's
 * pending claims guarding the gap between the two.
 */
export class EventClaims {
  private readonly pending = new Set<string>();

  constructor(private readonly kv: Keyv) {}

  /** True for the first claim of an event; false for every redelivery of it. */
  async claim(teamId: string, eventId: string): Promise<boolean> {
    const key = `event:${encodeURIComponent(teamId)}:${encodeURIComponent(eventId)}`;
    const store = this.kv.store as unknown;
    if (store instanceof KeyvRedis) {
      const redis = await store.getClient();
      const claimed = await redis.set(store.createKeyPrefix(key, store.namespace), '1', { NX: true, PX: CLAIM_TTL_MS });
      return claimed === 'OK';
    }
    if (this.pending.has(key)) return false;
    this.pending.add(key);
    try {
      if (await this.kv.get(key)) return false;
      await this.kv.set(key, true, CLAIM_TTL_MS);
      return true;
    } finally {
      this.pending.delete(key);
    }
  }
}
