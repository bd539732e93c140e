import type { ReviewEvent } from '../store/reviews.js';
import { engineName } from './answered-with.js';
import { latestRatings } from './feedback.js';

export interface RatingTotals {
  up: number;
  down: number;
}

export interface RatingsReport {
  total: RatingTotals;
  /** By request kind (summary, quotes, …) and by engine ("model gpt-4o-mini", "offline"), most rated first. */
  byKind: Array<{ name: string; totals: RatingTotals }>;
  byEngine: Array<{ name: string; totals: RatingTotals }>;
}

/** 👍 and 👎 in total, per request kind and per engine, counting each person's latest rating of an answer. */
export function ratingsReport(events: readonly ReviewEvent[]): RatingsReport {
  const ratings = latestRatings(events);
  const group = (nameOf: (event: (typeof ratings)[number]) => string) => {
    const groups = new Map<string, RatingTotals>();
    for (const event of ratings) {
      const totals = groups.get(nameOf(event)) ?? { up: 0, down: 0 };
      totals[event.rating] += 1;
      groups.set(nameOf(event), totals);
    }
    return [...groups].map(([name, totals]) => ({ name, totals })).sort((a, b) => b.totals.up + b.totals.down - (a.totals.up + a.totals.down));
  };
  const total = { up: 0, down: 0 };
  for (const event of ratings) total[event.rating] += 1;
  return { total, byKind: group((event) => event.answer.kind), byEngine: group((event) => engineName(event.answer)) };
}
