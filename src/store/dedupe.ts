import type Keyv from 'keyv';
import type KeyvRedis from '@keyv/redis';
import { isRedisStore } from './kv.js';

/**
 * Slack redelivers an event it thinks timed out (three times, over about five minutes), and the
 * retry may reach another app process. A claim outlives the retries; it is kept a day. The
 * in-process job queue claims each job id here (BullMQ's queue claims on its own Redis).
 */
export const CLAIM_TTL_MS = 24 * 60 * 60 * 1000;

/**
 * A request signature is accepted from 60 s before its timestamp until 5 minutes after (Bolt's
 * window); remembered a little longer than that, a replayed signature is always recognised.
 */
export const SIGNATURE_TTL_MS = 7 * 60 * 1000;

/** The store key of an event's claim: under its workspace, as every key (see team-keys.ts). */
export const eventClaimKey = (teamId: string, eventId: string): string => `event:${encodeURIComponent(teamId)}:${encodeURIComponent(eventId)}`;

/**
 * Claims Slack event ids and request signatures, once across every process sharing the store. Redis claims atomically
 * (SET NX); other stores (memory, SQLite: one process) check then set, with this process's
 * pending claims guarding the gap between the two.
 */
export class EventClaims {
  private readonly pending = new Set<string>();

  constructor(private readonly kv: Keyv) {}

  /** True for the first claim of an event; false for every redelivery of it. */
  claim(teamId: string, eventId: string): Promise<boolean> {
    return this.claimOnce(eventClaimKey(teamId, eventId), CLAIM_TTL_MS);
  }

  /**
   * True the first time a request signature is seen; false for a replay of the same signed request
   * (slash commands and buttons carry no event id, so their signature is what identifies them).
   */
  claimSignature(signature: string): Promise<boolean> {
    // The request is acknowledged once the claim is made, not once it is committed (SQLite commits a turn's
    // writes after it): this process's pending claim stops a replay meanwhile, and a claim that fails to
    // commit leaves the request as answered as a store that is down does (see request-integrity.ts).
    return this.claimOnce(`signature:${encodeURIComponent(signature)}`, SIGNATURE_TTL_MS, { awaitCommit: false });
  }

  private async claimOnce(key: string, ttlMs: number, { awaitCommit } = { awaitCommit: true }): Promise<boolean> {
    const store = this.kv.store as unknown;
    if (isRedisStore(store)) {
      const redis = await store.getClient();
      const claimed = await redis.set(store.createKeyPrefix(key, store.namespace), '1', { NX: true, PX: ttlMs });
      return claimed === 'OK';
    }
    if (this.pending.has(key)) return false;
    this.pending.add(key);
    let written: Promise<unknown> | undefined;
    try {
      if (await this.kv.get(key)) return false;
      written = this.kv.set(key, true, ttlMs).finally(() => this.pending.delete(key));
      if (awaitCommit) await written;
      else written.catch(() => {}); // the store logs its own failures (see reopening-sqlite.ts)
      return true;
    } finally {
      if (!written) this.pending.delete(key);
    }
  }
}
