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
    let stopping: Promise<void> | undefined;
    // npm forwards the signal it gets, and Ctrl-C reaches the whole process group: a second
    // signal is the same request to stop, and must not cut the first one's grace period short.
    const shutdown = () => void (stopping ??= running.stop().finally(() => process.exit(0)));
    process.on('SIGTERM', shutdown);
    process.on('SIGINT', shutdown);
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
