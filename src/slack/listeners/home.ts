import type { AllMiddlewareArgs, BlockButtonAction, SlackViewMiddlewareArgs, ViewSubmitAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { Services } from '../../services.js';
import { publishHome } from '../../home/slack-publish-home.js';
import { oncePerEvent } from '../once-per-event.js';
import { EDIT_CHANNEL_SETTINGS_ACTION, EDIT_GLOSSARY_ACTION, EDIT_SETTINGS_ACTION } from '../../home/slack-home-view.js';
import { maySetSettings, NOT_A_SETTINGS_ADMIN } from '../../settings/slack-admins.js';
import type { EffectiveSettings, WorkspaceSettings } from '../../settings/settings.js';
import {
  CHANNEL_SETTINGS_VIEW,
  channelSettingsModal,
  GLOSSARY_VIEW,
  glossaryModal,
  parseChannelSettings,
  parseGlossaryView,
  parseWorkspaceSettings,
  WORKSPACE_SETTINGS_VIEW,
  workspaceSettingsModal,
  type Parsed,
  type ViewValues,
} from '../../settings/slack-settings-views.js';
import type { Listeners } from './routed-listeners.js';

/**
 * The Home tab: published when a person opens it; for admins, its buttons open the settings
 * modals, and each submission is checked again (admin, values) before it is stored.
 */
export function registerHome(app: Listeners, services: Services): void {
  const { logger } = services;

  app.event(
    'app_home_opened',
    oncePerEvent(services, async ({ event, context, client }) => {
      if (event.tab !== 'home') return;
      await publishHome(client, services, context.teamId!, event.user);
    }),
  );

  const opensModal = (modal: (settings: EffectiveSettings) => Parameters<WebClient['views']['open']>[0]['view']) =>
    async ({ ack, body, context, client }: { ack: () => Promise<void>; body: BlockButtonAction; context: { teamId?: string }; client: WebClient }) => {
      await ack();
      const teamId = context.teamId ?? body.user.team_id ?? '';
      const settings = await services.settings.effective(teamId);
      // A stale Home tab may still show the buttons to someone who is no longer an admin.
      if (!(await maySetSettings(client, body.user.id, settings.adminChannelId))) return publishHome(client, services, teamId, body.user.id);
      await client.views.open({ trigger_id: body.trigger_id, view: modal(settings) });
    };
  app.action<BlockButtonAction>(EDIT_SETTINGS_ACTION, opensModal(workspaceSettingsModal));
  app.action<BlockButtonAction>(EDIT_GLOSSARY_ACTION, opensModal(glossaryModal));
  app.action<BlockButtonAction>(EDIT_CHANNEL_SETTINGS_ACTION, opensModal((settings) => channelSettingsModal(settings, undefined)));

  const submission = <T>(parse: (values: ViewValues, services: Services) => Parsed<T>, apply: (own: WorkspaceSettings, change: T) => WorkspaceSettings) =>
    async ({ ack, body, view, context, client }: SlackViewMiddlewareArgs<ViewSubmitAction> & AllMiddlewareArgs) => {
      const teamId = context.teamId ?? body.team?.id ?? '';
      const userId = body.user.id;
      const firstBlock = view.blocks[0]?.block_id ?? 'settings';
      const settings = await services.settings.effective(teamId);
      // The payload says who submitted; whether they may is Slack's to say, not the payload's.
      if (!(await maySetSettings(client, userId, settings.adminChannelId))) {
        logger.warn(`settings: refused a change by ${userId} in ${teamId}, who is neither an admin nor in the admin channel`);
        return ack({ response_action: 'errors', errors: { [firstBlock]: NOT_A_SETTINGS_ADMIN } });
      }
      const parsed = parse(view.state.values as ViewValues, services);
      if ('errors' in parsed) return ack({ response_action: 'errors', errors: parsed.errors });
      await ack();
      await services.settings.change(teamId, userId, (own) => apply(own, parsed.change));
      await publishHome(client, services, teamId, userId);
    };

  app.view(WORKSPACE_SETTINGS_VIEW, submission((values, s) => parseWorkspaceSettings(values, s.settings.defaults), (own, change) => ({ ...own, ...change })));
  app.view(GLOSSARY_VIEW, submission((values, s) => parseGlossaryView(values, s.settings.defaults), (own, change) => ({ ...own, ...change })));
  app.view(
    CHANNEL_SETTINGS_VIEW,
    submission(parseChannelSettings, (own, { channelId, settings }) => ({ ...own, channels: { ...own.channels, [channelId]: settings } })),
  );
}
