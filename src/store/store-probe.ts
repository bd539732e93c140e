import { randomUUID } from 'node:crypto';
import type Keyv from 'keyv';

/** Longer than this, the store is as good as down for a request that Slack wants acked in 3 s. */
export const STORE_PROBE_TIMEOUT_MS = 2_000;

/** This process's probe key: processes sharing a Redis do not read each other's writes as their own. */
const probeKey = `health:${randomUUID()}`;

/**
 * What is wrong with the store, for /healthz: undefined when a write and its read-back both
 * succeed within STORE_PROBE_TIMEOUT_MS. A read alone would pass a SQLite file that was deleted
 * or made read-only, which still answers reads.
 */
export async function storeProblem(kv: Keyv): Promise<string | undefined> {
  const written = randomUUID();
  let timer: NodeJS.Timeout | undefined;
  const probe = (async () => {
    await kv.set(probeKey, written, 60_000);
    if ((await kv.get<string>(probeKey)) !== written) return 'a value written to the store did not read back';
    return undefined;
  })();
  const timedOut = new Promise<string>((resolve) => {
    timer = setTimeout(resolve, STORE_PROBE_TIMEOUT_MS, `the store did not answer within ${STORE_PROBE_TIMEOUT_MS / 1000} s`);
  });
  try {
    return await Promise.race([probe, timedOut]);
  } catch (error) {
    return `the store failed a write and read-back: ${withoutCredentials(error instanceof Error ? error.message : String(error))}`;
  } finally {
    clearTimeout(timer);
  }
}

/** An error may quote the store's URL, which can hold a password. */
function withoutCredentials(message: string): string {
  return message.replace(/\/\/[^/@\s]*@/g, '//');
}
