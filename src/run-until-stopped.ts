import { ConfigError } from './config.js';

/**
 * Runs a long-lived program (the app, the playground) until SIGTERM or SIGINT, then stops it.
 * A start-up failure the operator can fix (bad setting, port taken) is one clear line and exit 1,
 * with no stack trace.
 */
export async function runUntilStopped(
  start: () => Promise<{ stop(): Promise<void> }>,
  explainPortInUse: string,
): Promise<void> {
  try {
    const running = await start();
    const shutdown = () => running.stop().finally(() => process.exit(0));
    process.once('SIGTERM', shutdown);
    process.once('SIGINT', shutdown);
  } catch (error) {
    if (error instanceof ConfigError) return exitWith(error.message);
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') return exitWith(explainPortInUse);
    throw error;
  }
}

function exitWith(line: string): never {
  console.error(line);
  process.exit(1);
}
