import { readFileSync } from 'node:fs';

/** Small statistics for benchmark reports. */

export function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export const median = (samples: number[]) => percentile(samples, 50);

export interface BenchLine {
  name: string;
  value: number;
  baseline: number;
  unit: string;
  /** The target for value / baseline; the line says whether this run is within it. */
  bound?: number;
}

/** Prints one comparison: the value, its baseline measured in the same run, and their ratio. */
export function report(line: BenchLine): void {
  const ratio = line.baseline > 0 ? line.value / line.baseline : Number.NaN;
  console.log(
    `${line.name.padEnd(58)} ${line.value.toFixed(2).padStart(10)} ${line.unit.padEnd(6)} baseline ${line.baseline
      .toFixed(2)
      .padStart(10)} ${line.unit.padEnd(6)} ratio ${ratio.toFixed(2)}x${line.bound === undefined ? '' : ratio <= line.bound ? '  within target' : '  OVER TARGET'}`,
  );
}

/** Runs `tasks` with at most `concurrency` at once and returns each one's duration in ms. */
export async function timeConcurrently(count: number, concurrency: number, task: (i: number) => Promise<void>): Promise<number[]> {
  const durations: number[] = [];
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const i = next++;
      const start = performance.now();
      await task(i);
      durations.push(performance.now() - start);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return durations;
}

const CLOCK_TICKS_PER_SECOND = 100; // Linux's USER_HZ (`getconf CLK_TCK`)

/** User plus system CPU in ms from a /proc `stat` file (a process's, or one thread's under task/). */
export function procStatCpuMs(statPath: string): number {
  const stat = readFileSync(statPath, 'utf8');
  // Fields after the parenthesised command name (which may hold spaces): utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
}

/**
 * A process's main thread's CPU time in ms, to the nanosecond: the first field of its /proc `schedstat` (the
 * scheduler's own count of its time on a CPU). A `stat` file's utime and stime are counted in
 * 10 ms ticks, charged to whichever thread a tick finds running: a bare app's round of 200
 * requests is some 18 ticks, so one tick more or less moved its figure by 5 %. Falls back to
 * `stat` where the kernel keeps no schedstat.
 */
export function mainThreadCpuMs(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return procStatCpuMs(`/proc/${pid}/task/${pid}/stat`);
  }
}

/** BENCH_APP_NODE_ARGS (for example --cpu-prof) go to the apps a bench runs as their own processes, not to the harness. */
export const appNodeArgs = (): string[] => process.env.BENCH_APP_NODE_ARGS?.split(/\s+/).filter(Boolean) ?? [];

/**
 * The node arguments `npm start` runs the app with (its start script, `exec node …`), so that a bench
 * running the app as a process of its own runs it with the same flags without npm in between.
 */
export function npmStartNodeArgs(): string[] {
  const { scripts } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { scripts: { start: string } };
  const [exec, node, ...args] = scripts.start.split(/\s+/);
  if (exec !== 'exec' || node !== 'node') throw new Error(`npm start is not "exec node …": ${scripts.start}`);
  return args;
}
