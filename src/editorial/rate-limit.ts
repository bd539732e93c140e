import type Keyv from 'keyv';
import { SerializedUpdates } from '../store/serialized-update.js';
import { NewsroomError } from '../errors.js';

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
 * Answers per person in any 60 seconds, kept in the store (so several app processes share the
 * count) as the times of the person's recent answers: at most `perMinute` of them.
 */
export class RateLimiter {
  private readonly updates: SerializedUpdates;

  constructor(kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  /**
   * Counts one answer for the person, or throws SlowDownError when they have had their
   * `perMinute` answers (the workspace's setting) this minute.
   */
  async take(teamId: string, userId: string, perMinute: number, now = Date.now()): Promise<void> {
    const key = `rate:${encodeURIComponent(teamId)}:${encodeURIComponent(userId)}`;
    let oldest: number | undefined;
    await this.updates.update<number[]>(key, MINUTE_MS, (times = []) => {
      const recent = times.filter((time) => time > now - MINUTE_MS);
      if (recent.length < perMinute) return [...recent, now];
      oldest = recent[0];
      return recent;
    });
    if (oldest !== undefined) throw new SlowDownError(perMinute, Math.max(1, Math.ceil((oldest + MINUTE_MS - now) / 1000)));
  }
}
