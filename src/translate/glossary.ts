import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { ConfigError } from '../config.js';
import type { Article } from '../article/article-types.js';
import { articleText, WordIndex } from '../checks/words.js';

/** One newsroom rendering: where the source says `source`, the translation says `target`. */
export interface GlossaryEntry {
  source: string;
  target: string;
}

export type Glossary = readonly GlossaryEntry[];

/** A glossary file that cannot be read or parsed: like any bad setting, it stops start-up with one line naming the file and the line. */
export class GlossaryError extends ConfigError {
  constructor(message: string) {
    super(message);
    this.name = 'GlossaryError';
  }
}

/**
 * Parses `source = target` lines. Blank lines and lines starting with # are skipped; anything
 * else that is not one `source = target` pair is an error naming its line, so a typo cannot
 * silently drop a rendering the newsroom relies on.
 */
export function parseGlossary(text: string, fileName = 'the glossary'): Glossary {
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  text.split(/\r?\n/).forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = index + 1;
    if (line === '' || line.startsWith('#')) return;
    const parts = line.split('=');
    const source = parts[0]?.trim() ?? '';
    const target = parts[1]?.trim() ?? '';
    if (parts.length !== 2 || source === '' || target === '') {
      throw new GlossaryError(`${fileName} line ${lineNumber}: expected "source = target", got "${line}"`);
    }
    const key = source.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      throw new GlossaryError(`${fileName} line ${lineNumber}: "${source}" is already defined on line ${earlier}`);
    }
    seen.set(key, lineNumber);
    entries.push({ source, target });
  });
  return entries;
}

/** Reads the glossary file once, at start-up; no file configured means an empty glossary. */
export function loadGlossary(path: string | undefined): Glossary {
  if (path === undefined) return [];
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : 'it cannot be read';
    throw new GlossaryError(`GLOSSARY_FILE ${path}: ${reason}`);
  }
  return parseGlossary(text, `GLOSSARY_FILE ${path}`);
}

/** The entries whose source term the article uses: only these go into the prompt and the cache key. */
export function glossaryFor(glossary: Glossary, article: Article): Glossary {
  if (glossary.length === 0) return glossary;
  const words = new WordIndex(articleText(article));
  return glossary.filter((entry) => words.hasPhrase(entry.source));
}

/** A short fingerprint of entries, so a changed glossary is not answered from an older translation. */
export function glossaryDigest(glossary: Glossary): string {
  if (glossary.length === 0) return 'none';
  const lines = glossary.map((entry) => `${entry.source}=${entry.target}`).join('\n');
  return createHash('sha256').update(lines).digest('hex').slice(0, 12);
}
