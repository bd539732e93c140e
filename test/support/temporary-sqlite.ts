import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';

/**
 * For a test file: a function that gives the path of a new SQLite file, in a folder of its own under the
 * system's temporary folder (`newsdesk-<name>-…`); each folder is removed after the test that asked for it.
 */
export function temporarySqlitePaths(name: string): () => string {
  const folders: string[] = [];
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });
  return () => {
    const folder = mkdtempSync(join(tmpdir(), `newsdesk-${name}-`));
    folders.push(folder);
    return join(folder, 'newsdesk.db');
  };
}
