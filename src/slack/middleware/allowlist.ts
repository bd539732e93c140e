import type { AllMiddlewareArgs, AnyMiddlewareArgs, Middleware, RespondFn } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';

export type AccessRules = Pick<Config['safety'], 'allowedTeamIds' | 'allowedChannelIds' | 'adminChannelId'>;

export interface Refusal {
  scope: 'workspace' | 'channel';
  message: string;
}

export const WORKSPACE_REFUSAL = 'Newsdesk is not enabled for this workspace, so it did not read your request. Ask the Newsdesk admins if you need it here.';
export const CHANNEL_REFUSAL =
  'Newsdesk is not enabled in this channel, so it did not read your request. Use it in a channel where it is enabled, or ask the Newsdesk admins to add this one.';

/**
 * Whether a request may be handled. With ALLOWED_TEAM_IDS set, only those workspaces; with
 * ALLOWED_CHANNEL_IDS set, only those channels, plus the admin channel and direct messages
 * with Newsdesk (ids starting with D), which nobody else can read.
 */
export function accessRefusal(rules: AccessRules, teamId: string | undefined, channelId: string | undefined): Refusal | undefined {
  if (rules.allowedTeamIds.length > 0 && !(teamId && rules.allowedTeamIds.includes(teamId))) {
    return { scope: 'workspace', message: WORKSPACE_REFUSAL };
  }
  if (rules.allowedChannelIds.length === 0 || channelId === undefined) return undefined;
  if (channelId.startsWith('D') || channelId === rules.adminChannelId || rules.allowedChannelIds.includes(channelId)) return undefined;
  return { scope: 'channel', message: CHANNEL_REFUSAL };
}

/** The conversation a request comes from, in each payload's own place for it. */
export function conversationOf(body: Record<string, any>): string | undefined {
  const event = body.event as Record<string, any> | undefined;
  const candidates = [body.channel_id, body.channel?.id, event?.channel, event?.item?.channel, event?.assistant_thread?.channel_id];
  return candidates.find((id): id is string => typeof id === 'string');
}

/**
 * A global middleware that stops refused requests before any listener sees them, and logs
 * them. Commands get the refusal as their ephemeral acknowledgement, actions and shortcuts
 * through response_url; nothing is posted to the channel. Events from another workspace
 * are dropped (Newsdesk cannot answer there); a mention in a refused channel of an allowed
 * workspace gets an ephemeral note, so the person is not left without an answer.
 */
export function allowlist(rules: AccessRules, logger: Logger): Middleware<AnyMiddlewareArgs> {
  return async (args) => {
    const teamId = args.context.teamId;
    const channelId = conversationOf(args.body as Record<string, any>);
    const refusal = accessRefusal(rules, teamId, channelId);
    if (!refusal) return args.next();
    logger.warn(`refused a request from workspace ${teamId ?? 'unknown'}, channel ${channelId ?? 'unknown'}: ${refusal.scope} not allowed`);
    try {
      await tellRefused(args, refusal, channelId);
    } catch (error) {
      logger.error('could not tell a refused user why', error);
    }
  };
}

async function tellRefused(args: AnyMiddlewareArgs & AllMiddlewareArgs, refusal: Refusal, channelId: string | undefined): Promise<void> {
  if ('command' in args) return args.ack({ response_type: 'ephemeral', text: refusal.message });
  const { ack, respond } = args as { ack?: () => Promise<void>; respond?: RespondFn };
  if (ack) {
    await ack();
    if (respond) await respond({ response_type: 'ephemeral', replace_original: false, text: refusal.message });
    return;
  }
  const event = (args.body as { event?: { type?: string; user?: string } }).event;
  if (refusal.scope === 'channel' && event?.type === 'app_mention' && event.user && channelId) {
    await args.client.chat.postEphemeral({ channel: channelId, user: event.user, text: refusal.message });
  }
}
