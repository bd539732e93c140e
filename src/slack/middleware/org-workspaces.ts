import type { AnyMiddlewareArgs, Middleware } from '@slack/bolt';
import type Keyv from 'keyv';
import { rememberOrgWorkspace } from '../../install/org-workspaces.js';
import type { Logger } from '../../logger.js';
import { RUNNING_JOB } from '../jobs.js';

/**
 * Remembers each workspace an org-wide install serves under its enterprise, as its requests reach
 * the web role (before any of its data is written), so that the org's uninstall removes the
 * data of all of them. A request replayed as a job was remembered when it came in.
 */
export function rememberOrgWorkspaces(services: { kv: Keyv; logger: Logger }): Middleware<AnyMiddlewareArgs> {
  return async ({ context, next }) => {
    const { enterpriseId, teamId, isEnterpriseInstall } = context;
    if (isEnterpriseInstall && enterpriseId && teamId && !context[RUNNING_JOB]) {
      // Not remembered, the workspace's data would outlive the org's uninstall; the request is still answered.
      await rememberOrgWorkspace(services.kv, enterpriseId, teamId).catch((error: unknown) =>
        services.logger.error(`could not remember workspace ${teamId} of org ${enterpriseId}`, error),
      );
    }
    await next();
  };
}
