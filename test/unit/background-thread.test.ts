import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { closeReadingPool, openReadingPool, runInRunningPool } from '../../src/article/intake/reading-pool.js';
import { BACKGROUND_NICE } from '../../src/background-thread.js';
import threadPriority from '../support/thread-priority.js';

afterEach(closeReadingPool);

describe('worker threads give way to the thread that acks Slack', () => {
  // Linux names each thread in /proc/thread-self; elsewhere the workers keep the process's priority, and this shows as skipped.
  it.skipIf(!existsSync('/proc/thread-self'))('the reading pool’s workers (reading, grounding) run at a lower priority; this thread keeps its own', async () => {
    const before = threadPriority();
    openReadingPool({ readers: 1 });
    const inWorker = await runInRunningPool<undefined, number>(new URL('../support/thread-priority.ts', import.meta.url), undefined);
    expect(inWorker).toBe(Math.min(19, before + BACKGROUND_NICE));
    expect(threadPriority()).toBe(before);
  });
});
