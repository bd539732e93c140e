import { createHash } from 'node:crypto';
import type { Article, ArticleSource, Paragraph } from './article-types.js';
import { NewsroomError } from '../errors.js';
import { isBareDateline } from './dateline.js';
import { headlineFromLede, looksLikeHeadline } from './headline.js';
import { isBoilerplateLine, opensLinkList, withoutInlineLinks } from './intake/boilerplate.js';
import { isPrefaceLine } from './intake/preface.js';
import { normalizeText } from './intake/normalize-text.js';
import { countWords, nonProseKind } from './intake/prose.js';
import { READING_LIMITS, textTooLong } from './intake/reading-limits.js';
import { segmentsOf } from './intake/segments.js';
import { detectLanguage } from './language.js';

export const MIN_ARTICLE_WORDS = 40;
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
 * Throws UnusableTextError for empty, non-prose or too-short text, and TooLargeToReadError for
 * text longer than READING_LIMITS.articleChars. Every step takes time linear in the text's length.
 */
export function articleFromText(text: string, source: ArticleSource = { kind: 'text' }): Article {
  if (text.length > READING_LIMITS.articleChars) throw textTooLong();
  const { notes, blocks: allBlocks } = withoutPreface(storyBlocks(normalizeText(text)));
  const keyOf = comparisonKeys();
  const blocks = withoutRepeats(allBlocks, keyOf);
  assertUsable(blocks);
  const headline = (source.title && singleLine(source.title)) || pageHeadline(allBlocks, keyOf);
  const headlineKey = headline === undefined ? undefined : keyOf(headline);
  const body = blocks.filter((block) => keyOf(block) !== headlineKey);
  assertLongEnough(body);
  const paragraphs: Paragraph[] = body.flatMap(splitAtSentences).map((paragraph, i) => ({ id: `P${i + 1}`, text: paragraph }));
  const finalHeadline = headline ?? headlineFromLede(sentencesOf(paragraphs[0]!.text)[0] ?? paragraphs[0]!.text);
  return {
    id: articleId(finalHeadline, paragraphs, source.canonicalUrl),
    headline: finalHeadline,
    paragraphs,
    language: detectLanguage(body.join('\n')),
    source,
    ...(notes.length > 0 ? { notes } : {}),
  };
}

/** Notes to colleagues above the story ("FYI", "filed this copy:", an embargo line) are set aside as notes. */
function withoutPreface(blocks: string[]): { notes: string[]; blocks: string[] } {
  let start = 0;
  while (start < blocks.length - 1 && isPrefaceLine(blocks[start]!)) start++;
  return { notes: blocks.slice(0, start), blocks: blocks.slice(start) };
}

/**
 * The page's own headline: its first block when that reads as one, or a headline-like block standing right
 * before a second copy of the story (scraped pages often hold the body twice around it). A headline-like line
 * further down is a subheading, a related link or a list item, never the headline.
 */
function pageHeadline(blocks: readonly string[], keyOf: (text: string) => string): string | undefined {
  const first = blocks[0];
  if (first !== undefined && looksLikeHeadline(first) && blocks.length > 1) return first;
  const bodyStart = blocks.findIndex((block) => !looksLikeHeadline(block));
  if (bodyStart < 0) return undefined;
  const startKey = keyOf(blocks[bodyStart]!);
  const copyAt = blocks.findIndex((block, i) => i > bodyStart + 1 && keyOf(block) === startKey);
  const before = copyAt > 0 ? blocks[copyAt - 1]! : undefined;
  return before !== undefined && looksLikeHeadline(before) ? before : undefined;
}

/**
 * Lines become blocks; a line that continues the previous one's sentence (hard-wrapped text,
 * an ad inserted mid-paragraph) is joined back to it. A blank line always ends a block. In text
 * that separates paragraphs with blank lines, a line break inside an unfinished sentence is a
 * wrap; elsewhere only a next line starting in lower case shows that it is.
 */
function storyBlocks(text: string): string[] {
  const wrapsAnywhere = /\n[^\S\n]*\n/.test(text.trim());
  // Only the last line of a block can leave a sentence unfinished; testing it, not the growing block, keeps this linear.
  const continuesSentence = (lastLine: string, next: string) => !SENTENCE_END.test(lastLine.slice(-1)) && (wrapsAnywhere || /^\p{Ll}/u.test(next));
  const blocks: string[][] = [];
  let mayContinue = false;
  // Under a "Baca juga:" standing alone, the titles of the articles it links to: lines in a run, or paragraphs of one
  // line each, up to the first line that is not a title.
  let inLinkList = false;
  let afterBlank = false;
  const rawLines = text.split('\n');
  for (let i = 0; i < rawLines.length; i++) {
    const line = withoutInlineLinks(rawLines[i]!).trim();
    if (!line) {
      mayContinue = false;
      afterBlank = true;
      continue;
    }
    const wasAfterBlank = afterBlank;
    afterBlank = false;
    if (isBoilerplateLine(line)) {
      inLinkList ||= opensLinkList(line);
      continue;
    }
    if (inLinkList && isLinkTitle(line) && (!wasAfterBlank || !rawLines[i + 1]?.trim())) continue;
    inLinkList = false;
    const previous = blocks.at(-1);
    if (mayContinue && previous !== undefined && continuesSentence(previous.at(-1)!, line)) previous.push(line);
    else blocks.push([line]);
    mayContinue = true;
  }
  return withDatelinesJoined(blocks.map((lines) => lines.join(' ')));
}

const MAX_LINK_TITLE_WORDS = 20;

/** A line that reads as an article's title: short, opening on a capital or a digit, not ending a sentence. */
function isLinkTitle(line: string): boolean {
  return countWords(line) <= MAX_LINK_TITLE_WORDS && /^[\p{Lu}\d"“'‘]/u.test(line) && !SENTENCE_END.test(line.slice(-1));
}

/** A dateline set on a line of its own ("Suara.com -") belongs to the paragraph under it, as the story's first words. */
function withDatelinesJoined(blocks: string[]): string[] {
  const joined: string[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const next = blocks[i + 1];
    if (next !== undefined && isBareDateline(blocks[i]!)) {
      joined.push(`${blocks[i]} ${next}`);
      i++;
    } else joined.push(blocks[i]!);
  }
  return joined;
}

/** Scraped pages often hold the body twice (around the headline); the model must see each paragraph once. */
function withoutRepeats(blocks: string[], keyOf: (text: string) => string): string[] {
  const seen = new Set<string>();
  return blocks.filter((block) => {
    const key = keyOf(block);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** comparisonKey, computed once per text: one article's blocks are compared in several passes. */
function comparisonKeys(): (text: string) => string {
  const keys = new Map<string, string>();
  return (text) => {
    let key = keys.get(text);
    if (key === undefined) keys.set(text, (key = comparisonKey(text)));
    return key;
  };
}

function comparisonKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”„‟«»]/g, '"')
    .replace(/[‘’‚‛]/g, "'")
    .replace(/\s+/g, ' ')
    .trim();
}

const SENTENCE_END = /[.!?:;…"”’»)\]]/u;

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
const sentencesOf = (text: string) => Array.from(segmentsOf(sentenceSegmenter, text), (s) => s.segment.trim()).filter(Boolean);

const DOUBLE_QUOTE_MARKS = /["“”„‟]/g;

/**
 * Sentences with a closing quote mark that the segmenter set at the start of the next one (`… siap. " “Kami …`)
 * given back to the sentence it closes: while the marks so far are odd in number, a quotation is open, and a mark
 * followed by a space closes it. Cut there, a quotation would run on unclosed and its sentences be read as narration.
 */
function withClosingMarksBack(sentences: string[]): string[] {
  const result: string[] = [];
  let marks = 0;
  for (const sentence of sentences) {
    let text = sentence;
    const previous = result.length - 1;
    if (previous >= 0 && marks % 2 === 1 && /^["”](?=\s)/.test(text)) {
      result[previous] = `${result[previous]} ${text[0]}`;
      text = text.slice(1).trimStart();
    }
    marks += (sentence.match(DOUBLE_QUOTE_MARKS) ?? []).length;
    if (text) result.push(text);
  }
  return result;
}

function splitAtSentences(paragraph: string): string[] {
  if (countWords(paragraph) <= MAX_PARAGRAPH_WORDS) return [paragraph];
  const parts: string[][] = [];
  let current: string[] = [];
  let currentWords = 0;
  for (const sentence of withClosingMarksBack(sentencesOf(paragraph))) {
    const words = countWords(sentence);
    if (current.length && currentWords + words > MAX_PARAGRAPH_WORDS) {
      parts.push(current);
      current = [];
      currentWords = 0;
    }
    current.push(sentence);
    currentWords += words;
  }
  parts.push(current);
  return parts.map((sentences) => sentences.join(' '));
}

const singleLine = (text: string) => normalizeText(text).replace(/\s+/g, ' ').trim();

/**
 * Identity: the headline with the canonical URL when the source states one, else with the text itself. A changed
 * headline makes a new article: the desk has changed what the story says, and earlier answers may no longer hold.
 */
function articleId(headline: string, paragraphs: Paragraph[], canonicalUrl: string | undefined): string {
  const identity = canonicalUrl ? `url:${canonicalUrl}\nheadline:${headline}` : `headline:${headline}\ntext:${paragraphs.map((p) => p.text).join('\n')}`;
  return createHash('sha256').update(identity).digest('hex').slice(0, 16);
}
