// The job thread run from TypeScript source (tsx, vitest): a thread's modules get neither its parent's
// loader hooks nor those of an `--import tsx` among its execArgv (Node 20), so it registers tsx first.
import { register } from 'tsx/esm/api';

register();
await import('./job-thread.ts');
