/** What the domain needs of a logger; Bolt's own logger satisfies it, so both share one. */
export interface Logger {
  debug(...message: unknown[]): void;
  info(...message: unknown[]): void;
  warn(...message: unknown[]): void;
  error(...message: unknown[]): void;
}
