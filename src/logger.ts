import { ConsoleLogger, LogLevel } from '@slack/logger';

/** What the domain needs of a logger; Bolt's own logger satisfies it, so both share one. */
export interface Logger {
  debug(...message: unknown[]): void;
  info(...message: unknown[]): void;
  warn(...message: unknown[]): void;
  error(...message: unknown[]): void;
}

const levels = { debug: LogLevel.DEBUG, info: LogLevel.INFO, warn: LogLevel.WARN, error: LogLevel.ERROR } as const;

export function createLogger(level: keyof typeof levels): ConsoleLogger {
  const logger = new ConsoleLogger();
  logger.setLevel(levels[level]);
  logger.setName('newsdesk');
  return logger;
}
