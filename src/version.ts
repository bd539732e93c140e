import { readFileSync } from 'node:fs';

/** The version from package.json, shown by /healthz. */
export const version: string = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;
