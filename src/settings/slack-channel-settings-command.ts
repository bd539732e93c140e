import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import type { Services } from '../services.js';
import { maySetSettings, NOT_A_SETTINGS_ADMIN } from './slack-admins.js';
import { channelSettingsModal } from './slack-settings-views.js';

/** `/newsdesk settings` in a channel: for admins, the channel's settings in a modal; for anyone else, why not. */
export async function openChannelSettings(args: SlackCommandMiddlewareArgs & AllMiddlewareArgs, services: Pick<Services, 'settings'>): Promise<void> {
  const { command, ack, client, respond } = args;
  await ack();
  const settings = await services.settings.effective(command.team_id);
  if (!(await maySetSettings(client, command.user_id, settings.adminChannelId))) {
    await respond({ response_type: 'ephemeral', text: NOT_A_SETTINGS_ADMIN });
    return;
  }
  await client.views.open({ trigger_id: command.trigger_id, view: channelSettingsModal(settings, command.channel_id) });
}
