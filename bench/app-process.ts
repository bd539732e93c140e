import { spawn } from 'node:child_process';
import { eventually } from '../test/support/eventually.js';
import { freePort } from '../test/support/npm-start.js';
import { appNodeArgs } from './stats.js';

/** An app started as a process of its own, listening on `port`. */
export interface AppProcess {
  port: number;
  pid: number;
}

/**
 * Starts `node <args>` in `cwd` with only the given environment (plus PATH, HOME and a free PORT) and
 * BENCH_APP_NODE_ARGS before the args, waits until /healthz answers 200, runs `use` against it, and
 * stops it (SIGTERM, as a deploy does) whatever `use` did.
 */
export async function withAppProcess<T>(args: string[], cwd: string, env: Record<string, string>, use: (app: AppProcess) => Promise<T>): Promise<T> {
  const port = await freePort();
  const child = spawn(process.execPath, [...appNodeArgs(), ...args], {
    cwd,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', PORT: String(port), ...env },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    await eventually(() => fetch(`http://127.0.0.1:${port}/healthz`).then((response) => response.ok || undefined, () => undefined), 120_000);
    return await use({ port, pid: child.pid! });
  } finally {
    child.kill('SIGTERM');
    await exited;
  }
}
