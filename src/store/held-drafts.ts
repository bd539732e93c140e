import type Keyv from 'keyv';
import type { MessageRef } from './reviews.js';
import { THREAD_TTL_MS } from './threads.js';

const key = (message: MessageRef) => ['held', message.teamId, message.channelId, message.ts].map(encodeURIComponent).join(':');

/**
 * Copy-ready text held back until someone signs it off (REQUIRE_SIGNOFF_FOR), under the message
 * that stands in for it. Kept as long as the article it was made from.
 */
export class HeldDrafts<Draft> {
  constructor(private readonly kv: Keyv) {}

  async hold(message: MessageRef, draft: Draft): Promise<void> {
    await this.kv.set(key(message), draft, THREAD_TTL_MS);
  }

  async get(message: MessageRef): Promise<Draft | undefined> {
    return (await this.kv.get<Draft>(key(message))) ?? undefined;
  }

  async release(message: MessageRef): Promise<void> {
    await this.kv.delete(key(message));
  }
}
