import { afterAll, describe, expect, it } from 'vitest';
import { closeReadingPool, openReadingPool, readInWorker, runInRunningPool } from '../../../../src/article/intake/reading-pool.js';
import { russiaArticle } from '../../../support/fixtures.js';

const busyWorker = new URL('../../../support/busy-worker.mjs', import.meta.url);

afterAll(closeReadingPool);

describe('the reading pool in a burst', () => {
  it('gives a free worker the article waiting to be read before an answer waiting for its checks', async () => {
    const pool = openReadingPool();
    const finished: string[] = [];
    const track = (label: string, work: Promise<unknown>) => work.then(() => finished.push(label));
    const workers = pool.options.maxThreads;
    // Every worker started first: a starting worker takes tasks before it is ready, out of the queue's reach.
    await Promise.all(Array.from({ length: workers }, () => runInRunningPool(busyWorker, { ms: 50, label: 'start' })));
    // Every worker busy: one frees itself first, the others stay busy until the queue is settled.
    const holding = [track('first free', runInRunningPool(busyWorker, { ms: 300, label: 'first free' })!)];
    for (let i = 1; i < workers; i++) holding.push(track('busy', runInRunningPool(busyWorker, { ms: 1500, label: 'busy' })!));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(pool.queueSize).toBe(0);
    // An answer's check is queued first, an article's read after it.
    const check = track('check', runInRunningPool(busyWorker, { ms: 200, label: 'check' })!);
    const read = track('read', readInWorker({ text: russiaArticle(), source: { kind: 'text' } }));
    expect(pool.queueSize).toBe(2);
    await Promise.all([check, read]);
    expect(finished).toEqual(['first free', 'read', 'check']);
    await Promise.all(holding);
  });
});
