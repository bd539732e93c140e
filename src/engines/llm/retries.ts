import { openaiLibrary } from './openai-library.js';

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
  if (error instanceof openaiLibrary().APIConnectionError) return true;
  const status = error instanceof openaiLibrary().APIError ? error.status : undefined;
  return status === 408 || status === 409 || status === 429 || (status !== undefined && status >= 500);
}

/**
 * The server's own wait: retry-after-ms, Retry-After in seconds or as a date, or else, for a 429,
 * the later of OpenAI's x-ratelimit-reset-requests and x-ratelimit-reset-tokens.
 */
function retryAfterMs(error: unknown): number | undefined {
  const headers = error instanceof openaiLibrary().APIError ? error.headers : undefined;
  const ms = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms)) return Math.max(0, ms);
  const retryAfter = headers?.get('retry-after');
  if (!retryAfter) return rateLimitResetMs(headers);
  const seconds = Number.parseFloat(retryAfter);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(retryAfter);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/** x-ratelimit-reset-*: durations such as "1s", "6m0s" or "250ms". */
export function rateLimitResetMs(headers: Pick<Headers, 'get'> | undefined): number | undefined {
  const waits = ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens']
    .map((name) => durationMs(headers?.get(name) ?? ''))
    .filter((wait): wait is number => wait !== undefined);
  return waits.length ? Math.max(...waits) : undefined;
}

const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 };

function durationMs(text: string): number | undefined {
  const parts = [...text.trim().matchAll(/(\d+(?:\.\d+)?)(ms|h|m|s)/g)];
  if (!parts.length || parts.map((part) => part[0]).join('') !== text.trim()) return undefined;
  return parts.reduce((sum, [, amount, unit]) => sum + Number(amount) * UNIT_MS[unit!]!, 0);
}

/** 0.5 s, then 1 s, with up to a quarter less at random so that many requests do not retry in step. */
function backoffMs(retry: number): number {
  return 500 * 2 ** retry * (1 - Math.random() * 0.25);
}
