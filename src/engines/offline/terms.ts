import { isStopword } from '../../checks/stopwords.js';

const WORD = /\p{L}[\p{L}\p{M}]*(?:['’]\p{L}+)?|\d+(?:[.,]\d+)*/gu;
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * The words of a text that carry meaning, lowercased. Numbers lose their separators so "100.000",
 * "100,000" and "100000" are one term; acronyms survive even when they spell a function word ("AS", "US").
 */
export function contentWords(text: string): string[] {
  const words: string[] = [];
  for (const [token] of text.normalize('NFC').matchAll(WORD)) {
    if (/^\d/.test(token)) {
      words.push(token.replace(/[.,]/g, ''));
      continue;
    }
    const word = token.toLowerCase().replace(/['’]s$/, '');
    if (ACRONYM.test(token) || (word.length > 1 && !isStopword(word))) words.push(word);
  }
  return words;
}

const MIN_STEM = 4;

function stripSuffix(word: string, suffixes: readonly string[]): string {
  const suffix = suffixes.find((s) => word.endsWith(s) && word.length - s.length >= MIN_STEM);
  return suffix ? word.slice(0, -suffix.length) : word;
}

// Indonesian prefixes, longest first. A nasal prefix (meN-, peN-) swallows the root's first letter,
// which cannot be told without a dictionary, so it yields each plausible root: "mengirim" -> irim | kirim.
const PREFIX_RULES: ReadonlyArray<[RegExp, (rest: string) => string[]]> = [
  [/^[mp]eng(?=[aiueo])/, (rest) => [rest, `k${rest}`]],
  [/^[mp]eng/, (rest) => [rest]],
  [/^[mp]eny(?=[aiueo])/, (rest) => [`s${rest}`, `ny${rest}`]],
  [/^[mp]em(?=[aiueo])/, (rest) => [`p${rest}`, `m${rest}`]],
  [/^[mp]em(?=[bpf])/, (rest) => [rest]],
  [/^[mp]en(?=[aiueo])/, (rest) => [`t${rest}`, `n${rest}`]],
  [/^[mp]en(?=[dcjtsz])/, (rest) => [rest]],
  [/^me(?=[lrwy])/, (rest) => [rest]],
  [/^(?:per|ber|ter)/, (rest) => [rest]],
  [/^(?:di|ke|se)/, (rest) => [rest]],
];

function stripPrefixes(word: string): string[] {
  for (const [pattern, roots] of PREFIX_RULES) {
    const match = pattern.exec(word);
    if (!match) continue;
    const candidates = roots(word.slice(match[0].length)).filter((root) => root.length >= MIN_STEM);
    if (candidates.length > 0) return candidates.flatMap(stripPrefixes);
  }
  return [word];
}

function stemEnglish(word: string): string {
  if (word.length <= MIN_STEM) return word;
  let stem = word;
  if (stem.endsWith('ies')) stem = `${stem.slice(0, -3)}y`;
  else if (stem.endsWith('ing') && stem.length >= 6) stem = stem.slice(0, -3);
  else if (stem.endsWith('ed') && stem.length >= 5) stem = stem.slice(0, -2);
  else if (/(?:ss|x|z|ch|sh)es$/.test(stem)) stem = stem.slice(0, -2);
  else if (stem.endsWith('s') && !/(?:ss|us|is)$/.test(stem)) stem = stem.slice(0, -1);
  return stem.length > MIN_STEM && stem.endsWith('e') ? stem.slice(0, -1) : stem;
}

/**
 * The word with and without each of the endings it may have: "menikah" keeps its "kah", which only looks like
 * the particle, and "kedudukan" is tried as kedudu-kan and keduduk-an.
 */
function withAndWithout(words: readonly string[], suffixes: readonly string[]): string[] {
  return [...new Set(words.flatMap((word) => [word, ...suffixes.map((suffix) => stripSuffix(word, [suffix]))]))];
}

// "takhta" and "tahta", "makhluk" and "mahluk": Indonesian writes the Arabic kh either way.
const KH = /kh/g;

/**
 * Words whose prefix is part of their meaning, kept whole once particles and possessives are off: "meninggal" (to
 * die) is not "tinggal" (to stay), whose "meninggalkan" (to leave) keeps its plain stems.
 */
const WHOLE_WORDS = new Set(['meninggal']);

/** A word as both stemmers read it: kh as h. */
const asRead = (word: string) => word.replace(KH, 'h');

/**
 * The one stem of a word no ending comes off, for both stemmers: a number, a short word, or a word of WHOLE_WORDS
 * with its particles and possessives off ("meninggalnya"); undefined for any other word.
 */
function onlyStem(word: string): string | undefined {
  if (/^\d/.test(word) || word.length <= MIN_STEM) return word;
  return withAndWithout(withAndWithout([word], ['lah', 'kah', 'pun']), ['nya', 'ku', 'mu']).find((form) => WHOLE_WORDS.has(form));
}

/**
 * Light stems of one lowercase word: Indonesian particles, possessives, -kan/-an/-i and prefixes, then English
 * plural and tense endings. Every word goes through both, whatever its language: the stems only have to agree
 * between a question and the article, not to be dictionary roots. An ending that may belong to the root
 * ("menikah", "berdiri") gives a stem with it and one without, so "menikah" meets "pernikahan" and
 * "memenangi" meets "kemenangan".
 */
export function stems(word: string): string[] {
  word = asRead(word);
  const only = onlyStem(word);
  if (only !== undefined) return [only];
  const bare = withAndWithout(withAndWithout(withAndWithout([word], ['lah', 'kah', 'pun']), ['nya', 'ku', 'mu']), ['kan', 'an', 'i']);
  return [...new Set(bare.flatMap(stripPrefixes).map(stemEnglish))];
}

/** One set of stems per word, every ending taken off: for weighing terms, where extra stems would count twice. */
function rootStems(word: string): string[] {
  word = asRead(word);
  const only = onlyStem(word);
  if (only !== undefined) return [only];
  const bare = stripSuffix(stripSuffix(stripSuffix(word, ['lah', 'kah', 'pun']), ['nya', 'ku', 'mu']), ['kan', 'an']);
  return [...new Set(stripPrefixes(bare).map(stemEnglish))];
}

/** The stemmed content terms of a text, for ranking and matching. */
export function terms(text: string): string[] {
  return contentWords(text).flatMap(rootStems);
}
