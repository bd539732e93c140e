import type { App } from '@slack/bolt';
import type { Config } from '../../config.js';
import { lastingOfflineReason } from '../../newsroom/policy.js';
import { findQuotes } from '../../newsroom/quotes.js';
import type { Services } from '../../services.js';
import { openArticleThread } from '../article-thread.js';
import { commandHandler, tellUser } from '../command-runner.js';
import { parseQuotesCommand } from '../quotes-command.js';
import { postQuotes } from '../quotes-reply.js';
import { resolveArticle } from '../resolve-article.js';
import { commandRequest } from '../request-context.js';
import { parseSummarizeCommand } from '../summarize-command.js';
import { summarizeIntoSlack } from '../summarize-request.js';
import { parseTranslateCommand, TRANSLATE_USAGE, unknownLanguageMessage } from '../translate-command.js';
import { translateIntoThread, translationDeps } from '../translation-reply.js';

export const SUMMARIZE_USAGE =
  'Usage: `/summarize [--fresh] <article text or link>`. Paste the article or its link after the command, or run `/summarize` alone to summarize the most recent article in this channel. A summary already written is reused; `--fresh` writes it anew.';

export const QUOTES_USAGE =
  'Usage: `/quotes [speaker] [article text or link]`. Run `/quotes` alone for the quotes of the most recent article in this channel, `/quotes Blinken` for one speaker\'s, or paste the article (a speaker goes on the first line, on its own).';

export function registerCommands(app: App, config: Config, services: Services): void {
  const { logger, threads } = services;

  app.command(
    '/summarize',
    commandHandler(logger, 'Reading the article…', async ({ command, respond, client }) => {
      const where = { teamId: command.team_id, channelId: command.channel_id };
      const request = parseSummarizeCommand(command.text);
      const resolved = await resolveArticle(request.text, where, services, config);
      if (!resolved) return tellUser(respond, SUMMARIZE_USAGE, logger);
      await summarizeIntoSlack(client, services, commandRequest(command, resolved), resolved, { regenerate: request.regenerate });
    }),
  );

  app.command(
    '/quotes',
    commandHandler(logger, 'Looking for quotes…', async ({ command, respond, client }) => {
      const where = { teamId: command.team_id, channelId: command.channel_id };
      const request = parseQuotesCommand(command.text);
      const resolved = await resolveArticle(request.text, where, services, config);
      if (!resolved) return tellUser(respond, QUOTES_USAGE, logger);
      const engine = await services.engineFor(commandRequest(command, resolved), resolved.article);
      const outcome = await findQuotes({ engine, threads }, where.teamId, resolved.article, { speaker: request.speaker });
      const thread =
        resolved.thread ??
        (await openArticleThread(client, threads, where, resolved.article, 'Quotes in the thread', lastingOfflineReason(engine.label)));
      await postQuotes(client, thread, resolved.article, outcome);
    }),
  );

  app.command(
    '/translate',
    commandHandler(logger, 'Translating…', async ({ command, respond, client }) => {
      const where = { teamId: command.team_id, channelId: command.channel_id };
      const request = parseTranslateCommand(command.text);
      if ('unknownLanguage' in request) return tellUser(respond, unknownLanguageMessage(request.unknownLanguage), logger);
      const resolved = await resolveArticle(request.text, where, services, config);
      if (!resolved) return tellUser(respond, TRANSLATE_USAGE, logger);
      const engine = await services.engineFor(commandRequest(command, resolved), resolved.article);
      const thread = { ...where, threadTs: resolved.thread?.threadTs };
      await translateIntoThread(client, translationDeps(services, engine), thread, resolved.article, request.language);
    }),
  );
}
