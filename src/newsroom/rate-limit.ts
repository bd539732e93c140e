import type Keyv from 'keyv';
import { SerializedUpdates } from '../store/serialized-update.js';
import { NewsroomError } from './errors.js';

const MINUTE_MS = 60_000;

/** One person asked for more answers in a minute than Newsdesk gives; the message says when to try again. */
export class SlowDownError extends NewsroomError {
  constructor(perMinute: number, secondsLeft: number) {
    super(
      `Slow down: Newsdesk gives each person up to ${perMinute} answers a minute, so one person cannot flood the model. ` +
        `Try again in ${secondsLeft} seconds.`,
    );
    this.name = 'SlowDownError';
  }
}

/**
 * Answers per person per minute, counted in the store (so several app processes share the
 * count) in fixed one-minute windows.
 */
export class RateLimiter {
  private readonly updates: SerializedUpdates;

  constructor(
    kv: Keyv,
    private readonly perMinute: number,
  ) {
    this.updates = new SerializedUpdates(kv);
  }

  /** Counts one answer for the person, or throws SlowDownError when their minute is used up. */
  async take(teamId: string, userId: string, now = Date.now()): Promise<void> {
    const window = Math.floor(now / MINUTE_MS);
    const key = `rate:${encodeURIComponent(teamId)}:${encodeURIComponent(userId)}:${window}`;
    let refused = false;
    await this.updates.update<number>(key, 2 * MINUTE_MS, (count = 0) => {
      refused = count >= this.perMinute;
      return refused ? count : count + 1;
    });
    if (refused) throw new SlowDownError(this.perMinute, Math.ceil(((window + 1) * MINUTE_MS - now) / 1000));
  }
}
