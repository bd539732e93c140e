import { execFileSync } from 'node:child_process';

/**
 * vitest globalSetup: compiles src/ to dist/ (and bundles the server and the command line) before any test, so that the black-box tests of
 * `npm start` and the command line run the code under test, not a build left from before.
 * tsc -b skips the work when dist/ is up to date.
 */
export default function buildOnce(): void {
  const cwd = new URL('../../', import.meta.url);
  execFileSync(process.execPath, ['node_modules/typescript/bin/tsc', '-b', 'tsconfig.build.json'], { cwd, stdio: 'inherit' });
  // The bundles npm start and npm run newsdesk run (esbuild.config.mjs); about a second.
  execFileSync(process.execPath, ['esbuild.config.mjs'], { cwd, stdio: 'inherit' });
}
