import type { Article } from '../article/article-types.js';

/** One word of a text and where it stands. */
export interface Word {
  text: string;
  start: number;
  end: number;
}

// Letters only: "O'Brien" and "O’Brien" both give "O" and "Brien", so comparisons agree. The same set as
// [\p{L}\p{M}]+, with ASCII letters tried first: V8 tests a Unicode property by a call per character, and this
// walked every article in half the time.
const LETTERS = /(?:[a-zA-Z]|[\p{L}\p{M}])+/gu;

export function wordsOf(text: string): Word[] {
  return [...text.matchAll(LETTERS)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
  }));
}

// A capital, a full stop and a capital: looked for first, since most texts have no dotted acronym and
// the replacement's look-behind, tried at every position, cost a visible share of a request's checks.
const MAY_HOLD_ACRONYM = /\p{Lu}\.\p{Lu}/u;

/** "U.S." and "D.C." are also written "US" and "DC"; undotted, both spellings are one word. */
export function undotAcronyms(text: string): string {
  if (!MAY_HOLD_ACRONYM.test(text)) return text;
  return text.replace(/(?<!\p{L})(?:\p{Lu}\.){2,}/gu, (acronym) => acronym.replaceAll('.', ''));
}

/** The headline and the paragraphs, one per line. */
export function articleText(article: Article): string {
  return [article.headline, ...article.paragraphs.map((paragraph) => paragraph.text)].join('\n');
}

export const isAcronym = (word: string): boolean => word.length >= 2 && word === word.toUpperCase() && word !== word.toLowerCase();

// Indonesian glues enclitics to names: "sekutu Baratnya" is "its Western allies".
const ENCLITIC = /(?<=\p{L}{3})(?:nya|lah|kah)$/u;
const ENCLITIC_ENDINGS = new Set(['nya', 'lah', 'kah']);

// The ending is looked at first: the regex, tried at every position of every word, was a visible
// share of a request's checks.
export const withoutEnclitic = (word: string): string => (ENCLITIC_ENDINGS.has(word.slice(-3)) ? word.replace(ENCLITIC, '') : word);

/**
 * One name spelt by two languages or transliterations: Internasional/International,
 * Sergey/Sergei, Polandia/Poland. Short names must match exactly (Kyiv is not Kiev), and
 * near neighbours stay apart (Austria is not Australia, Slovenia is not Slovakia).
 */
export function isCognate(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 5) return false;
  return commonPrefixLength(a, b) >= Math.ceil(shorter * 0.8) || editDistance(a, b) <= Math.floor(shorter / 5);
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0;
  while (length < a.length && a[length] === b[length]) length += 1;
  return length;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, previous[j]! + 1, current[j - 1]! + 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The words of a text, to ask whether a word or a phrase occurs in it. */
export class WordIndex {
  private readonly words: string[];
  private readonly lowerWords: string[];
  /** Lowercase words and their forms without an enclitic. */
  private readonly known = new Set<string>();

  constructor(text: string) {
    this.words = undotAcronyms(text).match(LETTERS) ?? [];
    this.lowerWords = this.words.map((word) => word.toLowerCase());
    for (const word of this.lowerWords) {
      this.known.add(word);
      this.known.add(withoutEnclitic(word));
    }
  }

  /** The word in any case, with or without an Indonesian enclitic. */
  has(word: string): boolean {
    const lower = word.toLowerCase();
    return this.known.has(lower) || this.known.has(withoutEnclitic(lower));
  }

  /** The word as `has` finds it, or another spelling of the same name. */
  hasCognate(word: string): boolean {
    if (this.has(word)) return true;
    const lower = withoutEnclitic(word.toLowerCase());
    for (const known of this.known) {
      if (known[0] === lower[0] && Math.abs(known.length - lower.length) <= 4 && isCognate(known, lower)) return true;
    }
    return false;
  }

  /** The phrase's words in a row, in any case; acronyms only in capitals ("AS" and "US" are not "as" and "us"). */
  hasPhrase(phrase: string): boolean {
    const wanted = wordsOf(undotAcronyms(phrase)).map((word) => word.text);
    if (wanted.length === 0) return false;
    const caseSensitive = wanted.every(isAcronym);
    if (wanted.length === 1 && !caseSensitive) return this.has(wanted[0]!);
    const haystack = caseSensitive ? this.words : this.lowerWords;
    const needle = caseSensitive ? wanted : wanted.map((word) => word.toLowerCase());
    for (let start = 0; start + needle.length <= haystack.length; start += 1) {
      if (needle.every((word, offset) => haystack[start + offset] === word)) return true;
    }
    return false;
  }
}
