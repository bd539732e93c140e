import { PERIODS, totalTokens, type Period, type UsageReport, type UsageTotals } from './usage-report.js';

/** Rows shown per list; the rest are summed up in one line, so the reply stays readable. */
const ROWS_SHOWN = 20;

const count = (n: number) => n.toLocaleString('en-US');

const periodName = (period: Period) =>
  period === 'today' ? 'today (UTC)' : `the last ${PERIODS[period]} days (UTC, today included)`;

function totalsLine(totals: UsageTotals): string {
  const calls = `${count(totals.calls)} model call${totals.calls === 1 ? '' : 's'}`;
  const tokens = `${count(totalTokens(totals))} tokens (${count(totals.promptTokens)} prompt, ${count(totals.completionTokens)} completion, ${count(totals.cachedTokens)} cached)`;
  const outcomes = Object.entries(totals.outcomes)
    .filter(([, n]) => n > 0)
    .map(([outcome, n]) => `${count(n)} ${outcome}`)
    .join(', ');
  return [calls, tokens, outcomes].filter(Boolean).join(' · ');
}

function rows(title: string, groups: UsageReport['byChannel'], mention: (id: string) => string): string {
  const shown = groups.slice(0, ROWS_SHOWN).map((group) => `• ${mention(group.id)}: ${totalsLine(group.totals)}`);
  const hidden = groups.length - shown.length;
  return [`*${title}*`, ...shown, ...(hidden > 0 ? [`• and ${hidden} more`] : [])].join('\n');
}

/** The workspace's usage for the admin channel: totals, then by channel and by person. */
export function workspaceUsageText(report: UsageReport, period: Period): string {
  if (report.total.calls === 0) return `*Newsdesk usage, ${periodName(period)}*\nNo model calls.`;
  return [
    `*Newsdesk usage, ${periodName(period)}*\n${totalsLine(report.total)}`,
    rows('By channel', report.byChannel, (id) => `<#${id}>`),
    rows('By person', report.byUser, (id) => `<@${id}>`),
  ].join('\n\n');
}

/** One person's own usage, for anyone outside the admin channel. */
export function personalUsageText(report: UsageReport, period: Period, adminChannelId: string | undefined): string {
  const own = report.total.calls === 0 ? 'No model calls.' : totalsLine(report.total);
  const where = adminChannelId ? `\nTotals for everyone are shown in <#${adminChannelId}>.` : '';
  return `*Your Newsdesk usage, ${periodName(period)}*\n${own}${where}`;
}
