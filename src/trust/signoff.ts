import type { AnsweredWith, MessageRef, ReviewLog, SignOff } from '../store/reviews.js';

/**
 * A person marks an answer as checked: recorded with who and when in the audit trail. Resolves
 * to every sign-off of the answer, first first; a second press by the same person adds nothing.
 */
export function signOffAnswer(reviews: ReviewLog, message: MessageRef, answer: AnsweredWith, userId: string, now = new Date()): Promise<SignOff[]> {
  return reviews.signOff(message, answer, { userId, at: now.toISOString() });
}
