import type { Article } from '../article/article-types.js';
import type { Paraphrase, Quote, QuoteList } from '../engines/schemas.js';
import { EXONYMS, renderingAt } from '../checks/exonyms.js';
import { isFunctionWord } from '../checks/names.js';
import { articleText, wordsOf, WordIndex } from '../checks/words.js';

/** Every quote mark style articles and models use; when matching, all of them are one mark. */
export const QUOTE_MARKS = '"\'“”„‟″«»‘’‚‛‹›';

const QUOTE_MARK = new RegExp(`[${QUOTE_MARKS}]`, 'u');
const INVISIBLE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/u;

/** A normalised text and, for each of its code units, the span of the original it stands for. */
interface Normalised {
  original: string;
  text: string;
  origin: Array<[start: number, end: number]>;
}

function normalise(raw: string): Normalised {
  const original = raw.normalize('NFC');
  let text = '';
  const origin: Array<[number, number]> = [];
  let pendingSpace: [number, number] | undefined;
  const emit = (out: string, start: number, end: number) => {
    if (pendingSpace && text) {
      text += ' ';
      origin.push(pendingSpace);
    }
    pendingSpace = undefined;
    text += out;
    for (let unit = 0; unit < out.length; unit += 1) origin.push([start, end]);
  };
  for (let i = 0; i < original.length; ) {
    const char = String.fromCodePoint(original.codePointAt(i)!);
    const next = i + char.length;
    if (INVISIBLE.test(char)) {
      i = next;
    } else if (/\s/u.test(char)) {
      pendingSpace = [pendingSpace?.[0] ?? i, next];
      i = next;
    } else if (original.startsWith('...', i)) {
      emit('…', i, i + 3);
      i += 3;
    } else {
      emit(QUOTE_MARK.test(char) ? '"' : char, i, next);
      i = next;
    }
  }
  return { original, text, origin };
}

/** Text as quotes are compared: NFC, one space for any whitespace, one straight mark for every quote mark, "..." as "…". */
export function normalizeForMatch(text: string): string {
  return normalise(text).text;
}

/** Where a quote stands in the article, in the article's own words. */
export interface QuoteLocation {
  paragraphId: string;
  exact: string;
}

// The marks, commas and full stops around a quotation are not part of its words.
const quoteCore = (quote: string): string => normalizeForMatch(quote).replace(/^[",. ]+|[",. ]+$/g, '');

// A closing mark by punctuation, later an opening mark: two quotations and the attribution between them.
const GLUED = /(?:[,.;:?!…]"|[^\s"]"[,.;:?!…]).*\s"[^\s"]/u;

const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Does text[start, end) begin and end on word boundaries ("Baik" is not in "Baiklah")? */
function onWordBoundaries(text: string, start: number, end: number): boolean {
  const splits = (outside: string | undefined, inside: string | undefined) =>
    outside !== undefined && inside !== undefined && WORD_CHARACTER.test(outside) && WORD_CHARACTER.test(inside);
  return !splits(text[start - 1], text[start]) && !splits(text[end], text[end - 1]);
}

/** A model often capitalises a fragment it quotes on its own ("Setuju bahwa…" for "…mengatakan “setuju bahwa…”"). */
function withFirstLetterSwapped(core: string): string | undefined {
  const first = core[0]!;
  const swapped = first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase();
  return swapped !== first && swapped.length === 1 ? swapped + core.slice(1) : undefined;
}

/** Every place the quote stands word for word in the article, first paragraph first. */
function locations(article: Article, quote: string): QuoteLocation[] {
  const core = quoteCore(quote);
  if (!core) return [];
  const spellings = [core, withFirstLetterSwapped(core)].filter((spelling) => spelling !== undefined);
  const found: QuoteLocation[] = [];
  for (const paragraph of article.paragraphs) {
    const normalised = normalise(paragraph.text);
    for (const spelling of spellings) {
      for (let start = normalised.text.indexOf(spelling); start !== -1; start = normalised.text.indexOf(spelling, start + 1)) {
        const end = start + spelling.length;
        if (!onWordBoundaries(normalised.text, start, end) || GLUED.test(normalised.text.slice(start, end))) continue;
        const exact = normalised.original.slice(normalised.origin[start]![0], normalised.origin[end - 1]![1]);
        found.push({ paragraphId: paragraph.id, exact });
      }
    }
  }
  return found;
}

/**
 * Where the quote stands in the article, if it stands there word for word: only whitespace,
 * quote mark style, the marks, commas and full stops around it and the case of its first
 * letter may differ. `exact` is the article's text, which is what is shown.
 */
export function locateQuote(article: Article, quote: string): QuoteLocation | undefined {
  return locations(article, quote)[0];
}

/**
 * Does the article name this speaker? By any word of the name ("Blinken" names "Antony
 * Blinken"), or by its rendering in the article's language ("Gedung Putih" names "White House").
 */
function speakerNamed(articleWords: WordIndex, speaker: string): boolean {
  const words = wordsOf(speaker).map((word) => word.text);
  if (words.some((word) => word.length >= 3 && !isFunctionWord(word) && articleWords.has(word))) return true;
  return words.some((_, start) =>
    renderingAt(EXONYMS, 'target', words, start)?.rendering.source.some((form) => articleWords.hasPhrase(form)),
  );
}

/**
 * Rule 1 of the newsroom: a quote is shown only if it is verbatim in the article. Kept quotes
 * carry the article's exact text and the paragraph it is really in; quotes not found, or
 * credited to a speaker the article never names, are withheld; paraphrases of such speakers
 * are dropped; a quote given twice is kept once.
 */
export function verifyQuotes(
  article: Article,
  list: QuoteList,
): { quotes: Quote[]; withheld: Quote[]; paraphrases: Paraphrase[] } {
  const articleWords = new WordIndex(articleText(article));
  const quotes: Quote[] = [];
  const withheld: Quote[] = [];
  const kept = new Set<string>();
  for (const quote of list.quotes) {
    const found = locations(article, quote.quote);
    const location = found.find((candidate) => candidate.paragraphId === quote.paragraph) ?? found[0];
    if (!location || (quote.speaker !== null && !speakerNamed(articleWords, quote.speaker))) {
      withheld.push(quote);
      continue;
    }
    const key = `${location.paragraphId}\n${location.exact}`;
    if (kept.has(key)) continue;
    kept.add(key);
    quotes.push({ ...quote, quote: location.exact, paragraph: location.paragraphId });
  }
  const paraphrases = list.paraphrases.filter((paraphrase) => speakerNamed(articleWords, paraphrase.speaker));
  return { quotes, withheld, paraphrases };
}

/** The line that tells the journalist quotes were held back, and why. */
export function withheldLine(count: number): string {
  return `${count} ${count === 1 ? 'quote' : 'quotes'} withheld: not found word for word in the article`;
}
