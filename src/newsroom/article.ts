import { createHash } from 'node:crypto';
import type { Article, ArticleSource, Paragraph } from './article-types.js';
import { NewsroomError } from './errors.js';

// PLACEHOLDER: minimal cleanup so the spine runs; the intake work replaces it with the full one.

const MIN_WORDS = 40;

export function articleFromText(text: string, source: ArticleSource = { kind: 'text' }): Article {
  const lines = text
    .normalize('NFC')
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const seen = new Set<string>();
  let headline = source.title ?? '';
  const bodies: string[] = [];
  for (const line of lines) {
    const looksLikeHeadline = !/[.!?"”]$/.test(line) && line.split(' ').length <= 20;
    if (looksLikeHeadline && !headline) headline = line;
    else if (!looksLikeHeadline && !seen.has(line)) {
      seen.add(line);
      bodies.push(line);
    }
  }
  const words = bodies.join(' ').split(' ').length;
  if (words < MIN_WORDS) throw new NewsroomError('This looks too short to be an article: paste the whole story (at least 40 words).');
  const paragraphs: Paragraph[] = bodies.map((body, i) => ({ id: `P${i + 1}`, text: body }));
  const id = createHash('sha256').update(source.canonicalUrl ?? bodies.join('\n')).digest('hex').slice(0, 16);
  return { id, headline: headline || bodies[0]!.split(/(?<=[.!?])\s/)[0]!, paragraphs, language: 'und', source };
}
