import { existsSync } from 'node:fs';

/**
 * The project's root, where package.json, prompts/ and manifest.json live: two folders up when
 * this runs compiled from dist/src/, one when tsx runs it from src/.
 */
function findProjectRoot(): URL {
  let dir = new URL('./', import.meta.url);
  while (!existsSync(new URL('package.json', dir))) {
    const parent = new URL('../', dir);
    if (parent.href === dir.href) throw new Error(`no package.json above ${import.meta.url}`);
    dir = parent;
  }
  return dir;
}

const projectRoot = findProjectRoot();

/** A file or folder of the project (not of the build), e.g. projectFile('prompts/'). */
export const projectFile = (path: string): URL => new URL(path, projectRoot);
