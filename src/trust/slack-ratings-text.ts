import type { RatingsReport, RatingTotals } from './ratings-report.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';

const totalsText = ({ up, down }: RatingTotals) => `👍 ${up.toLocaleString('en-US')} · 👎 ${down.toLocaleString('en-US')}`;

/** The ratings part of /newsdesk usage: in total, per request kind and per engine. */
export function ratingsText(report: RatingsReport): string {
  if (report.total.up + report.total.down === 0) return '*Ratings*\nNo 👍 or 👎 given.';
  const rows = (groups: RatingsReport['byKind']) => groups.map(({ name, totals }) => `• ${escapeMrkdwn(name)}: ${totalsText(totals)}`);
  return [
    `*Ratings* (each person's latest rating of an answer)\n${totalsText(report.total)}`,
    ['*By request kind*', ...rows(report.byKind)].join('\n'),
    ['*By engine*', ...rows(report.byEngine)].join('\n'),
  ].join('\n\n');
}
