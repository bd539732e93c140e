import type { App, MessageShortcut } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { reportFailure, tellUser } from '../command-runner.js';
import { inJob, replayable, retriesLater, runningJob } from '../jobs.js';
import { resolveArticleFromMessage, type SlackMessageInput } from '../../article/slack-resolve-article.js';
import { summarizeIntoSlack } from '../../summarize/slack-request.js';

export const SUMMARIZE_MESSAGE_SHORTCUT = 'summarize_message';

export const NO_ARTICLE_IN_MESSAGE =
  'That message has no article in it. Use "Summarize with Newsdesk" on a message with the article text, a link to it, or the article as a file.';

/** "Summarize with Newsdesk" on any message: its text, link or file, summarized in that message's thread. */
export function registerShortcuts(app: App, config: Config, services: Services): void {
  const { logger } = services;

  app.shortcut<MessageShortcut>(SUMMARIZE_MESSAGE_SHORTCUT, replayable(async (args) => {
    const { shortcut, respond, context } = args;
    const job = runningJob(context);
    if (!job) {
      await args.ack();
      await tellUser(respond, 'Reading the article…', logger);
    }
    try {
      await inJob(services, args, async ({ client }) => {
        const teamId = shortcut.team?.id ?? context.teamId!;
        const message = shortcut.message as SlackMessageInput & { ts: string; thread_ts?: string };
        const article = await resolveArticleFromMessage(message, { config, client });
        if (!article) return await tellUser(respond, NO_ARTICLE_IN_MESSAGE, logger);
        const request = { teamId, channelId: shortcut.channel.id, userId: shortcut.user.id, requestText: message.text };
        // The message's thread becomes the article's: the summary and its follow-ups live there.
        const keepIn = { teamId, channelId: shortcut.channel.id, threadTs: message.thread_ts ?? message.ts };
        await summarizeIntoSlack(client, services, request, { article }, { keepIn });
      });
    } catch (error) {
      if (retriesLater(job, error)) return;
      await reportFailure(logger, `shortcut ${SUMMARIZE_MESSAGE_SHORTCUT}`, respond, error, job);
    }
  }));
}
