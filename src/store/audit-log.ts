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

/** The kind of key of a workspace's day of audit records: audit:<team>:<day>, each record at audit:<team>:<day>:<n>. */
export const AUDIT_KIND = 'audit';
const dayKey = (teamId: string, day: string) => `${AUDIT_KIND}:${encodeURIComponent(teamId)}:${day}`;
const recordKey = (teamId: string, day: string, n: number) => `${dayKey(teamId, day)}:${n}`;

/** Tokens spent on one UTC day, by the workspace and by each person: what the daily budgets compare against. */
export interface DayTokens {
  team: number;
  users: Record<string, number>;
}

/** A day's counters: how many records it holds, and their tokens. Small, whatever the day's traffic. */
interface DayIndex {
  count: number;
  tokens: DayTokens;
}

const tokensOf = (record: AuditRecord) => record.promptTokens + record.completionTokens;

/** The tokens of some records, summed as the day's counters sum them. */
export function dayTokens(records: readonly AuditRecord[]): DayTokens {
  const tokens: DayTokens = { team: 0, users: {} };
  for (const record of records) {
    tokens.team += tokensOf(record);
    tokens.users[record.userId] = (tokens.users[record.userId] ?? 0) + tokensOf(record);
  }
  return tokens;
}

/**
 * The audit trail in the store. Each call is appended as a record of its own and counted in its
 * day's counters, so a call costs the same at 9 in the evening as at 9 in the morning: nothing
 * grows with the day's traffic but the number of keys. Days written before this layout (one
 * array per day) still read.
 */
export class AuditLog {
  private readonly updates: SerializedUpdates;

  constructor(private readonly kv: Keyv) {
    this.updates = new SerializedUpdates(kv);
  }

  async record(record: AuditRecord): Promise<void> {
    const day = utcDay(new Date(record.at));
    const ttl = AUDIT_RETENTION_DAYS * DAY_MS;
    await this.migrateDay(record.teamId, day, ttl);
    // The counter update is atomic across processes, so each record gets a number of its own.
    const index = await this.updates.update<DayIndex | AuditRecord[]>(dayKey(record.teamId, day), ttl, (current) => {
      const counted = asIndex(current);
      const users = { ...counted.tokens.users, [record.userId]: (counted.tokens.users[record.userId] ?? 0) + tokensOf(record) };
      return { count: counted.count + 1, tokens: { team: counted.tokens.team + tokensOf(record), users } };
    });
    await this.kv.set(recordKey(record.teamId, day, (index as DayIndex).count), record, ttl);
  }

  /** The workspace's records of the given UTC days (YYYY-MM-DD), oldest day first. */
  async recordsOn(teamId: string, days: readonly string[]): Promise<AuditRecord[]> {
    const perDay = await Promise.all(days.map((day) => this.recordsOfDay(teamId, day)));
    return perDay.flat();
  }

  /** The tokens the workspace and each person spent on a UTC day: one small read, for the budgets. */
  async tokensOn(teamId: string, day: string): Promise<DayTokens> {
    return asIndex(await this.kv.get<DayIndex | AuditRecord[]>(dayKey(teamId, day))).tokens;
  }

  /** A day kept as one array (the layout before counters) gets its records numbered, once, before it is counted. */
  private async migrateDay(teamId: string, day: string, ttl: number): Promise<void> {
    const stored = await this.kv.get<DayIndex | AuditRecord[]>(dayKey(teamId, day));
    if (!Array.isArray(stored)) return;
    await Promise.all(stored.map((record, i) => this.kv.set(recordKey(teamId, day, i + 1), record, ttl)));
  }

  private async recordsOfDay(teamId: string, day: string): Promise<AuditRecord[]> {
    const stored = await this.kv.get<DayIndex | AuditRecord[]>(dayKey(teamId, day));
    if (stored === undefined) return [];
    if (Array.isArray(stored)) return stored;
    const keys = Array.from({ length: stored.count }, (_, i) => recordKey(teamId, day, i + 1));
    const records = keys.length > 0 ? await this.kv.getMany<AuditRecord>(keys) : [];
    return records.filter((record): record is AuditRecord => record !== undefined);
  }
}

/** The model calls and tokens of one audit key's value: a day's counters (or old array) count; a single record's key is counted by its day. */
export function auditKeyTotals(key: string, stored: unknown): { calls: number; tokens: number } {
  if (key.split(':').length !== 3) return { calls: 0, tokens: 0 };
  const index = asIndex(stored as DayIndex | AuditRecord[] | undefined);
  return { calls: index.count, tokens: index.tokens.team };
}

/** A day's counters, from what the store holds: nothing yet, the counters, or a day in the old one-array layout. */
function asIndex(stored: DayIndex | AuditRecord[] | undefined): DayIndex {
  if (stored === undefined) return { count: 0, tokens: { team: 0, users: {} } };
  if (Array.isArray(stored)) return { count: stored.length, tokens: dayTokens(stored) };
  return stored;
}
