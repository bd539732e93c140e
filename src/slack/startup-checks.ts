import { LogLevel, WebClient, type AuthTestResponse } from '@slack/web-api';
import { ConfigError, type Config } from '../config.js';
import { nodeHttpFetch } from '../node-http-fetch.js';
import { slackErrorCode } from './failures.js';

/**
 * Asks Slack, before Newsdesk says it is running, whether it takes the tokens: the bot token with
 * auth.test, the app-level token (Socket Mode) by opening a connection. A rejected token or an
 * unreachable Slack is one line naming the variable and Slack's error (a ConfigError, so start-up
 * stops with exit 1), instead of "listening" followed by endless retries.
 */
export async function checkSlackTokens(slack: Config['slack']): Promise<AuthTestResponse> {
  const identity = await check('SLACK_BOT_TOKEN', 'the bot token', slack.apiUrl, () => quickClient(slack.apiUrl, slack.botToken).auth.test());
  if (slack.appToken) {
    const appToken = slack.appToken;
    // Slack authenticates apps.connections.open with the app-level token, not the bot token.
    await check('SLACK_APP_TOKEN', 'the app-level token', slack.apiUrl, () =>
      quickClient(slack.apiUrl, undefined, { Authorization: `Bearer ${appToken}` }).apps.connections.open({}),
    );
  }
  return identity;
}

const WHERE_TO_FIND: Record<string, string> = {
  SLACK_BOT_TOKEN: 'copy the Bot User OAuth Token (xoxb-…) from the Slack app settings, OAuth & Permissions',
  SLACK_APP_TOKEN: 'create an app-level token with connections:write in the Slack app settings, Basic Information, and switch on Socket Mode',
};

async function check<T>(variable: string, what: string, apiUrl: string, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    const code = slackErrorCode(error);
    if (code) throw new ConfigError(`${variable}: Slack rejected ${what} (${code}); ${WHERE_TO_FIND[variable]}.`);
    const reason = (error as { original?: Error }).original?.message ?? (error as Error).message;
    throw new ConfigError(`${variable}: could not be checked, Slack is unreachable at ${apiUrl} (${reason}); check the network, or SLACK_API_URL.`);
  }
}

/**
 * A client that fails at once: a start-up check reports a problem instead of retrying for minutes.
 * It calls Slack as every other client of Newsdesk's does (node-http-fetch.ts): with Node's built-in
 * fetch, its kept-alive connection timed out idle a few seconds later, and the error Node's fetch
 * made of it had its stack formatted, which with source maps on parses the whole bundle's map
 * (about 200 ms and 45 MB of the acking thread's heap, for the life of the process).
 */
function quickClient(apiUrl: string, token: string | undefined, headers: Record<string, string> = {}): WebClient {
  return new WebClient(token, { slackApiUrl: apiUrl, headers, retryConfig: { retries: 0 }, timeout: 10_000, logLevel: LogLevel.ERROR, fetch: nodeHttpFetch });
}
