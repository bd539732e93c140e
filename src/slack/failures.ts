import { ModelFailedError, NewsroomError } from '../errors.js';
import { isStoreFailure } from '../store/store-failure.js';

/** The Slack Web API error code of a failed call (not_in_channel, …), if it is one. */
export function slackErrorCode(error: unknown): string | undefined {
  const data = (error as { data?: { error?: unknown } } | undefined)?.data;
  return typeof data?.error === 'string' ? data.error : undefined;
}

/** What the journalist is told while the store (SQLite file, Redis) is down: nothing they did, and it passes. */
export const STORAGE_UNAVAILABLE = "Newsdesk's storage is unavailable; try again in a minute.";

export const INVITE_MESSAGE =
  'Newsdesk is not in this channel, so it cannot post here. Invite it with `/invite @Newsdesk`, then try again.';

/**
 * A failure the journalist can fix (their input, or inviting the bot): expected, not Newsdesk's
 * fault. The model failing on a translation is told in the newsroom's words too, but it is
 * Newsdesk's: its job is retried.
 */
export function isUsersToFix(error: unknown): boolean {
  const code = slackErrorCode(error);
  if (error instanceof ModelFailedError) return false;
  return error instanceof NewsroomError || code === 'not_in_channel' || code === 'channel_not_found';
}

/** What the journalist is told when a request fails: what failed and what to do, never a stack trace. */
export function describeFailure(error: unknown): string {
  if (error instanceof NewsroomError) return error.message;
  if (isStoreFailure(error)) return STORAGE_UNAVAILABLE;
  const code = slackErrorCode(error);
  if (code === 'not_in_channel' || code === 'channel_not_found') return INVITE_MESSAGE;
  if (code === 'msg_too_long' || code === 'invalid_blocks') {
    return 'Slack refused the reply as too long or malformed. Please try again; if it keeps happening, tell the Newsdesk admins.';
  }
  if (code) return `Slack refused Newsdesk's reply (${code}). Please try again in a moment.`;
  return 'Something went wrong inside Newsdesk and your request was not finished. Please try again; if it keeps happening, tell the Newsdesk admins.';
}
