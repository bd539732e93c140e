import { isAcronym, wordsOf, type Word } from './words.js';

// Capitalised only because they open a sentence or follow a title: never names (English and Indonesian).
const FUNCTION_WORDS = new Set(
  `a an the and or but nor so yet for of in on at to by from with without into onto over under about after before
  during since until while when where whether which who whom whose what why how if then than that this these those
  there here it its he she they we you me him her them our your their his my also both either neither each every all
  any some many most more much few other another such as however meanwhile moreover although though because despite
  according not no yes mr mrs ms dr prof sir
  yang dan di ke dari pada untuk dengan dalam oleh atas bagi tentang kepada terhadap sejak hingga sampai ketika saat
  sementara setelah sebelum selama sejauh jika kalau karena namun tetapi tapi serta atau juga pun bahwa ini itu
  tersebut ia dia mereka kami kita saya aku anda beliau para sang si sebuah seorang banyak semua beberapa tidak bukan
  ada akan telah sudah masih menurut`.split(/\s+/),
);

// Lowercase words that may stand inside a name: "Secretary of State", "Ursula von der Leyen".
const CONNECTORS = new Set(['of', 'the', 'de', 'van', 'von', 'der', 'den', 'da', 'del', 'bin', 'binti', 'al', 'el', 'la', 'le', 'du']);

export const isFunctionWord = (word: string): boolean => !isAcronym(word) && FUNCTION_WORDS.has(word.toLowerCase());

/**
 * Why a word is capitalised. "name": mid-sentence, or an acronym. "opening": it opens a
 * sentence or a quotation, so it may be an ordinary word. "title": it stands in a Title Case
 * headline, where every word is capitalised.
 */
type Capital = 'name' | 'opening' | 'title';

interface ScannedWord extends Word {
  /** Set on capitalised words only. */
  capital?: Capital;
  opensSentence: boolean;
}

// What between two words makes the second open a sentence: a full stop and a space, a line break, an opening quote mark.
const SENTENCE_BREAK = /[.!?…:][^\p{L}\p{N}\s]*\s|\n|(?:^|\s)["“„‟«‘'‹]/u;

const isCapitalised = (word: string): boolean => word.length >= 2 && /^\p{Lu}/u.test(word);

/** Each word of the text, with its capital explained when it has one. */
function scan(text: string): ScannedWord[] {
  const words = wordsOf(text);
  const scanned = words.map((word, i): ScannedWord => {
    const opensSentence = i === 0 || SENTENCE_BREAK.test(text.slice(words[i - 1]!.end, word.start));
    if (!isCapitalised(word.text)) return { ...word, opensSentence };
    return { ...word, opensSentence, capital: isAcronym(word.text) || !opensSentence ? 'name' : 'opening' };
  });
  // A sentence that capitalises every word but the small ones is a Title Case headline.
  let sentenceStart = 0;
  for (let i = 1; i <= scanned.length; i += 1) {
    if (i < scanned.length && !scanned[i]!.opensSentence) continue;
    const sentence = scanned.slice(sentenceStart, i);
    const contentWords = sentence.filter((word) => !FUNCTION_WORDS.has(word.text.toLowerCase()));
    if (contentWords.length >= 3 && contentWords.every((word) => word.capital)) {
      for (const word of sentence) if (word.capital && !isAcronym(word.text)) word.capital = 'title';
    }
    sentenceStart = i;
  }
  return scanned;
}

const isNameWord = (word: ScannedWord): boolean => word.capital !== undefined && !isFunctionWord(word.text);

/** Runs of capitalised words that may be one name ("Foreign Minister Sergey Lavrov"), connectors included. */
function capitalisedRuns(text: string): ScannedWord[][] {
  const words = scan(text);
  // Words of one name stand apart by spaces on one line, or by a hyphen ("Bangsa-Bangsa").
  const joined = (i: number) => /^[^\S\n]+$|^-$/.test(text.slice(words[i - 1]!.end, words[i]!.start));
  const runs: ScannedWord[][] = [];
  let i = 0;
  while (i < words.length) {
    if (!isNameWord(words[i]!)) {
      i += 1;
      continue;
    }
    const run = [words[i]!];
    i += 1;
    while (i < words.length) {
      let next = i;
      while (next < words.length && CONNECTORS.has(words[next]!.text) && joined(next)) next += 1;
      if (next >= words.length || next - i > 2 || !joined(next) || !isNameWord(words[next]!)) break;
      run.push(...words.slice(i, next + 1));
      i = next + 1;
    }
    runs.push(run);
  }
  return runs;
}

/** Words capitalised mid-sentence somewhere in the text, lowercased: names for sure, even where they open a sentence. */
export function confirmedNames(text: string): Set<string> {
  return new Set(
    scan(text)
      .filter((word) => word.capital === 'name' && !isFunctionWord(word.text))
      .map((word) => word.text.toLowerCase()),
  );
}

/** How to tell whether the other side (the article, the translation) has a name. */
export interface NameCheck {
  /** The longest known term (an exonym, a glossary entry) spelt by `words` from `start`, and whether the other side has it. */
  termAt(words: readonly string[], start: number): { length: number; present: boolean } | undefined;
  /** Whether the other side has this word, in any spelling of the name. */
  hasWord(word: string): boolean;
  /** Names for sure (see `confirmedNames`): flagged even where their capital could be a sentence's. */
  confirmed: ReadonlySet<string>;
}

/**
 * The names in `text` the other side lacks, in order, as the words that are missing: of
 * "Foreign Minister Sergei Lavrov" against an article naming "Menteri Luar Negeri Lavrov",
 * only "Sergei". A word capitalised only because it opens a sentence or stands in a Title Case
 * headline is taken for ordinary vocabulary unless it is a known name or begins a missing name.
 */
export function missingNames(text: string, check: NameCheck): Array<{ term: string; index: number }> {
  const missing: Array<{ term: string; index: number }> = [];
  for (const run of capitalisedRuns(text)) {
    const words = run.map((word) => word.text);
    const covered = new Array<boolean>(run.length).fill(true);
    for (let i = 0; i < run.length; ) {
      if (!run[i]!.capital) {
        i += 1;
        continue;
      }
      const term = check.termAt(words, i);
      const length = term?.length ?? 1;
      const span = words.slice(i, i + length);
      const present = term?.present || span.every((word) => CONNECTORS.has(word) || check.hasWord(word));
      covered.fill(present, i, i + length);
      i += length;
    }
    const nameIndexes = run.flatMap((word, i) => (word.capital ? [i] : []));
    const flagged = (position: number): boolean => {
      const i = nameIndexes[position]!;
      const word = run[i]!;
      if (covered[i]) return false;
      if (word.capital === 'name' || check.confirmed.has(word.text.toLowerCase())) return true;
      // "John Smith said": an opening word is part of a name when the name word after it is missing too.
      const following = nameIndexes[position + 1];
      return word.capital === 'opening' && following !== undefined && !covered[following] && run[following]!.capital === 'name';
    };
    let first: Word | undefined;
    let last: Word | undefined;
    const close = () => {
      if (first && last) missing.push({ term: text.slice(first.start, last.end), index: first.start });
      first = last = undefined;
    };
    nameIndexes.forEach((i, position) => {
      if (!flagged(position)) return close();
      first ??= run[i]!;
      last = run[i]!;
    });
    close();
  }
  return missing;
}
