import type { ReviewEvent } from '../store/reviews.js';
import { latestRatings, type RatingEvent } from './feedback.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** The UTC day a digest sent at `now` covers: the day before, complete. */
export const digestDay = (now: Date): string => new Date(now.getTime() - DAY_MS).toISOString().slice(0, 10);

/** The 👎 that still stand at the end of the day (a person who changed theirs to 👍 is left out), in the order given. */
export function thumbsDown(events: readonly ReviewEvent[]): RatingEvent[] {
  return latestRatings(events).filter((rating) => rating.rating === 'down');
}
