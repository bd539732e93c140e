import { describe, expect, it } from 'vitest';
import { openKeyv } from '../../../src/store/kv.js';

describe('openKeyv memory:', () => {
  it('keeps at most the configured number of entries, dropping the least recently used', async () => {
    const kv = openKeyv('memory:', 3);
    await kv.set('thread:a', 'A', 60_000);
    await kv.set('thread:b', 'B');
    await kv.set('thread:c', 'C');
    // Reading a keeps it: b is now the least recently used.
    expect(await kv.get('thread:a')).toBe('A');
    await kv.set('thread:d', 'D');

    expect(await kv.get('thread:b')).toBeUndefined();
    expect(await kv.get('thread:a')).toBe('A');
    expect(await kv.get('thread:c')).toBe('C');
    expect(await kv.get('thread:d')).toBe('D');
  });

  it('still expires entries by their time to live', async () => {
    const kv = openKeyv('memory:', 3);
    await kv.set('event:x', true, 1);
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(await kv.get('event:x')).toBeUndefined();
  });
});
