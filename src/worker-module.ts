/** A worker thread's module and what its thread needs to load it. */
export interface WorkerModule {
  url: URL;
  /** For a pool's `execArgv`: tsx's loader when the worker is TypeScript and this process was not started with it. */
  execArgv?: string[];
}

/**
 * The worker module `name` beside the module at `besideUrl` (pass `import.meta.url`), in each layout: the
 * TypeScript source under tsx or vitest, dist/src/ (tsc) and the bundles in dist/server/ and dist/cli/, where
 * each worker is an entry of its own. From source the worker needs tsx's loader, which tsx's own execArgv
 * already carries (vitest's does not).
 */
export function workerBeside(besideUrl: string, name: string): WorkerModule {
  const fromSource = besideUrl.endsWith('.ts');
  const url = new URL(`./${name}.${fromSource ? 'ts' : 'js'}`, besideUrl);
  const needsLoader = fromSource && !process.execArgv.some((arg) => arg.includes('tsx'));
  return needsLoader ? { url, execArgv: [...process.execArgv, '--import', 'tsx'] } : { url };
}
