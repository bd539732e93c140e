import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * A package loaded on first use, synchronously (its CommonJS build). For libraries only some
 * settings need (the Redis and SQLite stores, BullMQ, the model client): loading them all before
 * the port opens made start-up several times a bare Bolt app's. Use `import type` for their types.
 */
export function lazyPackage<Package>(name: string): () => Package {
  let loaded: Package | undefined;
  return () => (loaded ??= require(name) as Package);
}
