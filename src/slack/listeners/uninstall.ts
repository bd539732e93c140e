import type { App } from '@slack/bolt';
import type { Services } from '../../services.js';
import { forgetWorkspace } from '../../install/uninstall.js';
import { eventClaimKey } from '../../store/dedupe.js';
import { oncePerEvent, ownerOfEvent } from '../once-per-event.js';

/**
 * A workspace that uninstalls Newsdesk takes everything of its own out of the store; one whose
 * bot token is revoked loses its installation (the articles stay until it uninstalls). Bolt
 * delivers both without a token, since the workspace's is gone by then. Each runs once per
 * event: a redelivered uninstall would find nothing left and overwrite the counts kept of it.
 */
export function registerUninstall(app: App, services: Services): void {
  app.event(
    'app_uninstalled',
    oncePerEvent(services, async ({ body, context }) => {
      const owner = ownerOfEvent(context);
      if (!owner) return services.logger.warn('app_uninstalled without a workspace id: nothing removed');
      await forgetWorkspace(services, owner, { keep: [eventClaimKey(owner, body.event_id)] });
    }),
  );

  app.event(
    'tokens_revoked',
    oncePerEvent(services, async ({ event, context }) => {
      if (!services.installations || !event.tokens.bot?.length) return;
      await services.installations.deleteInstallation({
        teamId: context.teamId,
        enterpriseId: context.enterpriseId,
        isEnterpriseInstall: context.isEnterpriseInstall ?? false,
      });
      services.logger.info(`workspace ${context.teamId ?? context.enterpriseId} revoked Newsdesk's bot token: its installation is removed`);
    }),
  );
}
