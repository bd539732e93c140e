import type { Config } from '../../config.js';
import { lastingOfflineReason } from '../../editorial/policy.js';
import { findQuotes } from '../../quotes/quotes.js';
import type { Services } from '../../services.js';
import { openArticleThread } from '../../article/slack-article-thread.js';
import { commandHandler, tellUser, type CommandArgs, type CommandHandler, type Invocation } from '../command-runner.js';
import { runningJob } from '../jobs.js';
import { escapeMrkdwn } from '../mrkdwn.js';
import { parseQuotesCommand } from '../../quotes/slack-command.js';
import { postQuotes } from '../../quotes/slack-reply.js';
import { resolveArticle } from '../../article/slack-resolve-article.js';
import { commandRequest } from '../../article/slack-request-context.js';
import { parseSummarizeCommand } from '../../summarize/slack-command.js';
import { summarizeIntoSlack } from '../../summarize/slack-request.js';
import { languageName } from '../../article/language.js';
import { parseTranslateCommand, TRANSLATION_NEEDS_A_MODEL, translateUsage, unknownLanguageMessage } from '../../translate/slack-command.js';
import { translateIntoThread, translationDeps } from '../../translate/slack-reply.js';
import { summaryLength, translationTarget } from '../../settings/settings.js';
import type { Listeners } from './routed-listeners.js';

export const summarizeUsage = (command = '/summarize'): string =>
  `Usage: \`${command} [--fresh] <article text or link>\`. Paste the article or its link after the command, or run \`${command}\` alone to summarize the most recent article in this channel. A summary already written is reused; \`--fresh\` writes it anew.`;

export const quotesUsage = (command = '/quotes'): string =>
  `Usage: \`${command} [speaker] [article text or link]\`. Run \`${command}\` alone for the quotes of the most recent article in this channel, \`${command} Blinken\` for one speaker's, or paste the article (a speaker goes on the first line, on its own).`;

/** The commands that act on an article, by name: each is `/<name>` and `/newsdesk <name>`, one handler for both. */
export type ArticleCommand = 'summarize' | 'quotes' | 'translate';

export function articleCommands(config: Config, services: Services): Record<ArticleCommand, CommandHandler> {
  const { logger, threads } = services;

  /**
   * The article a command acts on (`text`: what is left once the speaker or language is taken) and
   * the engine policy picks for it, given all that was typed (a marker may sit anywhere in it);
   * undefined once the usage is shown.
   */
  async function articleForCommand({ command, respond }: CommandArgs, invocation: Invocation, text: string, usage: string) {
    const where = { teamId: command.team_id, channelId: command.channel_id };
    const resolved = await resolveArticle(text, where, services, config);
    if (!resolved) {
      await tellUser(respond, usage, logger, { replaceProgress: true });
      return undefined;
    }
    const engine = await services.engineFor(commandRequest({ ...command, text: invocation.text }, resolved), resolved.article);
    return { where, resolved, engine };
  }

  return {
    summarize: commandHandler(services, { progress: 'Reading the article…' }, async ({ command, respond, client }, invocation, asker) => {
      const where = { teamId: command.team_id, channelId: command.channel_id };
      const request = parseSummarizeCommand(invocation.text);
      const resolved = await resolveArticle(request.text, where, services, config);
      if (!resolved) return tellUser(respond, summarizeUsage(invocation.name), logger, { replaceProgress: true });
      const context = commandRequest({ ...command, text: invocation.text }, resolved);
      const length = summaryLength(await services.settings.effective(where.teamId), where.channelId);
      return summarizeIntoSlack(client, services, context, resolved, { regenerate: request.regenerate, length, asker });
    }),

    quotes: commandHandler(services, { progress: 'Looking for quotes…' }, async (args, invocation, asker) => {
      const request = parseQuotesCommand(invocation.text);
      const found = await articleForCommand(args, invocation, request.text, quotesUsage(invocation.name));
      if (!found) return;
      const { where, resolved, engine } = found;
      const outcome = await findQuotes({ engine, offline: services.offline, threads }, where.teamId, resolved.article, { speaker: request.speaker });
      const thread =
        resolved.thread ??
        (await openArticleThread(args.client, threads, where, resolved.article, 'Quotes in the thread', lastingOfflineReason(engine.label)));
      const ts = await postQuotes(args.client, thread, resolved.article, outcome, { asker });
      const whose = outcome.speaker ? `Quotes from ${escapeMrkdwn(outcome.speaker)}` : 'Quotes';
      return { channelId: where.channelId, ts, threadTs: thread.threadTs, named: `${whose} for *${escapeMrkdwn(resolved.article.headline)}* are` };
    }),

    translate: commandHandler(
      services,
      // Translation needs the model: with none configured, the acknowledgement says so and nothing runs.
      { progress: 'Translating…', refuseAtOnce: () => (config.llm ? undefined : TRANSLATION_NEEDS_A_MODEL) },
      async (args, invocation, asker) => {
        const settings = await services.settings.effective(args.command.team_id);
        const request = parseTranslateCommand(invocation.text, translationTarget(settings, args.command.channel_id));
        if ('unknownLanguage' in request) return tellUser(args.respond, unknownLanguageMessage(request.unknownLanguage), logger, { replaceProgress: true });
        const found = await articleForCommand(args, invocation, request.text, translateUsage(invocation.name));
        if (!found) return;
        const { where, resolved, engine } = found;
        const thread = { ...where, threadTs: resolved.thread?.threadTs };
        const deps = await translationDeps(services, engine, where.teamId);
        const running = runningJob(args.context);
        const job = running && { running, userId: args.command.user_id };
        const done = await translateIntoThread(args.client, deps, thread, resolved.article, request.language, { asker, job });
        const translation = `The ${languageName(request.language)} translation of *${escapeMrkdwn(resolved.article.headline)}*`;
        return { channelId: where.channelId, ts: done.ts, threadTs: done.threadTs, named: done.failed ? `${translation} failed: the reason is` : `${translation} is` };
      },
    ),
  };
}

/** `/summarize`, `/quotes` and `/translate`: the same handlers as `/newsdesk summarize|quotes|translate`. */
export function registerCommands(app: Listeners, commands: Record<ArticleCommand, CommandHandler>): void {
  for (const [name, handler] of Object.entries(commands)) app.command(`/${name}`, (args) => handler(args));
}
