// Bundles the server (`npm start`) into dist/server/ and the command line (`npm run newsdesk`) into
// dist/cli/, each with the workers it may start, with source maps. Node then reads a few files at
// start-up instead of hundreds, which was most of the time before the port opened (about 900 files,
// Bolt and its dependencies most of them) and a sixth of a command-line call (about 90 of our modules).
// tsc still compiles src/ to dist/src/ for the playground and the type check.
import { rmSync } from 'node:fs';
import { build } from 'esbuild';
import { DEPENDENCY_PATCHES, dependencyPatches } from './esbuild.patches.mjs';

const workers = {
  // reading-pool.ts starts its workers from ./read-document.js beside the module that runs it.
  'read-document': 'src/article/intake/read-document.ts',
  // off-thread-grounding.ts sends grounding checks to ./grounding-worker.js beside it.
  'grounding-worker': 'src/checks/grounding-worker.ts',
  // wal-checkpoints.ts runs the SQLite store's checkpoints in ./wal-checkpoint-worker.js beside it.
  'wal-checkpoint-worker': 'src/store/wal-checkpoint-worker.ts',
};

const both = { bundle: true, platform: 'node', target: 'node20', format: 'esm', sourcemap: true, logLevel: 'warning' };

// esbuild never empties its output folder: the command line's chunks (named by their content) of every
// earlier build would stay beside the new ones. The server's bundle has fixed names and is overwritten.
rmSync('dist/cli', { recursive: true, force: true });

// The command line keeps its packages in node_modules: it loads few of them, and only ours were many files.
await build({
  ...both,
  entryPoints: { index: 'src/cli/index.ts', ...workers },
  outdir: 'dist/cli',
  // In chunks, so what only some commands need (the export's store modules) still loads on first use.
  splitting: true,
  packages: 'external',
});

await build({
  ...both,
  entryPoints: { index: 'src/index.ts', ...workers },
  outdir: 'dist/server',
  // Whitespace and syntax minified (names kept, so profiles still name functions; the map gives stack traces
  // their .ts lines): V8 parses this bundle at every start, and at 3.1 MB instead of 4.3 it answered its first
  // /healthz about 80 ms sooner. The command line's own chunks are small, and minified its call took about
  // 20 ms longer (311, 304, 317 ms against 296, 283, 291, run alternately): it is left as written.
  minifyWhitespace: true,
  minifySyntax: true,
  // Hot-path fixes in Bolt and the Web API client (see esbuild.patches.mjs).
  plugins: [dependencyPatches(DEPENDENCY_PATCHES)],
  // Stack traces need only the mappings; the sources' text (Bolt's and its dependencies' too) made the map
  // 6.7 MB, which --enable-source-maps holds in memory for the life of the process.
  sourcesContent: false,
  // Bundled CommonJS (Bolt's dependencies) calls require; give the bundle one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  external: [
    // Loaded from node_modules at run time: native code, packages that start workers or read their own
    // files by path, and the libraries only some settings or documents need (loaded on first use).
    'piscina',
    'better-sqlite3',
    '@keyv/redis',
    'bullmq',
    'ioredis',
    'redis-semaphore',
    'openai',
    'pdfjs-dist',
    'mammoth',
    'linkedom',
    '@mozilla/readability',
    'gpt-tokenizer',
    // ws's optional native speed-ups, required inside try/catch.
    'bufferutil',
    'utf-8-validate',
  ],
});
