import { inspect } from 'node:util';
import { ConsoleLogger, LogLevel } from '@slack/logger';
import type { Config } from '../config.js';

export const REDACTED = '[redacted]';

/** Slack bot/user/refresh tokens, app-level tokens and OpenAI-style keys, wherever they come from. */
const TOKEN_PATTERN = /\b(?:xox[abpre]-[A-Za-z0-9-]+|xapp-[A-Za-z0-9-]+|sk-[A-Za-z0-9_-]{8,})/g;
/** Shorter configured values are not redacted one by one: replacing "abc" everywhere would garble every log line. */
const MIN_SECRET_LENGTH = 8;

/** The text with every configured secret and every token-shaped string replaced by [redacted]. */
export function redactSecrets(text: string, secrets: readonly string[]): string {
  let clean = text;
  // Longest first, so a secret that contains another is redacted whole.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret.length >= MIN_SECRET_LENGTH) clean = clean.split(secret).join(REDACTED);
  }
  return clean.replace(TOKEN_PATTERN, REDACTED);
}

/** Every secret in the configuration: tokens, the signing secret, the API key, a store password. */
export function secretsOf(config: Config): string[] {
  const storePassword = /^[a-z]+:\/\/[^/@]*:([^/@]+)@/.exec(config.storeUrl)?.[1];
  const { oauth } = config.slack;
  return [
    config.slack.botToken,
    config.slack.signingSecret,
    config.slack.appToken,
    oauth?.clientSecret,
    oauth?.stateSecret,
    oauth?.encryptionKey,
    config.llm?.apiKey,
    storePassword,
  ].filter(
    (secret): secret is string => secret !== undefined,
  );
}

const severity: Record<LogLevel, number> = {
  [LogLevel.DEBUG]: 0,
  [LogLevel.INFO]: 1,
  [LogLevel.WARN]: 2,
  [LogLevel.ERROR]: 3,
};

/**
 * The console logger Bolt, the Web API client, the openai client and Newsdesk all share,
 * redacting secrets at every level. Objects and errors are rendered to text first, so a
 * token inside an error's response data or a request's options is caught too.
 */
export class RedactingLogger extends ConsoleLogger {
  constructor(private readonly secrets: readonly string[]) {
    super();
  }

  override debug(...message: unknown[]): void {
    if (this.enabled(LogLevel.DEBUG)) super.debug(...this.clean(message));
  }

  override info(...message: unknown[]): void {
    if (this.enabled(LogLevel.INFO)) super.info(...this.clean(message));
  }

  override warn(...message: unknown[]): void {
    if (this.enabled(LogLevel.WARN)) super.warn(...this.clean(message));
  }

  override error(...message: unknown[]): void {
    if (this.enabled(LogLevel.ERROR)) super.error(...this.clean(message));
  }

  private enabled(level: LogLevel): boolean {
    return severity[level] >= severity[this.getLevel()];
  }

  private clean(message: unknown[]): string[] {
    return message.map((part) =>
      redactSecrets(typeof part === 'string' ? part : inspect(part, { depth: 6, breakLength: Infinity }), this.secrets),
    );
  }
}

const levels = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/** The one logger of the app, shared with Bolt (hence @slack/logger); `secrets` (tokens, keys) are redacted from every line it writes. */
export function createLogger(level: keyof typeof levels, secrets: readonly string[] = []): ConsoleLogger {
  const logger = new RedactingLogger(secrets);
  logger.setLevel(levels[level]);
  logger.setName('newsdesk');
  return logger;
}
