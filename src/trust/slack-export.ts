import type { RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import { reportFailure } from '../slack/command-runner.js';
import { exportAuditCsv } from './audit-export.js';
import { exportDays, ExportRangeError } from './export-range.js';

export const EXPORT_USAGE =
  'Usage: `/newsdesk export [from] [to]`, days as YYYY-MM-DD (UTC): `/newsdesk export` for the last 30 days, `/newsdesk export 2026-11-01` from then until today.';

/**
 * `/newsdesk export [from] [to]`, for admins: the workspace's audit trail over the range, as a CSV
 * uploaded to the admin channel. The members of the admin channel are the admins, as for usage.
 * Resolves to the acknowledgement; the upload follows, and a failure is told to the person.
 */
export function startExport(
  client: WebClient,
  services: Pick<Services, 'audit' | 'reviews' | 'logger'>,
  adminChannelId: string | undefined,
  command: { team_id: string; channel_id: string },
  words: readonly string[],
  respond: RespondFn,
): string {
  if (adminChannelId === undefined) return 'The export goes to the admin channel, and none is set: ask whoever runs Newsdesk to set ADMIN_CHANNEL_ID.';
  if (command.channel_id !== adminChannelId) return `Only the admin channel, <#${adminChannelId}>, can export the audit trail: run the command there.`;
  if (words.length > 2) return EXPORT_USAGE;
  let days: string[];
  try {
    days = exportDays(words[0], words[1]);
  } catch (error) {
    if (error instanceof ExportRangeError) return `${error.message}\n${EXPORT_USAGE}`;
    throw error;
  }
  const [from, to] = [days[0]!, days.at(-1)!];
  void upload().catch((error: unknown) => reportFailure(services.logger, '/newsdesk export', respond, error));
  return `Exporting the audit trail from ${from} to ${to} (UTC); the CSV will be posted in this channel.`;

  async function upload(): Promise<void> {
    const { csv, calls } = await exportAuditCsv(services, [command.team_id], days);
    await client.files.uploadV2({
      channel_id: adminChannelId,
      filename: `newsdesk-audit-${from}-to-${to}.csv`,
      title: `Newsdesk audit trail, ${from} to ${to} (UTC)`,
      content: csv,
      initial_comment: `Newsdesk audit trail, ${from} to ${to} (UTC): ${calls} model call${calls === 1 ? '' : 's'}, with their sign-offs and ratings. No article text.`,
    });
  }
}
