import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import { closeReadingPool } from './article/intake/reading-pool.js';
import type { Config } from './config.js';
import type { Services } from './services.js';
import { workOnJobs } from './slack/job-worker.js';
import type { Job } from './jobs/job-queue.js';
import type { RunsInHand } from './slack/jobs.js';
import { tellLostJobs } from './slack/restart-notices.js';
import { workspaceClients } from './slack/workspace-client.js';
import { translationJobRunners, translationProgressOf } from './translate/slack-translation-jobs.js';
import { registerListeners } from './slack/listeners/index.js';
import { allowlist } from './slack/middleware/allowlist.js';
import { rememberOrgWorkspaces } from './slack/middleware/org-workspaces.js';
import { workspaceInstalled } from './install/uninstall.js';
import { checkSlackTokens } from './slack/startup-checks.js';
import { RefusedRequest, requestIntegrity, signedRequestOf } from './slack/middleware/request-integrity.js';
import { storeKind } from './store/kv.js';
import { storeProblem } from './store/store-probe.js';
import { BOT_SCOPES } from './install/bot-scopes.js';
import { nodeHttpFetch } from './node-http-fetch.js';
import { version } from './version.js';
import { scheduleFeedbackDigest } from './trust/slack-digest.js';

export interface Newsdesk {
  app: App;
  /**
   * Starts what the role does: listening (HTTP on `port`, or Socket Mode) and running jobs;
   * resolves to the HTTP port. In Socket Mode, /healthz is served on the configured PORT whatever
   * `port` says; a worker serves only /healthz, on `port`.
   */
  start(port?: number, host?: string): Promise<number>;
  /**
   * Stops taking requests, then lets the jobs in hand finish (up to SHUTDOWN_GRACE_MS); the
   * journalists of jobs lost with the process (the in-process queue's) are told to ask again.
   */
  stop(): Promise<void>;
}

/**
 * Builds the Bolt app on the given services: HTTP receiver, or Socket Mode when an app token is
 * set. The web role acks and queues Slack's requests; the worker role replays them from the queue.
 */
export function createApp(config: Config, services: Services): Newsdesk {
  const { role } = config.jobs;
  const healthz = (_req: IncomingMessage, res: ServerResponse) => {
    void health(config, services).then(
      (body) => {
        res.writeHead(body.ok ? 200 : 503, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      },
      (error: unknown) => {
        services.logger.error('health check failed', error);
        res.writeHead(503, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok: false, role }));
      },
    );
  };
  const customRoutes: CustomRoute[] = [{ path: '/healthz', method: ['GET'], handler: healthz }];
  // Decided by the setting, not by `instanceof`: naming Bolt's SocketModeReceiver loads it (and its WebSocket
  // client) even in an HTTP app (see esbuild.patches.mjs).
  const { appToken } = config.slack;
  const socketMode = appToken !== undefined && appToken !== '';
  const receiver = socketMode
    ? new SocketModeReceiver({
        appToken,
        customRoutes,
        // clientOptions reach the Socket Mode client's own Web API client, which opens the connection.
        installerOptions: { port: config.port, clientOptions: { slackApiUrl: config.slack.apiUrl } },
        logger: services.logger,
      })
    : new HTTPReceiver({
        signingSecret: config.slack.signingSecret!,
        endpoints: '/slack/events',
        customRoutes,
        customPropertiesExtractor: (request) => ({ ...signedRequestOf(request) }),
        logger: services.logger,
        ...oauthOptions(config, services),
      });
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: services.logger,
    // Without it Bolt resets the shared logger to info, whatever LOG_LEVEL says.
    logLevel: services.logger.getLevel(),
    clientOptions: { slackApiUrl: config.slack.apiUrl, fetch: nodeHttpFetch },
    // Bolt's own auth.test runs in start(), after checkSlackTokens has said clearly what is wrong.
    deferInitialization: true,
    // Newsdesk keeps its threads in its own store. Bolt's in-memory conversation state, unused, cost
    // every request a look-up that fails with a new Error (its stack captured) for want of a conversation.
    convoStore: false,
  });
  // Before anything else: a replayed, future-dated or foreign-team request goes no further.
  app.use(requestIntegrity(services.claims, services.logger));
  // Before every listener: a refused workspace or channel reaches none of them.
  app.use(allowlist(config.safety, services.logger));
  app.use(rememberOrgWorkspaces(services));
  registerListeners(app, config, services);
  const onListenerError = async (error: Error) => {
    // Passed on to the receiver, which answers it 401; logged where it was refused.
    if (error instanceof RefusedRequest) throw error;
    services.logger.error('unhandled error in a listener', error);
  };
  app.error(onListenerError);

  let stopDigest: (() => void) | undefined;
  let healthOnly: Server | undefined;
  const inHand: RunsInHand = new Map();
  return {
    app,
    async start(port = config.port, host?: string) {
      // In OAuth mode there is no one token to check: each workspace's arrives with its install.
      if (!config.slack.oauth) await installedWith(await checkSlackTokens(config.slack), services);
      await app.init();
      await services.checkModel();
      const listen = host ? { port, host } : port;
      if (role !== 'web') workOnJobs(app, { ...services, onListenerError }, services.jobs, inHand, translationJobRunners(services, workspaceClients(app, services.installations)));
      if (role === 'worker') {
        healthOnly = createServer((req, res) => (req.url === '/healthz' ? healthz(req, res) : res.writeHead(404).end()));
        await new Promise<void>((resolve, reject) => healthOnly!.once('error', reject).listen(listen, resolve));
        return (healthOnly.address() as AddressInfo).port;
      }
      const started = await app.start(listen);
      const { adminChannelId } = config.safety;
      if (config.review.feedbackDigest && adminChannelId) stopDigest = scheduleFeedbackDigest(app.client, services, adminChannelId);
      // The Socket Mode receiver listens on the port it was built with, and resolves to its connection, not a server.
      if (socketMode) return config.port;
      return ((started as Server).address() as AddressInfo).port;
    },
    async stop() {
      stopDigest?.();
      if (healthOnly) await new Promise((resolve) => healthOnly!.close(resolve));
      else {
        // Bolt's SocketModeReceiver.stop() does not wait for the WebSocket's close handshake.
        const disconnected = socketMode ? new Promise((resolve) => (receiver as SocketModeReceiver).client.once('disconnected', resolve)) : undefined;
        await app.stop();
        await disconnected;
      }
      const lost = await services.jobs.close(config.jobs.shutdownGraceMs);
      await tellLostJobs(lost, inHand, {
        client: app.client,
        tokenFor: (job) => botTokenFor(config, services, job),
        progressOf: (job) => translationProgressOf(services, job),
        logger: services.logger,
      });
      await closeReadingPool();
      await services.kv.disconnect();
    },
  };
}

/**
 * The single token's workspace (and org) as Slack names it: a token Slack takes means Newsdesk is
 * installed there, again if it had been uninstalled (which revoked the token it had before).
 */
async function installedWith(identity: { team_id?: string; enterprise_id?: string }, services: Services): Promise<void> {
  const owners = [identity.team_id, identity.enterprise_id].filter((owner): owner is string => Boolean(owner));
  for (const owner of owners) {
    await workspaceInstalled(services.kv, owner).catch((error: unknown) => services.logger.warn(`could not read whether ${owner} had uninstalled Newsdesk`, error));
  }
}

/** The bot token for a job's workspace: the configured one, or, in OAuth mode, its installation's. */
async function botTokenFor(config: Config, services: Services, job: Job): Promise<string | undefined> {
  if (config.slack.botToken || !services.installations) return config.slack.botToken;
  const request = job.data as { enterprise_id?: string; enterprise?: { id?: string } | null; is_enterprise_install?: boolean | string };
  const installation = await services.installations.fetchInstallation({
    teamId: job.teamId,
    enterpriseId: request.enterprise_id ?? request.enterprise?.id,
    isEnterpriseInstall: String(request.is_enterprise_install) === 'true',
  });
  return installation.bot?.token;
}

/**
 * OAuth distribution: Bolt's installer serves /slack/install and /slack/oauth_redirect, keeps each
 * installation in the store, and picks the workspace's token for every request.
 */
function oauthOptions(config: Config, services: Services) {
  const { oauth } = config.slack;
  if (!oauth || !services.installations) return {};
  return {
    clientId: oauth.clientId,
    clientSecret: oauth.clientSecret,
    stateSecret: oauth.stateSecret,
    scopes: BOT_SCOPES,
    installationStore: services.installations,
    installerOptions: { clientOptions: { slackApiUrl: config.slack.apiUrl } },
  };
}

/** What /healthz shows; not ok (503) while the store fails a write and read-back or the job queue cannot be reached. */
async function health(config: Config, services: Services) {
  const [storeProblemNow, backlog] = await Promise.all([
    storeProblem(services.kv),
    // Its connection's errors are logged where they happen (src/jobs/redis-queue.ts).
    services.jobs.backlog().catch(() => undefined),
  ]);
  return {
    ok: !storeProblemNow && backlog !== undefined,
    version,
    role: config.jobs.role,
    mode: config.slack.appToken ? 'socket' : 'http',
    engine: config.llm ? 'llm' : 'offline',
    model: config.llm?.model ?? null,
    // false when start-up found the key rejected or the server unreachable: the offline engine answers.
    modelAvailable: config.llm ? services.modelHealth.available !== false : false,
    ...(services.modelHealth.problem && { modelProblem: services.modelHealth.problem }),
    store: storeKind(config.storeUrl),
    ...(storeProblemNow && { storeProblem: storeProblemNow }),
    queue: backlog
      ? { kind: services.jobs.kind, depth: backlog.waiting, oldestWaitingMs: backlog.oldestWaitingMs }
      : { kind: services.jobs.kind, problem: 'the job queue cannot be reached' },
  };
}
