import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver, SocketModeReceiver, type CustomRoute } from '@slack/bolt';
import type { Config } from './config.js';
import type { Services } from './services.js';
import { registerListeners } from './slack/listeners/index.js';
import { allowlist } from './slack/middleware/allowlist.js';
import { storeKind } from './store/kv.js';
import { version } from './version.js';

export interface Newsdesk {
  app: App;
  /** Starts listening (HTTP on `port`, or Socket Mode); resolves to the HTTP port, 0 in Socket Mode without one. */
  start(port?: number): Promise<number>;
  stop(): Promise<void>;
}

/** Builds the Bolt app on the given services: HTTP receiver, or Socket Mode when an app token is set. */
export function createApp(config: Config, services: Services): Newsdesk {
  const customRoutes: CustomRoute[] = [
    {
      path: '/healthz',
      method: ['GET'],
      handler: (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(health(config)));
      },
    },
  ];
  const receiver = config.slack.appToken
    ? new SocketModeReceiver({
        appToken: config.slack.appToken,
        customRoutes,
        installerOptions: { port: config.port },
        logger: services.logger,
      })
    : new HTTPReceiver({
        signingSecret: config.slack.signingSecret!,
        endpoints: '/slack/events',
        customRoutes,
        logger: services.logger,
      });
  const app = new App({
    token: config.slack.botToken,
    receiver,
    logger: services.logger,
    // Without it Bolt resets the shared logger to info, whatever LOG_LEVEL says.
    logLevel: services.logger.getLevel(),
    clientOptions: { slackApiUrl: config.slack.apiUrl },
  });
  // Before every listener: a refused workspace or channel reaches none of them.
  app.use(allowlist(config.safety, services.logger));
  registerListeners(app, config, services);
  app.error(async (error) => {
    services.logger.error('unhandled error in a listener', error);
  });

  return {
    app,
    async start(port = config.port) {
      const started = (await app.start(port)) as Server | undefined;
      const address = started?.address?.() as AddressInfo | null | undefined;
      return address?.port ?? port;
    },
    async stop() {
      await app.stop();
      await services.kv.disconnect();
    },
  };
}

function health(config: Config) {
  return {
    ok: true,
    version,
    mode: config.slack.appToken ? 'socket' : 'http',
    engine: config.llm ? 'llm' : 'offline',
    model: config.llm?.model ?? null,
    store: storeKind(config.storeUrl),
  };
}
