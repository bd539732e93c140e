import type { SlashCommand } from '@slack/bolt';
import type { RequestContext } from '../editorial/request.js';
import type { ResolvedArticle } from './slack-resolve-article.js';

/** Who asked and where, for a slash command about a resolved article: what engineFor decides on. */
export function commandRequest(command: SlashCommand, resolved: ResolvedArticle): RequestContext {
  return {
    teamId: command.team_id,
    channelId: command.channel_id,
    userId: command.user_id,
    requestText: command.text,
    threadOfflineReason: resolved.offlineReason,
  };
}
