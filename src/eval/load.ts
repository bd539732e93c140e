import { readFile } from 'node:fs/promises';
import { articleFromText } from '../article/article.js';
import type { Article } from '../article/article-types.js';
import { detectLanguage } from '../article/language.js';

/** The rows of a JSON Lines file, each parsed. */
export async function readJsonLines(file: string): Promise<Array<Record<string, unknown>>> {
  const text = await readFile(file, 'utf8');
  return text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * The article as Newsdesk would take it in from pasted text. A passage too short for intake (a question set's
 * context paragraph) is taken as one paragraph as it stands, so the engine is still measured on it.
 */
export function articleFor(text: string): Article {
  try {
    return articleFromText(text);
  } catch {
    const paragraph = text.replace(/\s+/g, ' ').trim();
    return { id: 'eval', headline: '', paragraphs: [{ id: 'P1', text: paragraph }], language: detectLanguage(paragraph), source: { kind: 'text' } };
  }
}
