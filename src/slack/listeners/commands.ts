import type { App } from '@slack/bolt';
import type { Config } from '../../config.js';
import { lastingOfflineReason } from '../../editorial/policy.js';
import { findQuotes } from '../../quotes/quotes.js';
import type { Services } from '../../services.js';
import { openArticleThread } from '../../article/slack-article-thread.js';
import { commandHandler, tellUser, type CommandArgs } from '../command-runner.js';
import { parseQuotesCommand } from '../../quotes/slack-command.js';
import { postQuotes } from '../../quotes/slack-reply.js';
import { resolveArticle } from '../../article/slack-resolve-article.js';
import { commandRequest } from '../../article/slack-request-context.js';
import { parseSummarizeCommand } from '../../summarize/slack-command.js';
import { summarizeIntoSlack } from '../../summarize/slack-request.js';
import { parseTranslateCommand, TRANSLATE_USAGE, unknownLanguageMessage } from '../../translate/slack-command.js';
import { translateIntoThread, translationDeps } from '../../translate/slack-reply.js';
import { summaryLength, translationTarget } from '../../settings/settings.js';

export const SUMMARIZE_USAGE =
  'Usage: `/summarize [--fresh] <article text or link>`. Paste the article or its link after the command, or run `/summarize` alone to summarize the most recent article in this channel. A summary already written is reused; `--fresh` writes it anew.';

export const QUOTES_USAGE =
  'Usage: `/quotes [speaker] [article text or link]`. Run `/quotes` alone for the quotes of the most recent article in this channel, `/quotes Blinken` for one speaker\'s, or paste the article (a speaker goes on the first line, on its own).';

export function registerCommands(app: App, config: Config, services: Services): void {
  const { logger, threads } = services;

  app.command(
    '/summarize',
    commandHandler(services, 'Reading the article…', async ({ command, respond, client }) => {
      const where = { teamId: command.team_id, channelId: command.channel_id };
      const request = parseSummarizeCommand(command.text);
      const resolved = await resolveArticle(request.text, where, services, config);
      if (!resolved) return tellUser(respond, SUMMARIZE_USAGE, logger);
      const length = summaryLength(await services.settings.effective(where.teamId), where.channelId);
      await summarizeIntoSlack(client, services, commandRequest(command, resolved), resolved, { regenerate: request.regenerate, length });
    }),
  );

  app.command(
    '/quotes',
    commandHandler(services, 'Looking for quotes…', async (args) => {
      const request = parseQuotesCommand(args.command.text);
      const found = await articleForCommand(args, request.text, QUOTES_USAGE);
      if (!found) return;
      const { where, resolved, engine } = found;
      const outcome = await findQuotes({ engine, offline: services.offline, threads }, where.teamId, resolved.article, { speaker: request.speaker });
      const thread =
        resolved.thread ??
        (await openArticleThread(args.client, threads, where, resolved.article, 'Quotes in the thread', lastingOfflineReason(engine.label)));
      await postQuotes(args.client, thread, resolved.article, outcome);
    }),
  );

  app.command(
    '/translate',
    commandHandler(services, 'Translating…', async (args) => {
      const settings = await services.settings.effective(args.command.team_id);
      const request = parseTranslateCommand(args.command.text, translationTarget(settings, args.command.channel_id));
      if ('unknownLanguage' in request) return tellUser(args.respond, unknownLanguageMessage(request.unknownLanguage), logger);
      const found = await articleForCommand(args, request.text, TRANSLATE_USAGE);
      if (!found) return;
      const { where, resolved, engine } = found;
      const thread = { ...where, threadTs: resolved.thread?.threadTs };
      await translateIntoThread(args.client, await translationDeps(services, engine, where.teamId), thread, resolved.article, request.language);
    }),
  );

  /** The article a command acts on and the engine policy picks for it; undefined once the usage is shown. */
  async function articleForCommand({ command, respond }: CommandArgs, text: string, usage: string) {
    const where = { teamId: command.team_id, channelId: command.channel_id };
    const resolved = await resolveArticle(text, where, services, config);
    if (!resolved) {
      await tellUser(respond, usage, logger);
      return undefined;
    }
    const engine = await services.engineFor(commandRequest(command, resolved), resolved.article);
    return { where, resolved, engine };
  }
}
