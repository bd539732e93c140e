import type { AllMiddlewareArgs, App, SlackEventMiddlewareArgs } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { handleFollowUp, withoutMention } from '../../ask/slack-follow-up.js';
import { inJob, replayable, runningJob } from '../jobs.js';

/** @Newsdesk in a channel: with an article, its summary; in an article's thread, a follow-up. */
export function registerMentions(app: App, config: Config, services: Services): void {
  app.event('app_mention', replayable(async (args: SlackEventMiddlewareArgs<'app_mention'> & AllMiddlewareArgs) => {
    const { body, event, context } = args;
    // Other bots may mention Newsdesk; answering them could start a loop between bots.
    if (event.bot_id || !event.user) return;
    const user = event.user;
    await inJob(services, args, ({ client }) => handleFollowUp(services, config, {
      client,
      job: runningJob(context),
      // The workspace the event was delivered for: in shared channels the user's own team may differ.
      teamId: body.team_id,
      channelId: event.channel,
      userId: user,
      text: withoutMention(event.text, context.botUserId),
      files: event.files,
      ts: event.ts,
      threadTs: event.thread_ts,
      direct: false,
    }), { channel: event.channel, threadTs: event.thread_ts ?? event.ts });
  }));
}
