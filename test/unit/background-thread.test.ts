import { afterEach, describe, expect, it } from 'vitest';
import { closeReadingPool, openReadingPool, runInRunningPool } from '../../src/article/intake/reading-pool.js';
import { BACKGROUND_NICE } from '../../src/background-thread.js';
import threadPriority from '../support/thread-priority.js';

afterEach(closeReadingPool);

describe('worker threads give way to the thread that acks Slack', () => {
  it('the reading pool’s workers (reading, grounding) run at a lower priority; this thread keeps its own', async () => {
    const before = threadPriority();
    openReadingPool({ readers: 1 });
    const inWorker = await runInRunningPool<undefined, number>(new URL('../support/thread-priority.ts', import.meta.url), undefined);
    expect(inWorker).toBe(Math.min(19, before + BACKGROUND_NICE));
    expect(threadPriority()).toBe(before);
  });
});
