import { describe, expect, it } from 'vitest';
import { logRepeatedErrors } from '../../src/repeated-errors.js';

describe('logRepeatedErrors', () => {
  it('logs each distinct error once a minute while it repeats', () => {
    const logged: unknown[][] = [];
    const logger = { debug() {}, info() {}, warn() {}, error: (...message: unknown[]) => void logged.push(message) };
    let now = 0;
    const onError = logRepeatedErrors(logger, 'store error', () => now);
    const offline = new Error('The client is offline');

    onError(offline);
    onError(new Error('The client is offline'));
    onError(new Error('Socket closed unexpectedly'));
    now = 59_999;
    onError(offline);
    expect(logged).toEqual([['store error', offline], ['store error', expect.objectContaining({ message: 'Socket closed unexpectedly' })]]);

    now = 60_000;
    onError(offline);
    expect(logged).toHaveLength(3);
  });
});
