import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { handleFollowUp, isPersonsMessage, mentionsNewsdesk } from '../../ask/slack-follow-up.js';
import { inJob, replayable, runningJob } from '../jobs.js';

/**
 * Messages without a mention: direct messages to Newsdesk, and, when REPLY_WITHOUT_MENTION is on,
 * replies in an article's thread. (Replies in a DM's threads and the assistant pane reach the
 * Assistant in assistant.ts instead: Bolt routes them there.)
 */
export function registerThreadMessages(app: App, config: Config, services: Services): void {
  app.message(replayable(async (args: SlackEventMiddlewareArgs<'message'> & AllMiddlewareArgs) => {
    const { message, body, context } = args;
    if (!isPersonsMessage(message)) return;
    const text = message.text ?? '';
    const direct = message.channel_type === 'im';
    if (!direct) {
      if (!config.replyWithoutMention || !message.thread_ts) return;
      // Slack sends a mention twice, as app_mention and as a message: mentions.ts answers it.
      if (mentionsNewsdesk(text, context.botUserId)) return;
      // Newsrooms talk among themselves in threads; only Newsdesk's own threads are its business.
      const thread = { teamId: body.team_id, channelId: message.channel, threadTs: message.thread_ts };
      if (!(await services.threads.getThread(thread))) return;
    }
    await inJob(services, args, ({ client }) => handleFollowUp(services, config, {
      client,
      job: runningJob(context),
      teamId: body.team_id,
      channelId: message.channel,
      userId: message.user,
      text: text.trim(),
      files: message.files,
      ts: message.ts,
      threadTs: message.thread_ts,
      direct,
    }), { channel: message.channel, threadTs: message.thread_ts ?? message.ts });
  }));
}
