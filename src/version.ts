import { readFileSync } from 'node:fs';
import { projectFile } from './project-files.js';

/** The version from package.json, shown by /healthz. */
export const version: string = JSON.parse(readFileSync(projectFile('package.json'), 'utf8')).version;
