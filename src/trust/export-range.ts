import { AUDIT_RETENTION_DAYS, utcDay } from '../store/audit-log.js';

const DAY_MS = 24 * 60 * 60 * 1000;
/** With no dates, the export covers the last 30 days, today included. */
export const DEFAULT_EXPORT_DAYS = 30;

/** A range that cannot be exported, with what to give instead. */
export class ExportRangeError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ExportRangeError';
  }
}

const isDay = (word: string) => /^\d{4}-\d{2}-\d{2}$/.test(word) && utcDay(new Date(`${word}T00:00:00Z`)) === word;

/**
 * The UTC days (YYYY-MM-DD) from `from` to `to`, both included: `to` defaults to today, `from` to
 * 30 days before it. The audit trail is kept 90 days, so no range reaches further back.
 */
export function exportDays(from: string | undefined, to: string | undefined, now = new Date()): string[] {
  for (const day of [from, to]) {
    if (day !== undefined && !isDay(day)) throw new ExportRangeError(`"${day}" is not a date: give days as YYYY-MM-DD, e.g. ${utcDay(now)}.`);
  }
  const today = utcDay(now);
  const last = to ?? today;
  const first = from ?? utcDay(new Date(Date.parse(`${last}T00:00:00Z`) - (DEFAULT_EXPORT_DAYS - 1) * DAY_MS));
  if (first > last) throw new ExportRangeError(`The range starts (${first}) after it ends (${last}).`);
  const oldest = utcDay(new Date(now.getTime() - (AUDIT_RETENTION_DAYS - 1) * DAY_MS));
  if (first < oldest) throw new ExportRangeError(`The audit trail is kept ${AUDIT_RETENTION_DAYS} days: start the range on ${oldest} or later.`);
  const days: string[] = [];
  for (let time = Date.parse(`${first}T00:00:00Z`); utcDay(new Date(time)) <= last; time += DAY_MS) days.push(utcDay(new Date(time)));
  return days;
}

/** The days from `first` to today: sign-offs and ratings come after the answer, so an export reads them up to now. */
export function daysSince(first: string, now = new Date()): string[] {
  return exportDays(first, utcDay(now), now);
}
