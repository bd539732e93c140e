import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/build-once.ts'],
    // vitest's default is one file at a time on a 2-core machine (cores - 1); the end-to-end files
    // mostly wait on emulators, sockets and child processes, so several at a time overlap that waiting.
    // On the 2-core machine: 2 workers 310 s, 3 workers 252 s, 4 workers 241 s (more contention, little gain).
    maxWorkers: 3,
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
