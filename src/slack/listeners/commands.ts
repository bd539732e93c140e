import type { App } from '@slack/bolt';
import type { Config } from '../../config.js';
import { summarizeArticle } from '../../newsroom/summarize.js';
import type { Services } from '../../services.js';
import { commandHandler, tellUser } from '../command-runner.js';
import { resolveArticle } from '../resolve-article.js';
import { postSummary } from '../summary-reply.js';

export const SUMMARIZE_USAGE =
  'Usage: `/summarize <article text or link>`. Paste the article after the command, or run `/summarize` alone to summarize the most recent article in this channel.';

export function registerCommands(app: App, _config: Config, services: Services): void {
  const { logger, threads } = services;

  app.command(
    '/summarize',
    commandHandler(logger, 'Reading the article…', async ({ command, respond, client }) => {
      const where = { teamId: command.team_id, channelId: command.channel_id };
      const resolved = await resolveArticle(command.text, where, threads);
      if (!resolved) return tellUser(respond, SUMMARIZE_USAGE, logger);
      const engine = await services.engineFor({ ...where, userId: command.user_id }, resolved.article);
      const outcome = await summarizeArticle({ engine, threads }, where.teamId, resolved.article);
      await postSummary(client, threads, where, resolved.article, outcome, resolved.thread);
    }),
  );
}
