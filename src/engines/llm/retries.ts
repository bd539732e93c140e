import OpenAI from 'openai';

/** How long one model request may take in all, and each attempt of it. */
export interface ModelTimeLimits {
  /** All attempts, their waits and the repair round together (OPENAI_DEADLINE_MS). */
  deadlineMs: number;
  /** One attempt (OPENAI_TIMEOUT_MS); cut to what is left of the deadline. */
  attemptTimeoutMs: number;
}

/** Attempts after the first, for a failure worth retrying (connection, timeout, 408, 409, 429, 5xx). */
export const MAX_RETRIES = 2;

/** The deadline passed before an attempt could start: the model took too long in all. */
export class ModelDeadlineError extends Error {
  constructor(deadlineMs: number) {
    super(`the model did not answer within ${Math.round(deadlineMs / 1000)} s`);
    this.name = 'ModelDeadlineError';
  }
}

/**
 * Calls the model, retrying what is worth retrying, all before `deadline` (epoch ms). The openai
 * client's own retries wait whatever Retry-After says (40 s twice once held an answer for 80 s), so
 * Newsdesk retries itself: a wait the deadline leaves no room for ends the request at once, with
 * the model's own error (rate limited, 503), and the offline engine answers.
 */
export async function withinDeadline<T>(
  attempt: (options: { timeout: number }) => Promise<T>,
  deadline: number,
  limits: ModelTimeLimits,
): Promise<T> {
  for (let retry = 0; ; retry++) {
    const left = deadline - Date.now();
    if (left <= 0) throw new ModelDeadlineError(limits.deadlineMs);
    try {
      return await attempt({ timeout: Math.min(limits.attemptTimeoutMs, left) });
    } catch (error) {
      if (retry >= MAX_RETRIES || !worthRetrying(error)) throw error;
      const wait = retryAfterMs(error) ?? backoffMs(retry);
      if (wait >= deadline - Date.now()) throw error;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }
}

function worthRetrying(error: unknown): boolean {
  if (error instanceof OpenAI.APIConnectionError) return true;
  const status = error instanceof OpenAI.APIError ? error.status : undefined;
  return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500);
}

/** The server's own wait: retry-after-ms, or Retry-After in seconds or as a date. */
function retryAfterMs(error: unknown): number | undefined {
  const headers = error instanceof OpenAI.APIError ? error.headers : undefined;
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const retryAfter = headers?.get('retry-after');
  if (!retryAfter) return undefined;
  const seconds = Number.parseFloat(retryAfter);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** 0.5 s, then 1 s, with up to a quarter less at random so that many requests do not retry in step. */
function backoffMs(retry: number): number {
  return 500 * 2 ** retry * (1 - Math.random() * 0.25);
}
