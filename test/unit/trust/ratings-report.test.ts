import { describe, expect, it } from 'vitest';
import { ratingsReport } from '../../../src/trust/ratings-report.js';
import type { ReviewEvent } from '../../../src/store/reviews.js';

const rating = (messageTs: string, userId: string, value: 'up' | 'down', kind = 'summary', engine: 'llm' | 'offline' = 'llm'): ReviewEvent => ({
  type: 'rating',
  at: '2026-11-30T10:00:00.000Z',
  teamId: 'T1',
  channelId: 'C1',
  messageTs,
  userId,
  rating: value,
  answer: engine === 'llm' ? { kind, articleId: 'a1', engine, model: 'gpt-4o-mini' } : { kind, articleId: 'a1', engine },
});

describe('ratingsReport', () => {
  it("counts each person's latest rating of an answer, per kind and per engine", () => {
    const report = ratingsReport([
      rating('1.1', 'U1', 'down'),
      rating('1.1', 'U1', 'up'), // changed their mind: one 👍, no 👎
      rating('1.1', 'U2', 'down'),
      rating('2.2', 'U1', 'up', 'quotes', 'offline'),
      { type: 'signoff', at: '2026-11-30T10:00:00.000Z', teamId: 'T1', channelId: 'C1', messageTs: '1.1', userId: 'U3', answer: { kind: 'summary', articleId: 'a1', engine: 'llm' } },
    ]);
    expect(report.total).toEqual({ up: 2, down: 1 });
    expect(report.byKind).toEqual([
      { name: 'summary', totals: { up: 1, down: 1 } },
      { name: 'quotes', totals: { up: 1, down: 0 } },
    ]);
    expect(report.byEngine).toEqual([
      { name: 'model gpt-4o-mini', totals: { up: 1, down: 1 } },
      { name: 'offline', totals: { up: 1, down: 0 } },
    ]);
  });
});
