import { randomUUID } from 'node:crypto';
import { createApp, type Newsdesk } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createServices, type Services } from '../../src/services.js';
import { OpenAIEmulator } from './openai-emulator.js';
import { SlackEmulator } from './slack-emulator.js';
import { SlackSender } from './slack-requests.js';
import { CLIENT_ID, CLIENT_SECRET, OAUTH_ENV } from './oauth.js';

export const SIGNING_SECRET = 'test-signing-secret';
export const BOT_TOKEN = 'xoxb-test-bot-token';

export interface RunningNewsdesk {
  url: string;
  slack: SlackEmulator;
  /** Undefined when the app runs with no model configured. */
  openai: OpenAIEmulator | undefined;
  send: SlackSender;
  config: Config;
  services: Services;
  newsdesk: Newsdesk;
  stop(): Promise<void>;
}

const RUN_QUEUE_PREFIX = `newsdesk-test-${randomUUID()}`;

export interface StartOptions {
  /** Extra or overriding environment variables; a value of undefined removes the variable. */
  env?: Record<string, string | undefined>;
  /** Run with no model configured: the offline engine answers. */
  offline?: boolean;
  /** OAuth distribution (no bot token): workspaces install through /slack/install (see oauth.ts). */
  oauth?: boolean;
  /** Reuse running emulators (e.g. two app processes, or a restart). */
  slack?: SlackEmulator;
  openai?: OpenAIEmulator;
}

/**
 * The real app (real Bolt HTTP receiver, real Web API client, real openai client) on a random
 * port, against a local Slack emulator and, unless offline, a local OpenAI-compatible emulator.
 */
export async function startNewsdesk(options: StartOptions = {}): Promise<RunningNewsdesk> {
  const slack = options.slack ?? (await SlackEmulator.start(BOT_TOKEN));
  const openai = options.offline ? undefined : (options.openai ?? (await OpenAIEmulator.start()));
  const env: Record<string, string | undefined> = {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    STORE_URL: 'memory:',
    // Processes of one test file share a Redis queue; other runs' jobs (a killed run's, left behind) are never theirs.
    JOB_QUEUE_PREFIX: RUN_QUEUE_PREFIX,
    LOG_LEVEL: 'error',
    PORT: '0',
    ...(openai ? { OPENAI_API_KEY: 'sk-test-key', OPENAI_BASE_URL: openai.url, OPENAI_MODEL: 'test-model' } : {}),
    ...(options.oauth ? OAUTH_ENV : {}),
    ...options.env,
  };
  if (options.oauth) slack.registerOAuthClient(CLIENT_ID, CLIENT_SECRET);
  const config = loadConfig(Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined)));
  const services = createServices(config);
  const newsdesk = createApp(config, services);
  const port = await newsdesk.start(0);
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    slack,
    openai,
    send: new SlackSender(`${url}/slack/events`, SIGNING_SECRET, slack),
    config,
    services,
    newsdesk,
    async stop() {
      await newsdesk.stop();
      if (!options.slack) await slack.close();
      if (openai && !options.openai) await openai.close();
    },
  };
}
