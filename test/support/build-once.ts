import { execFileSync } from 'node:child_process';

/**
 * vitest globalSetup: compiles src/ to dist/ before any test, so that the black-box tests of
 * `npm start` and the command line run the code under test, not a build left from before.
 * tsc -b skips the work when dist/ is up to date.
 */
export default function buildOnce(): void {
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json'], {
    cwd: new URL('../../', import.meta.url),
    stdio: 'inherit',
  });
}
