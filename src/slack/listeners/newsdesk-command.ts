import type { Config } from '../../config.js';
import { isPeriod, periodDays, usageReport, type Period } from '../../editorial/usage-report.js';
import type { Services } from '../../services.js';
import { describeFailure } from '../failures.js';
import { helpText } from '../help-text.js';
import { personalUsageText, workspaceUsageText } from '../../editorial/slack-usage-text.js';
import { ratingsReport } from '../../trust/ratings-report.js';
import { ratingsText } from '../../trust/slack-ratings-text.js';
import { startExport } from '../../trust/slack-export.js';
import { openChannelSettings } from '../../settings/slack-channel-settings-command.js';
import type { CommandHandler } from '../command-runner.js';
import type { ArticleCommand } from './commands.js';
import type { Listeners } from './routed-listeners.js';

export const NEWSDESK_USAGE =
  'Usage: `/newsdesk summarize|quotes|translate …` (as `/summarize`, `/quotes`, `/translate`), `/newsdesk help`, `/newsdesk usage [today|week|month]`, `/newsdesk export [from] [to]` or `/newsdesk settings` (admins, in a channel).';

/**
 * `/newsdesk summarize|quotes|translate …` runs the very handler of `/summarize`, `/quotes` or
 * `/translate`, so a workspace where those names are taken can do without them. `/newsdesk help`
 * and `/newsdesk usage [today|week|month]` are answered in the acknowledgement, visible only to the asker.
 */
export function registerNewsdeskCommand(app: Listeners, config: Config, services: Services, commands: Record<ArticleCommand, CommandHandler>): void {
  app.command('/newsdesk', async (args) => {
    const { command, ack, client, respond } = args;
    if (command.text.trim().toLowerCase() === 'settings') return openChannelSettings(args, services);
    const [, subcommand = '', rest = ''] = /^\s*(\S*)\s*([\s\S]*)$/.exec(command.text) ?? [];
    const name = subcommand.toLowerCase();
    if (Object.hasOwn(commands, name)) return commands[name as ArticleCommand](args, { name: `/newsdesk ${name}`, text: rest });
    let text: string;
    try {
      const words = command.text.trim().toLowerCase().split(/\s+/);
      text =
        words[0] === 'export'
          ? startExport(client, services, config.safety.adminChannelId, command, words.slice(1), respond)
          : await answer(words, command, config, services);
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
  const reviews = await services.reviews.eventsOn(command.team_id, periodDays(period));
  const { adminChannelId } = await services.settings.effective(command.team_id);
  if (adminChannelId !== undefined && command.channel_id === adminChannelId) {
    return `${workspaceUsageText(usageReport(records), period)}\n\n${ratingsText(ratingsReport(reviews))}`;
  }
  const own = <T extends { userId: string }>(items: T[]) => items.filter((item) => item.userId === command.user_id);
  return `${personalUsageText(usageReport(own(records)), period, adminChannelId)}\n\n${ratingsText(ratingsReport(own(reviews)))}`;
}
