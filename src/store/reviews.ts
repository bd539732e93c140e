import type Keyv from 'keyv';
import { SerializedUpdates } from './serialized-update.js';
import { AUDIT_RETENTION_DAYS, utcDay } from './audit-log.js';
import { teamsWithKeys } from './team-keys.js';

/** One of Newsdesk's messages in Slack. */
export interface MessageRef {
  teamId: string;
  channelId: string;
  ts: string;
}

/** What a message answered: enough to count ratings by kind and engine, and to join the audit trail. Never text. */
export interface AnsweredWith {
  /** The request kind, as the audit trail names it: summary, quotes, translation, answer, headlines, social post. */
  kind: string;
  articleId: string;
  engine: 'llm' | 'offline';
  model?: string;
}

export interface SignOff {
  userId: string;
  /** ISO time. */
  at: string;
}

export type Rating = 'up' | 'down';

interface ReviewBase {
  at: string;
  teamId: string;
  channelId: string;
  messageTs: string;
  userId: string;
  answer: AnsweredWith;
}

/** A person's sign-off or rating of one answer, as the audit trail keeps it. */
export type ReviewEvent =
  | (ReviewBase & { type: 'signoff' })
  | (ReviewBase & { type: 'rating'; rating: Rating; reason?: string; comment?: string });

const DAY_MS = 24 * 60 * 60 * 1000;
/** The kind of key of a workspace's day of sign-offs and ratings: reviews:<team>:<day>. */
export const REVIEW_KIND = 'reviews';
const key = (...parts: string[]) => parts.map(encodeURIComponent).join(':');

/**
 * Sign-offs and ratings in the store. Each message's sign-offs are one value (its "Checked by"
 * line); every sign-off and rating is also appended to its workspace's day, like the audit trail,
 * and kept as long.
 */
export class ReviewLog {
  private readonly updates: SerializedUpdates;

  constructor(private readonly kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  /** Adds a person's sign-off to a message, once per person; resolves to everyone's, first first. */
  async signOff(message: MessageRef, answer: AnsweredWith, signOff: SignOff): Promise<SignOff[]> {
    let added = false;
    const all = await this.updates.update<SignOff[]>(key('signoffs', message.teamId, message.channelId, message.ts), AUDIT_RETENTION_DAYS * DAY_MS, (current = []) => {
      if (current.some((earlier) => earlier.userId === signOff.userId)) return current;
      added = true;
      return [...current, signOff];
    });
    if (added) await this.append({ type: 'signoff', ...base(message, answer, signOff.userId, signOff.at) });
    return all;
  }

  async signOffs(message: MessageRef): Promise<SignOff[]> {
    return (await this.kv.get<SignOff[]>(key('signoffs', message.teamId, message.channelId, message.ts))) ?? [];
  }

  /** A rating; a person who rates the same answer again changes their rating (the latest counts). */
  async rate(message: MessageRef, answer: AnsweredWith, rating: { userId: string; at: string; rating: Rating; reason?: string; comment?: string }): Promise<void> {
    const { userId, at, ...given } = rating;
    await this.append({ type: 'rating', ...base(message, answer, userId, at), ...given });
  }

  /** The workspace's sign-offs and ratings of the given UTC days, oldest first. */
  async eventsOn(teamId: string, days: readonly string[]): Promise<ReviewEvent[]> {
    const perDay = await Promise.all(days.map(async (day) => (await this.kv.get<ReviewEvent[]>(key(REVIEW_KIND, teamId, day))) ?? []));
    return perDay.flat();
  }

  /** The workspaces with sign-offs or ratings. */
  teams(): Promise<string[]> {
    return teamsWithKeys(this.kv, [REVIEW_KIND]);
  }

  private async append(event: ReviewEvent): Promise<void> {
    await this.updates.update<ReviewEvent[]>(key(REVIEW_KIND, event.teamId, utcDay(new Date(event.at))), AUDIT_RETENTION_DAYS * DAY_MS, (events = []) => [...events, event]);
  }
}

function base(message: MessageRef, answer: AnsweredWith, userId: string, at: string): ReviewBase {
  return { at, teamId: message.teamId, channelId: message.channelId, messageTs: message.ts, userId, answer };
}
