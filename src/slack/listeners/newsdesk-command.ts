import type { App } from '@slack/bolt';
import type { Config } from '../../config.js';
import { isPeriod, periodDays, usageReport, type Period } from '../../editorial/usage-report.js';
import type { Services } from '../../services.js';
import { describeFailure } from '../failures.js';
import { helpText } from '../help-text.js';
import { personalUsageText, workspaceUsageText } from '../../editorial/slack-usage-text.js';

export const NEWSDESK_USAGE = 'Usage: `/newsdesk help` or `/newsdesk usage [today|week|month]`.';

/** `/newsdesk help` and `/newsdesk usage [today|week|month]`, answered in the acknowledgement, visible only to the asker. */
export function registerNewsdeskCommand(app: App, config: Config, services: Services): void {
  app.command('/newsdesk', async ({ command, ack }) => {
    let text: string;
    try {
      text = await answer(command.text.trim().toLowerCase().split(/\s+/), command, config, services);
    } catch (error) {
      services.logger.error('/newsdesk failed', error);
      text = describeFailure(error);
    }
    await ack({ response_type: 'ephemeral', text });
  });
}

async function answer(
  words: string[],
  command: { team_id: string; channel_id: string; user_id: string },
  config: Config,
  services: Services,
): Promise<string> {
  const [subcommand = '', periodWord = 'today', ...rest] = words;
  if (subcommand === '' || subcommand === 'help') return helpText();
  if (subcommand !== 'usage' || !isPeriod(periodWord) || rest.length > 0) return `${NEWSDESK_USAGE}\n\n${helpText()}`;
  const period: Period = periodWord;
  const records = await services.audit.recordsOn(command.team_id, periodDays(period));
  const { adminChannelId } = config.safety;
  if (adminChannelId !== undefined && command.channel_id === adminChannelId) return workspaceUsageText(usageReport(records), period);
  return personalUsageText(usageReport(records.filter((record) => record.userId === command.user_id)), period, adminChannelId);
}
