import type { AnsweredWith, MessageRef, ReviewEvent, ReviewLog } from '../store/reviews.js';

/** Why a 👎: the choices of the feedback form, by the value stored. */
export const FEEDBACK_REASONS = {
  'wrong-fact': 'Wrong fact',
  'wrong-quote': 'Wrong quote or speaker',
  'bad-translation': 'Bad translation',
  'missing-point': 'Missing point',
  other: 'Other',
} as const;

export type FeedbackReason = keyof typeof FEEDBACK_REASONS;

export const isFeedbackReason = (value: string): value is FeedbackReason => Object.hasOwn(FEEDBACK_REASONS, value);

/** A comment is the reader's words about the answer: kept short, as a note and not a document. */
export const COMMENT_LIMIT = 500;

/** Records a 👍, or a 👎 with its reason and comment. */
export async function rateAnswer(
  reviews: ReviewLog,
  message: MessageRef,
  answer: AnsweredWith,
  rating: { userId: string; rating: 'up' } | { userId: string; rating: 'down'; reason: FeedbackReason; comment?: string },
  now = new Date(),
): Promise<void> {
  const comment = rating.rating === 'down' ? rating.comment?.trim().slice(0, COMMENT_LIMIT) || undefined : undefined;
  await reviews.rate(message, answer, { ...rating, comment, at: now.toISOString() });
}

export type RatingEvent = Extract<ReviewEvent, { type: 'rating' }>;

/** Each person's latest rating of each answer: rating again changes one's rating, it does not add one. */
export function latestRatings(events: readonly ReviewEvent[]): RatingEvent[] {
  const latest = new Map<string, RatingEvent>();
  for (const event of events) {
    if (event.type === 'rating') latest.set(`${event.channelId}:${event.messageTs}:${event.userId}`, event);
  }
  return [...latest.values()];
}
