/** Telling a story's prose from other text people paste: code, encoded blobs, tables of numbers. */

import { segmentsOf } from './segments.js';

const wordSegmenter = new Intl.Segmenter(undefined, { granularity: 'word' });

// Scripts written without spaces between words: only there does a run of text need segmenting.
const SPACELESS_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const LETTER = /\p{L}/u;
const NUMBER = /\p{N}/u;
// Prose uses these rarely (an occasional bracket); code and markup are full of them.
const CODE_SYMBOLS = asciiCodes('{}[]();=<>|&$\\#*`^~_');
// A run of letters, digits and these 40 long or more is encoded data (base64 and the like), not a word.
const ENCODING_SYMBOLS = asciiCodes('+/=_-');
const ENCODED_RUN = 40;

// Both functions below walk the text once, by character code, and test Unicode classes only on
// characters outside ASCII: with a regular expression (or a split) per class and word they took
// about 2.5 ms of a 6,000-character article, on every article read.

/** A lookup table of ASCII characters: 1 at each of their codes. */
function asciiCodes(characters: string): Uint8Array {
  const table = new Uint8Array(128);
  for (const character of characters) table[character.charCodeAt(0)] = 1;
  return table;
}

/** Whether a character code is whitespace as JavaScript's \s has it: what separates words. */
function isWhitespace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isAsciiLetter = (code: number) => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
const isAsciiDigit = (code: number) => code >= 48 && code <= 57;

/** Words as a reader counts them, also in scripts written without spaces (Thai, Chinese). */
export function countWords(text: string): number {
  let words = 0;
  let runStart = -1;
  let runHasWordCharacter = false;
  let runIsSpaceless = false;
  const endRun = (end: number) => {
    // Segmenting one long string takes quadratic time in V8, and segmenting every run is slow:
    // no word spans whitespace, and between spaces a run of a spaced script is one word.
    if (runIsSpaceless) {
      for (const segment of segmentsOf(wordSegmenter, text.slice(runStart, end))) if (segment.isWordLike) words++;
    } else if (runHasWordCharacter) words++;
    runStart = -1;
    runHasWordCharacter = runIsSpaceless = false;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    if (isWhitespace(code)) {
      if (runStart >= 0) endRun(i);
    } else {
      if (runStart < 0) runStart = i;
      if (code < 128) runHasWordCharacter ||= isAsciiLetter(code) || isAsciiDigit(code);
      else if (!runIsSpaceless) {
        const character = String.fromCodePoint(code);
        runIsSpaceless = SPACELESS_SCRIPT.test(character);
        runHasWordCharacter ||= LETTER.test(character) || NUMBER.test(character);
      }
    }
    i += width;
  }
  if (runStart >= 0) endRun(text.length);
  return words;
}

/** What the text looks like instead of prose ("program code or markup", …), or undefined for prose. */
export function nonProseKind(text: string): string | undefined {
  const { visible, encoded, symbols, letters, digits } = characterCounts(text);
  if (!visible) return undefined;
  const share = (count: number) => count / visible;
  if (share(encoded) > 0.5) return 'encoded data (such as base64)';
  if (share(symbols) > 0.05) return 'program code or markup';
  if (digits > 0.35 * (letters + digits)) return 'a table of numbers';
  if (share(letters) < 0.5) return 'symbols rather than sentences';
  return undefined;
}

/**
 * The text's visible (non-whitespace) UTF-16 units, those in encoded-looking runs, code symbols,
 * and its letters and digits (counted by code point).
 */
function characterCounts(text: string) {
  let visible = 0;
  let encoded = 0;
  let symbols = 0;
  let letters = 0;
  let digits = 0;
  let run = 0;
  let runMayBeEncoded = true;
  const endRun = () => {
    if (runMayBeEncoded && run >= ENCODED_RUN) encoded += run;
    run = 0;
    runMayBeEncoded = true;
  };
  for (let i = 0; i < text.length; ) {
    const code = text.codePointAt(i)!;
    const width = code > 0xffff ? 2 : 1;
    i += width;
    if (isWhitespace(code)) {
      endRun();
      continue;
    }
    visible += width;
    run += width;
    if (code < 128) {
      if (isAsciiLetter(code)) letters++;
      else if (isAsciiDigit(code)) digits++;
      else {
        if (CODE_SYMBOLS[code]) symbols++;
        runMayBeEncoded &&= ENCODING_SYMBOLS[code] === 1;
      }
    } else {
      const character = String.fromCodePoint(code);
      if (LETTER.test(character)) letters++;
      else if (NUMBER.test(character)) digits++;
      runMayBeEncoded = false;
    }
  }
  endRun();
  return { visible, encoded, symbols, letters, digits };
}
