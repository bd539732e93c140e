import { stringify } from 'csv-stringify/sync';
import type { AuditLog, AuditRecord } from '../store/audit-log.js';
import type { ReviewEvent, ReviewLog } from '../store/reviews.js';
import { latestRatings } from './feedback.js';
import { daysSince } from './export-range.js';

/** The columns of the export, in order. Never any text of an article or an answer: the headline is the one line of it. */
export const EXPORT_COLUMNS = [
  'time',
  'workspace',
  'channel',
  'person',
  'request kind',
  'engine',
  'model',
  'outcome',
  'prompt tokens',
  'completion tokens',
  'cached tokens',
  'article id',
  'headline',
  'signed off by',
  'thumbs up',
  'thumbs down',
  'thumbs down reasons',
] as const;

/**
 * One row per model call. The sign-offs and ratings of a call's answers (same workspace, article
 * and request kind) go on each of its rows: a sign-off is of an answer, and an answer may take
 * several calls (a long translation's chunks, a repair round).
 */
export function exportRows(records: readonly AuditRecord[], events: readonly ReviewEvent[]): string[][] {
  const answerKey = (teamId: string, articleId: string, kind: string) => `${teamId}\u0000${articleId}\u0000${kind}`;
  const signOffs = new Map<string, string[]>();
  for (const event of events) {
    if (event.type !== 'signoff') continue;
    const key = answerKey(event.teamId, event.answer.articleId, event.answer.kind);
    signOffs.set(key, [...(signOffs.get(key) ?? []), `${event.userId} ${event.at}`]);
  }
  const ratings = new Map<string, { up: number; down: number; reasons: string[] }>();
  for (const rating of latestRatings(events)) {
    const key = answerKey(rating.teamId, rating.answer.articleId, rating.answer.kind);
    const totals = ratings.get(key) ?? { up: 0, down: 0, reasons: [] };
    totals[rating.rating] += 1;
    if (rating.rating === 'down' && rating.reason) totals.reasons.push(rating.reason);
    ratings.set(key, totals);
  }
  return records.map((record) => {
    const key = answerKey(record.teamId, record.articleId, record.useCase);
    const rated = ratings.get(key);
    return [
      record.at,
      record.teamId,
      record.channelId,
      record.userId,
      record.useCase,
      record.outcome === 'fell back' ? 'offline' : 'llm',
      record.model,
      record.outcome,
      String(record.promptTokens),
      String(record.completionTokens),
      String(record.cachedTokens),
      record.articleId,
      record.headline ?? '',
      (signOffs.get(key) ?? []).join('; '),
      String(rated?.up ?? 0),
      String(rated?.down ?? 0),
      (rated?.reasons ?? []).join('; '),
    ];
  });
}

/** Where the export reads: the audit trail and the sign-offs and ratings beside it. */
export interface ExportSources {
  audit: AuditLog;
  reviews: ReviewLog;
}

/** The audit trail of some workspaces over some UTC days, as CSV with a header row, and how many model calls it holds. */
export async function exportAuditCsv(sources: ExportSources, teamIds: readonly string[], days: readonly string[], now = new Date()): Promise<{ csv: string; calls: number }> {
  const reviewDays = daysSince(days[0]!, now);
  const rows: string[][] = [];
  for (const teamId of teamIds) {
    const records = await sources.audit.recordsOn(teamId, days);
    rows.push(...exportRows(records, await sources.reviews.eventsOn(teamId, reviewDays)));
  }
  // A headline that starts like a formula (=, +, -, @) must not run when the file is opened in a spreadsheet.
  return { csv: stringify([[...EXPORT_COLUMNS], ...rows], { escape_formulas: true }), calls: rows.length };
}
