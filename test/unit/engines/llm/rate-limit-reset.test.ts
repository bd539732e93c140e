import { describe, expect, it } from 'vitest';
import { rateLimitResetMs } from '../../../../src/engines/llm/retries.js';

describe("the wait OpenAI's x-ratelimit-reset headers ask for", () => {
  it('reads durations in hours, minutes, seconds and milliseconds, and waits for the later reset', () => {
    expect(rateLimitResetMs(new Headers({ 'x-ratelimit-reset-requests': '1s', 'x-ratelimit-reset-tokens': '250ms' }))).toBe(1_000);
    expect(rateLimitResetMs(new Headers({ 'x-ratelimit-reset-tokens': '6m0s' }))).toBe(360_000);
    expect(rateLimitResetMs(new Headers({ 'x-ratelimit-reset-requests': '1h2m3.5s' }))).toBe(3_723_500);
  });

  it('gives no wait without the headers, or for a value it cannot read', () => {
    expect(rateLimitResetMs(new Headers())).toBeUndefined();
    expect(rateLimitResetMs(new Headers({ 'x-ratelimit-reset-requests': 'soon' }))).toBeUndefined();
    expect(rateLimitResetMs(undefined)).toBeUndefined();
  });
});
