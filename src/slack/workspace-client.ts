import type { App, InstallationStore } from '@slack/bolt';
import { WebClient } from '@slack/web-api';
import { nodeHttpFetch } from '../node-http-fetch.js';

/** Whose token: an org-wide install's (by its enterprise id) or a workspace's. */
export interface Authorization {
  teamId?: string;
  enterpriseId?: string;
  isEnterpriseInstall: boolean;
}

/**
 * The Web API client for work a job started outside any Slack request (a translation's chunks):
 * the app's own, with one token; in OAuth mode, one with the installation's token, as Bolt
 * would pick it for a request from that workspace.
 */
export function workspaceClients(app: App, installations: InstallationStore | undefined): (authorization: Authorization) => Promise<WebClient> {
  return async (authorization) => {
    if (!installations) return app.client;
    const { teamId, enterpriseId, isEnterpriseInstall } = authorization;
    const installation = await installations.fetchInstallation({ teamId, enterpriseId, isEnterpriseInstall });
    const token = installation.bot?.token;
    if (!token) throw new Error(`the installation of ${authorization.enterpriseId ?? authorization.teamId} has no bot token`);
    return new WebClient(token, { slackApiUrl: app.client.slackApiUrl, logger: app.logger, fetch: nodeHttpFetch });
  };
}
