/** Telling a story's prose from other text people paste: code, encoded blobs, tables of numbers. */

import { segmentsOf } from './segments.js';

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

// Scripts written without spaces between words: only there does a run of text need segmenting.
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** Words as a reader counts them, also in scripts written without spaces (Thai, Chinese). */
export function countWords(text: string): number {
  let words = 0;
  // Segmenting one long string takes quadratic time in V8, and segmenting every run is slow:
  // no word spans whitespace, and between spaces a run of a spaced script is one word.
  for (const run of text.split(/\s+/)) {
    if (SPACELESS_SCRIPT.test(run)) {
      for (const segment of segmentsOf(wordSegmenter, run)) if (segment.isWordLike) words++;
    } else if (WORD_CHARACTER.test(run)) words++;
  }
  return words;
}

// Prose uses these rarely (an occasional bracket); code and markup are full of them.
const CODE_SYMBOLS = /[{}[\]();=<>|&$\\#*`^~_]/g;
const ENCODED_TOKEN = /^[A-Za-z0-9+/=_-]{40,}$/;

/** What the text looks like instead of prose ("program code or markup", …), or undefined for prose. */
export function nonProseKind(text: string): string | undefined {
  const visible = text.replace(/\s+/g, '');
  if (!visible) return undefined;
  const share = (count: number) => count / visible.length;
  const encoded = text.split(/\s+/).filter((token) => ENCODED_TOKEN.test(token)).join('');
  if (share(encoded.length) > 0.5) return 'encoded data (such as base64)';
  if (share(visible.match(CODE_SYMBOLS)?.length ?? 0) > 0.05) return 'program code or markup';
  const letters = visible.match(/\p{L}/gu)?.length ?? 0;
  const digits = visible.match(/\p{N}/gu)?.length ?? 0;
  if (digits > 0.35 * (letters + digits)) return 'a table of numbers';
  if (share(letters) < 0.5) return 'symbols rather than sentences';
  return undefined;
}
