import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { eventually } from './eventually.js';

const projectRoot = new URL('../../', import.meta.url).pathname;

/**
 * A port for an app this process starts, taken below the kernel's ephemeral range. A port from
 * `listen(0)` is free only until the app binds it, a second later: meanwhile another test file's
 * emulator or in-process Newsdesk can be handed the same port by its own `listen(0)`, and the
 * health check then reaches that app instead, whose signing secret refuses our requests.
 */
export async function freePort(): Promise<number> {
  const [ephemeralLow] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number);
  const lowest = 10_000;
  const highest = (ephemeralLow ?? 32_768) - 1;
  for (;;) {
    const port = lowest + Math.floor(Math.random() * (highest - lowest + 1));
    if (await canListen(port)) return port;
  }
}

function canListen(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export interface NpmStarted {
  /** Everything the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves to the exit code once the process has ended. */
  exited: Promise<number | null>;
  /** Stops npm and the app it started (SIGTERM, as a deploy does). */
  stop(): Promise<void>;
  /** Kills npm and the app at once, as the out-of-memory killer does. */
  kill(): Promise<void>;
  /** SIGTERM to the npm process alone, as a platform sends it to the process it started. */
  terminateNpm(): void;
}

/** Runs `npm start` as an operator would, with only the given environment (plus PATH and HOME). */
export function npmStart(env: Record<string, string>): NpmStarted {
  let output = '';
  const child = spawn('npm', ['start', '--silent'], {
    cwd: projectRoot,
    env: { PATH: process.env.PATH!, HOME: process.env.HOME ?? '/tmp', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, so that stopping it stops npm's child too.
    detached: true,
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  return {
    output: () => output,
    exited,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGTERM');
      await exited;
    },
    terminateNpm() {
      child.kill('SIGTERM');
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) process.kill(-child.pid!, 'SIGKILL');
      await exited;
    },
  };
}

/** Waits until the started app answers /healthz on `port`, and returns what it reported. */
export function untilHealthy(port: number): Promise<Record<string, unknown>> {
  return eventually(async () => {
    const response = await fetch(`http://127.0.0.1:${port}/healthz`).catch(() => undefined);
    return response?.ok ? ((await response.json()) as Record<string, unknown>) : undefined;
  }, 20_000);
}
