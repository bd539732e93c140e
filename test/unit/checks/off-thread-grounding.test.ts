import { afterEach, describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import { closeReadingPool, openReadingPool } from '../../../src/article/intake/reading-pool.js';
import { ungroundedTermsOf } from '../../../src/checks/off-thread-grounding.js';
import { russiaArticle } from '../../support/fixtures.js';

const russia = articleFromText(russiaArticle());
const texts = [
  'Russia has deployed 150,000 troops, and Lavrov met John Smith of the Kremlin.',
  'Foreign Minister Sergey Lavrov spoke to President Vladimir Putin.',
];

afterEach(closeReadingPool);

describe('grounding checks off the thread that acks Slack', () => {
  it('checks in a pool worker when the pool runs, with the same findings as in this thread', async () => {
    const pool = openReadingPool();
    const before = pool.completed;
    expect(await ungroundedTermsOf(russia, texts)).toEqual([['150,000', 'John Smith of the Kremlin'], []]);
    expect(pool.completed).toBe(before + 1);
  });

  it('checks in this thread when no pool runs, starting none (a one-off such as the command line)', async () => {
    await closeReadingPool();
    expect(await ungroundedTermsOf(russia, texts)).toEqual([['150,000', 'John Smith of the Kremlin'], []]);
    const pool = openReadingPool();
    expect(pool.completed).toBe(0);
  });
});
