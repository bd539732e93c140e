import { createHash } from 'node:crypto';
import type { Article, ArticleSource, Paragraph } from './article-types.js';
import { NewsroomError } from '../errors.js';
import { isBoilerplateLine } from './intake/boilerplate.js';
import { normalizeText } from './intake/normalize-text.js';
import { countWords, nonProseKind } from './intake/prose.js';
import { detectLanguage } from './language.js';

export const MIN_ARTICLE_WORDS = 40;
const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 20;
// Long enough for any real paragraph; a story pasted as one block is cut at sentences so answers can cite parts of it.
const MAX_PARAGRAPH_WORDS = 250;

/** Text that cannot become an article. The reason lets intake say it in terms of the page or file. */
export class UnusableTextError extends NewsroomError {
  constructor(
    readonly reason: 'empty' | 'not-prose' | 'too-short',
    message: string,
  ) {
    super(message);
    this.name = 'UnusableTextError';
  }
}

/**
 * One clean article from raw text: normalised, news-site boilerplate dropped, a repeated body
 * kept once, the headline found (the source's title wins), paragraphs numbered P1, P2, ….
 * Throws UnusableTextError for empty, non-prose or too-short text.
 */
export function articleFromText(text: string, source: ArticleSource = { kind: 'text' }): Article {
  const blocks = withoutRepeats(storyBlocks(normalizeText(text)));
  assertUsable(blocks);
  const headline = (source.title && singleLine(source.title)) || blocks.find(looksLikeHeadline);
  const headlineKey = headline === undefined ? undefined : comparisonKey(headline);
  const body = blocks.filter((block) => comparisonKey(block) !== headlineKey);
  assertLongEnough(body);
  const paragraphs: Paragraph[] = body.flatMap(splitAtSentences).map((paragraph, i) => ({ id: `P${i + 1}`, text: paragraph }));
  return {
    id: articleId(paragraphs, source.canonicalUrl),
    headline: headline ?? headlineFromLede(paragraphs[0]!.text),
    paragraphs,
    language: detectLanguage(body.join('\n')),
    source,
  };
}

/**
 * Lines become blocks; a line that continues the previous one's sentence (hard-wrapped text,
 * an ad inserted mid-paragraph) is joined back to it. A blank line always ends a block. In text
 * that separates paragraphs with blank lines, a line break inside an unfinished sentence is a
 * wrap; elsewhere only a next line starting in lower case shows that it is.
 */
function storyBlocks(text: string): string[] {
  const wrapsAnywhere = /\n[^\S\n]*\n/.test(text.trim());
  const continuesSentence = (previous: string, next: string) => !/[.!?:;…"”’»)\]]$/u.test(previous) && (wrapsAnywhere || /^\p{Ll}/u.test(next));
  const blocks: string[] = [];
  let mayContinue = false;
  for (const rawLine of text.split('\n')) {
    const line = rawLine.trim();
    if (!line) {
      mayContinue = false;
      continue;
    }
    if (isBoilerplateLine(line)) continue;
    const previous = blocks.at(-1);
    if (mayContinue && previous !== undefined && continuesSentence(previous, line)) blocks[blocks.length - 1] = `${previous} ${line}`;
    else blocks.push(line);
    mayContinue = true;
  }
  return blocks;
}

/** Scraped pages often hold the body twice (around the headline); the model must see each paragraph once. */
function withoutRepeats(blocks: string[]): string[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    const key = comparisonKey(block);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function comparisonKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

function looksLikeHeadline(block: string): boolean {
  const words = countWords(block);
  const lastMark = block.replace(/["”’»)\]]+$/u, '').at(-1) ?? '';
  return words >= MIN_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && !/[.,;:…]/.test(lastMark) && !/^\p{Ll}/u.test(block);
}

function assertUsable(blocks: string[]): void {
  const all = blocks.join('\n');
  if (!all) throw new UnusableTextError('empty', 'There is no article text here. Paste the story, share a link to it, or upload it as a file.');
  const kind = nonProseKind(all);
  if (kind) throw new UnusableTextError('not-prose', `This does not look like an article: it looks like ${kind}. Paste the story's text instead.`);
}

function assertLongEnough(body: string[]): void {
  const words = countWords(body.join('\n'));
  if (words < MIN_ARTICLE_WORDS) {
    throw new UnusableTextError(
      'too-short',
      `This looks too short to be an article (${words} words). Paste the whole story: Newsdesk needs at least ${MIN_ARTICLE_WORDS} words.`,
    );
  }
}

const sentenceSegmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
const sentencesOf = (text: string) => Array.from(sentenceSegmenter.segment(text), (s) => s.segment.trim()).filter(Boolean);

function splitAtSentences(paragraph: string): string[] {
  if (countWords(paragraph) <= MAX_PARAGRAPH_WORDS) return [paragraph];
  const parts: string[] = [];
  let current = '';
  for (const sentence of sentencesOf(paragraph)) {
    const joined = current ? `${current} ${sentence}` : sentence;
    if (current && countWords(joined) > MAX_PARAGRAPH_WORDS) {
      parts.push(current);
      current = sentence;
    } else current = joined;
  }
  parts.push(current);
  return parts;
}

/** No headline line: the lede's first sentence stands in, shortened if it runs long. */
function headlineFromLede(lede: string): string {
  const sentence = sentencesOf(lede)[0] ?? lede;
  const words = sentence.split(' ');
  return words.length <= MAX_HEADLINE_WORDS ? sentence : `${words.slice(0, MAX_HEADLINE_WORDS).join(' ')}…`;
}

const singleLine = (text: string) => normalizeText(text).replace(/\s+/g, ' ').trim();

/** Identity: the canonical URL when the source states one, else the text itself. */
function articleId(paragraphs: Paragraph[], canonicalUrl: string | undefined): string {
  const identity = canonicalUrl ? `url:${canonicalUrl}` : `text:${paragraphs.map((p) => p.text).join('\n')}`;
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}
