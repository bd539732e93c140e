import type { App } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { handleFollowUp, withoutMention } from '../../ask/slack-follow-up.js';

/** @Newsdesk in a channel: with an article, its summary; in an article's thread, a follow-up. */
export function registerMentions(app: App, config: Config, services: Services): void {
  app.event('app_mention', async ({ body, event, context, client }) => {
    // Other bots may mention Newsdesk; answering them could start a loop between bots.
    if (event.bot_id || !event.user) return;
    await handleFollowUp(services, config, {
      client,
      // The workspace the event was delivered for: in shared channels the user's own team may differ.
      teamId: body.team_id,
      channelId: event.channel,
      userId: event.user,
      text: withoutMention(event.text, context.botUserId),
      files: event.files,
      ts: event.ts,
      threadTs: event.thread_ts,
      direct: false,
    });
  });
}
