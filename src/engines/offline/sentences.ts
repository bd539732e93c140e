import type { Article } from '../../article/article-types.js';
import { findQuoteSpans, type QuoteSpan } from './quote-marks.js';

/** A sentence and where it stands in its paragraph's text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export interface ArticleSentence extends Sentence {
  paragraphId: string;
  paragraphIndex: number;
}

const TERMINALS = '.!?…';
const CLOSERS = '"”’\')]';
const SENTENCE_START = /[\p{Lu}\d"“„‘'([]/u;
// A quote mark that closes the sentence's quoted title rather than opening the next: `' Kapan diperbaiki? ', dan …`,
// `' Apa kabar? ' yang …`. The next sentence does not open on punctuation or a word in lower case.
const CLOSING_MARK_AFTER_SPACE = /^["“”„‘’'](?:[.,;:!?)]|\s*\p{Ll})/u;

// Words that end with a full stop without ending the sentence (English and Indonesian).
// Sentence-final ones such as "etc." and "dll." are left out on purpose.
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt', 'sgt', 'rev',
  'no', 'vs', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept',
  'oct', 'nov', 'dec', 'inc', 'ltd', 'corp', 'co', 'bpk', 'sdr', 'sdri', 'tn', 'ny', 'hlm', 'jl', 'jln', 'drs', 'ir',
  'kol', 'kab', 'kec', 'prov', 'seb',
  // Indonesian ranks, titles and address words written short: "Jl. Jend. Ahmad Lestari", "Hj. Siti", "KH. Ahmad", "Gg. Mawar".
  'jend', 'letjen', 'mayjen', 'brigjen', 'hj', 'kh', 'drg', 'dra', 'pdt', 'moh', 'muh', 'mgr', 'gg', 'kel', 'ds', 'telp',
]);

function endsWithAbbreviation(text: string, periodIndex: number): boolean {
  const word = /[\p{L}.]+$/u.exec(text.slice(Math.max(0, periodIndex - 12), periodIndex))?.[0];
  if (!word) return false;
  // An initial, as in "J. Smith", or several written together, as in "R.A. Kartini".
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits a paragraph into sentences. A full stop inside a quotation never ends the sentence, so a
 * quote that runs over several sentences stays in one piece with its attribution.
 */
export function splitSentences(text: string, spans: readonly QuoteSpan[] = findQuoteSpans(text)): Sentence[] {
  const closedSpans = spans.filter((span) => span.close !== null);
  const insideQuote = (position: number) => closedSpans.some((span) => span.open < position && position <= span.close!);
  const sentences: Sentence[] = [];
  const push = (from: number, to: number) => {
    const piece = text.slice(from, to);
    const trimmed = piece.trim();
    if (!trimmed) return;
    const start = from + piece.length - piece.trimStart().length;
    sentences.push({ text: trimmed, start, end: start + trimmed.length });
  };

  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (!TERMINALS.includes(text[i]!)) continue;
    let end = i + 1;
    while (end < text.length && (TERMINALS + CLOSERS).includes(text[end]!)) end++;
    if (!/\s/.test(text[end] ?? '')) continue;
    const next = text.slice(end).trimStart()[0];
    if (next === undefined || !SENTENCE_START.test(next)) continue;
    if (CLOSING_MARK_AFTER_SPACE.test(text.slice(end).trimStart())) continue;
    if (insideQuote(end) || endsWithAbbreviation(text, i)) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return sentences;
}

/** Every sentence of the article, in reading order, with the paragraph it belongs to. */
export function articleSentences(article: Article): ArticleSentence[] {
  return article.paragraphs.flatMap((paragraph, paragraphIndex) =>
    splitSentences(paragraph.text).map((sentence) => ({ ...sentence, paragraphId: paragraph.id, paragraphIndex })),
  );
}
