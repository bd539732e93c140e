import { ConsoleLogger, LogLevel } from '@slack/logger';
import { RedactingLogger } from './logging/redact.js';

/** What the domain needs of a logger; Bolt's own logger satisfies it, so both share one. */
export interface Logger {
  debug(...message: unknown[]): void;
  info(...message: unknown[]): void;
  warn(...message: unknown[]): void;
  error(...message: unknown[]): void;
}

const levels = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

/** The one logger of the app; `secrets` (tokens, keys) are redacted from every line it writes. */
export function createLogger(level: keyof typeof levels, secrets: readonly string[] = []): ConsoleLogger {
  const logger = new RedactingLogger(secrets);
  logger.setLevel(levels[level]);
  logger.setName('newsdesk');
  return logger;
}
