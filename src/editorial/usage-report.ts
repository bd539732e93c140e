import { utcDay, type AuditOutcome, type AuditRecord } from '../store/audit-log.js';

export const PERIODS = { today: 1, week: 7, month: 30 } as const;
export type Period = keyof typeof PERIODS;

export function isPeriod(word: string): word is Period {
  return Object.hasOwn(PERIODS, word);
}

/** The UTC days a period covers, ending today: today is 1 day, week 7, month 30. */
export function periodDays(period: Period, now = new Date()): string[] {
  return Array.from({ length: PERIODS[period] }, (_, back) => utcDay(new Date(now.getTime() - back * 24 * 60 * 60 * 1000))).reverse();
}

export interface UsageTotals {
  calls: number;
  promptTokens: number;
  completionTokens: number;
  cachedTokens: number;
  outcomes: Record<AuditOutcome, number>;
}

export interface UsageReport {
  total: UsageTotals;
  /** Busiest first. */
  byChannel: Array<{ id: string; totals: UsageTotals }>;
  byUser: Array<{ id: string; totals: UsageTotals }>;
}

const noTotals = (): UsageTotals => ({
  calls: 0,
  promptTokens: 0,
  completionTokens: 0,
  cachedTokens: 0,
  outcomes: { ok: 0, repaired: 0, 'fell back': 0, failed: 0 },
});

export const totalTokens = (totals: UsageTotals) => totals.promptTokens + totals.completionTokens;

function add(totals: UsageTotals, record: AuditRecord): void {
  totals.calls += 1;
  totals.promptTokens += record.promptTokens;
  totals.completionTokens += record.completionTokens;
  totals.cachedTokens += record.cachedTokens;
  totals.outcomes[record.outcome] += 1;
}

function groupBy(records: readonly AuditRecord[], keyOf: (record: AuditRecord) => string): Array<{ id: string; totals: UsageTotals }> {
  const groups = new Map<string, UsageTotals>();
  for (const record of records) {
    const id = keyOf(record);
    const totals = groups.get(id) ?? noTotals();
    add(totals, record);
    groups.set(id, totals);
  }
  return [...groups].map(([id, totals]) => ({ id, totals })).sort((a, b) => totalTokens(b.totals) - totalTokens(a.totals));
}

/** Model calls and tokens of some audit records, in total and by channel and by person. */
export function usageReport(records: readonly AuditRecord[]): UsageReport {
  const total = noTotals();
  for (const record of records) add(total, record);
  return { total, byChannel: groupBy(records, (r) => r.channelId), byUser: groupBy(records, (r) => r.userId) };
}
