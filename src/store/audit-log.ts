import type Keyv from 'keyv';
import { SerializedUpdates } from './serialized-update.js';

export type AuditOutcome = 'ok' | 'repaired' | 'fell back' | 'failed';

/** One call to the model: who asked, where, about what, what it cost and how it ended. Never the article's text or an answer. */
export interface AuditRecord {
  /** ISO time of the answer. */
  at: string;
  teamId: string;
  channelId: string;
  userId: string;
  articleId: string;
  /** The article's headline, for the export; records from before it was kept have none. */
  headline?: string;
  useCase: string;
  model: string;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  outcome: AuditOutcome;
}

const DAY_MS = 24 * 60 * 60 * 1000;
/** Audit records are kept 90 days: long enough for a month's report and a quarter's questions. */
export const AUDIT_RETENTION_DAYS = 90;

/** The UTC day of a time, as YYYY-MM-DD: budgets and reports count in UTC days. */
export const utcDay = (time: Date): string => time.toISOString().slice(0, 10);

/** The kind of key of a workspace's day of audit records: audit:<team>:<day>. */
export const AUDIT_KIND = 'audit';
const dayKey = (teamId: string, day: string) => `${AUDIT_KIND}:${encodeURIComponent(teamId)}:${day}`;

/**
 * The audit trail in the store. keyv cannot list keys portably, so each workspace's records
 * of one UTC day are one value: a day's report is one read, and each call appends to it.
 * Sized for newsroom volume, a few thousand model calls per workspace per day; beyond that,
 * ship the `audit` log lines to a log store instead.
 */
export class AuditLog {
  private readonly updates: SerializedUpdates;

  constructor(private readonly kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  async record(record: AuditRecord): Promise<void> {
    await this.updates.update<AuditRecord[]>(
      dayKey(record.teamId, utcDay(new Date(record.at))),
      AUDIT_RETENTION_DAYS * DAY_MS,
      (records = []) => [...records, record],
    );
  }

  /** The workspace's records of the given UTC days (YYYY-MM-DD), oldest day first. */
  async recordsOn(teamId: string, days: readonly string[]): Promise<AuditRecord[]> {
    const perDay = await Promise.all(days.map(async (day) => (await this.kv.get<AuditRecord[]>(dayKey(teamId, day))) ?? []));
    return perDay.flat();
  }
}
