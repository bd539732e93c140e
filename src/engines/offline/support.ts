/**
 * Whether a passage supports each thing a question is about, word by word rather than by overall overlap, in one
 * form or another: "didirikan" is supported by "pendiri", "Perancis" by "Prancis", "Niño" by "Nino", "orang tua"
 * by "orangtua", "T. P. Simanjuntak" stands for "Tigor Parulian Simanjuntak", "PNSR" for "Percetakan Negara Sari
 * Raya", and "Raja X (1620 – 1681)" says when X was born and died. One changed or added word — "the
 * smallest" for "the largest", "in 1852", "closed" for "founded" — is what turns an answerable question into one
 * the text does not answer; how much each unsupported word weighs is unstated.ts's to say.
 */
import { translations } from './lexicon.js';
import { isStopword } from '../../checks/stopwords.js';
import { isFrameWord, isNegation } from './question.js';
import { contentWords, stems } from './terms.js';

/** One thing the question turns on: the stems of a word and of its translations, any of which may match. */
export interface Concept {
  word: string;
  stems: ReadonlySet<string>;
  /** Written with a capital inside the question, or an acronym: a name, which no paraphrase stands in for. */
  name: boolean;
  /**
   * False for a word that frames the question yet may also be in its answer ("letak" in "di mana letak X?",
   * "luas" is not one): it helps find the answer but the answer need not have it.
   */
  required: boolean;
  /**
   * For a name, the run of capitalised words it stands in, lowercased ("pasar ikan tanjung sari"): a title or given
   * name missing from a name the text gives otherwise is a variant of it, a last word missing is another name.
   */
  nameRun: readonly string[];
}

/** What a passage offers to match: its stems (with counts) and, for initials, the first letters of its words. */
export interface PassageTerms {
  stems: Map<string, number>;
  /** Initials ("M.", "S."), lowercased without their dot, for names given by initials. */
  initials: Set<string>;
  /** The words as written (lowercased), for spellings one letter apart. */
  words: Set<string>;
  /** The initials of each run of capitalised words, lowercased ("pnri" of "Percetakan Negara Republik Indonesia"). */
  acronyms: Set<string>;
  /** Words the passage refers back to its subject by, lowercased: "pulau" of "pulau ini", "jembatan" of "jembatan itu". */
  referring: Set<string>;
}

/** Stands for "any number" in a passage, so "how many …?" favours passages that give one. */
export const A_NUMBER = '#number';

// Compounds written as two words or one ("orang tua", "orangtua"): one term either way, and "ibu kota" is not "ibu";
// with a possessive too ("orang tuanya", "ibu kotanya"). The seasons are compounds too: "musim gugur" (autumn) is
// no death ("gugur"), "musim panas" no heat. "Kantor pusat" (head office, "berkantor pusat") is one term, which the
// lexicon meets with "bermarkas", and "kantor cabang" is not it; so are "ulang tahun" and "hari jadi", which the
// lexicon meets with "HUT" (hari ulang tahun).
const COMPOUNDS = /\b(orang|ibu|rumah|kereta|tanah|sepak|musim|(?:ber)?kantor|ulang|hari)\s+(tua|kota|sakit|api|air|bola|pusat|tahun|jadi|gugur|semi|panas|dingin|hujan|kemarau)(?=(?:nya|ku|mu)?\b)/giu;
const COMPOUND_PAIRS = new Set([
  'orang tua', 'ibu kota', 'rumah sakit', 'kereta api', 'tanah air', 'sepak bola',
  'kantor pusat', 'berkantor pusat', 'ulang tahun', 'hari jadi',
  'musim gugur', 'musim semi', 'musim panas', 'musim dingin', 'musim hujan', 'musim kemarau',
]);

// "di gunakan", "di lakukan": the passive prefix written apart from a verb with "-kan", as people often type it; no
// place is written lowercase with that ending.
const DETACHED_PASSIVE = /\b(di)\s+(\p{Ll}{3,}kan)\b/gu;

/**
 * The text as its words are compared: accents folded ("Niño" is "Nino", "Xiǎopíng" is "Xiaoping", as questions
 * are typed) and two-word compounds joined.
 */
export function comparable(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .replace(COMPOUNDS, (pair: string, first: string, second: string) =>
      COMPOUND_PAIRS.has(`${first} ${second}`.toLowerCase()) ? `${first}${second}` : pair,
    )
    .replace(DETACHED_PASSIVE, '$1$2');
}

/** The words and numbers of a text as comparable() gives them, in order, their case kept. */
export function comparableTokens(text: string): string[] {
  return [...comparable(text).matchAll(/[\p{L}\p{N}]+/gu)].map(([token]) => token);
}

/**
 * Function words that set a question's time against the text's ("sebelum", "setelah", "sementara"): "what happened
 * after X?" is not answered by a text that tells only X, so they count as words the answer must have.
 */
const TIME_RELATIONS = new Set(['sebelum', 'sesudah', 'setelah', 'sementara', 'before', 'after']);
const timeRelationsIn = (text: string) => (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => TIME_RELATIONS.has(word));
/**
 * Function words that give a cause ("karena", "because"): a passage that has one states a cause, as the lexicon's
 * "penyebab", "alasan", "sebab" ask ("krisis itu terjadi karena …" answers "apa penyebab krisis itu?").
 */
const CAUSE_MARKERS = new Set(['karena', 'because']);

// "Alfonso VI (Juni 1040 – 1 Juli 1109)": an encyclopedia's two years in brackets after a name are a birth and a
// death. A span too short or too long for a life ("(1980–1985)", a term of office) is something else.
const BRACKETED_YEARS = /(?<=\p{Lu}[\p{L}.]*\s*)\(([^()]*?[–—-][^()]*?)\)/gu;
const LIFE = { shortest: 10, longest: 120 };
const LIFE_WORDS = ['lahir', 'meninggal'];

/** Whether the text gives someone's life span, "Name (born – died)". */
function givesLifeSpan(text: string): boolean {
  for (const [, inside] of text.matchAll(BRACKETED_YEARS)) {
    const years = (inside!.match(/(?<!\d)\d{3,4}(?!\d)/g) ?? []).map(Number);
    const span = years.length >= 2 ? years.at(-1)! - years[0]! : 0;
    if (span >= LIFE.shortest && span <= LIFE.longest) return true;
  }
  return false;
}

// "pulau ini", "jembatan itu", "kabupaten tersebut": a noun and a demonstrative, the text's subject referred back to.
const REFERRING = /\b(\p{L}{3,})\s+(?:ini|itu|tersebut)\b/giu;

export function passageTerms(text: string): PassageTerms {
  const counts = new Map<string, number>();
  if (givesLifeSpan(text)) for (const stem of LIFE_WORDS.flatMap(stems)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  const words = new Set<string>();
  // Read before compounds are joined: "Rumah Sakit Umum Daerah" is "RSUD".
  const acronyms = acronymsOf(text.normalize('NFD').replace(/\p{M}+/gu, ''));
  text = comparable(text);
  // Time relations and cause markers are function words, which contentWords leaves out: counted here, in one pass.
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (TIME_RELATIONS.has(word) || CAUSE_MARKERS.has(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  for (const word of contentWords(text)) {
    words.add(word);
    for (const stem of /^\d/.test(word) ? [word, A_NUMBER] : stems(word)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  const initials = new Set<string>();
  for (const [, letter] of text.matchAll(/(?<![\p{L}\p{N}])(\p{Lu})\./gu)) initials.add(letter!.toLowerCase());
  const referring = new Set<string>();
  for (const [, word] of text.matchAll(REFERRING)) referring.add(word!.toLowerCase());
  return { stems: counts, initials, words, acronyms, referring };
}

/** Longest name an acronym is read from, in words. */
const ACRONYM_REACH = 6;

/** The acronyms a passage's names make: every stretch of two or more capitalised words, by its initials. */
function acronymsOf(text: string): Set<string> {
  const acronyms = new Set<string>();
  for (const [run] of text.matchAll(/\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)+/gu)) {
    const initials = run.split(/\s+/).map((word) => word[0]!.toLowerCase());
    for (let start = 0; start < initials.length; start++) {
      for (let end = start + 2; end <= Math.min(initials.length, start + ACRONYM_REACH); end++) acronyms.add(initials.slice(start, end).join(''));
    }
  }
  return acronyms;
}

/** The terms of several passages read as one: a sentence with its neighbour, or with its paragraph's lead. */
export function mergedTerms(passages: readonly PassageTerms[]): PassageTerms {
  const merged: PassageTerms = { stems: new Map(), initials: new Set(), words: new Set(), acronyms: new Set(), referring: new Set() };
  for (const passage of passages) {
    for (const [stem, n] of passage.stems) merged.stems.set(stem, (merged.stems.get(stem) ?? 0) + n);
    for (const initial of passage.initials) merged.initials.add(initial);
    for (const word of passage.words) merged.words.add(word);
    for (const acronym of passage.acronyms) merged.acronyms.add(acronym);
    for (const word of passage.referring) merged.referring.add(word);
  }
  return merged;
}

const isCapitalised = (token: string) => /^\p{Lu}/u.test(token);

// Question words and the words around them, whose misspellings a question may carry.
const QUESTION_WORDS = ['bagaimana', 'dimanakah', 'dimana', 'dengan', 'apakah', 'siapakah', 'kapankah', 'berapakah', 'berapa', 'adalah', 'maksud', 'dimaksud'];

const isFunctionWord = (word: string) => isFrameWord(word) || isStopword(word);

/**
 * A question word mistyped from a function word ("bagaiaman", "denga") or two run together ("yangdimaksud"):
 * a slip of the keyboard, not a word the answer must contain.
 */
function isMistypedFunctionWord(word: string): boolean {
  if (word.length < 4 || /^\d/.test(word)) return false;
  for (let i = 2; i <= word.length - 2; i++) if (isFunctionWord(word.slice(0, i)) && isFunctionWord(word.slice(i))) return true;
  // Checked against the question words only: a stopword one letter off is often a real word ("dan", "dam").
  // Letters typed out of order ("bagaiaman", "dimaan") are a slip too, when the word starts as the question word does.
  return QUESTION_WORDS.some((frame) => oneLetterOff(word, frame) || sameLettersReordered(word, frame));
}

/** The same letters in another order, from the same first two, for words of five letters or more. */
function sameLettersReordered(a: string, b: string): boolean {
  const sorted = (word: string) => [...word].sort().join('');
  return a !== b && a.length === b.length && a.length >= 5 && a.slice(0, 2) === b.slice(0, 2) && sorted(a) === sorted(b);
}

/** One letter dropped, added or changed, for words of four letters or more. */
function oneLetterOff(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 4) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

/** The words of a question it turns on, without those that only negate it; words that frame it are kept as hints. */
export function questionConcepts(question: string): Concept[] {
  question = comparable(question);
  const tokens = [...question.matchAll(/[\p{L}\p{N}]+/gu)].map(([token]) => token);
  const written = new Map<string, string>();
  for (const token of tokens.slice(1)) written.set(token.toLowerCase(), token);
  const runs = nameRuns(tokens);
  // "Berapa lama …?", "how long …?" ask for a duration, which the answer gives without the word.
  const framesDuration = (word: string) => /^(?:lama|long)$/.test(word) && /\b(?:berapa|how)\s+(?:lama|long)\b/i.test(question);
  // "Apa saja jenis X?", "jenis-jenis X" ask for the kinds of X, which an answer that speaks of no kinds does not give.
  const asksKinds = (word: string) => word === 'jenis' && /\bjenis-jenis\b|\bapa(?:kah)?\s+saja\b/i.test(question);
  const relations: Concept[] = [...new Set(timeRelationsIn(question))].map((word) => ({ word, stems: new Set([word]), name: false, required: true, nameRun: [] }));
  return contentWords(question)
    .filter((word) => !isNegation(word) && !isMistypedFunctionWord(word))
    .map((word): Concept => {
      const original = written.get(word) ?? '';
      const name = isCapitalised(original) && !/^\d/.test(word);
      const nameRun = name ? (runs.find((run) => run.includes(word)) ?? [word]) : [];
      // The lexicon's groups are synonyms as well as translations: "start" finds "begin", "mulai" finds "dimulai".
      return { word, stems: translations(stems(word)), name, required: (!isFrameWord(word) || asksKinds(word)) && !framesDuration(word), nameRun };
    })
    .concat(relations);
}

/**
 * The names in the question (capitalised past its first word) that questionConcepts leaves out as mistyped question
 * words, for the function words they split into: "Dian" ("di", "an").
 */
export function namesReadAsSlips(question: string): Concept[] {
  const tokens = comparableTokens(question).slice(1);
  return tokens
    .filter((token) => isCapitalised(token) && !isStopword(token.toLowerCase()) && isMistypedFunctionWord(token.toLowerCase()))
    .map((token) => {
      const word = token.toLowerCase();
      return { word, stems: new Set(stems(word)), name: true, required: true, nameRun: [word] };
    });
}

/** The runs of capitalised words after the question's first word, lowercased: "Kapan Pasar Ikan Tanjung Sari dibuka?" has one. */
function nameRuns(tokens: readonly string[]): string[][] {
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of [...tokens.slice(1), '']) {
    if (isCapitalised(token) && !isStopword(token.toLowerCase())) run.push(token.toLowerCase());
    else if (run.length > 0) (runs.push(run), (run = []));
  }
  return runs;
}

/**
 * Two spellings one letter apart ("homeostatis", "homeostasis", "Prancis", "Perancis"): a typo or a variant. Only
 * words as written are compared, and long ones: stems and short words one letter apart are often different words
 * ("tinggal", "tanggal").
 */
export const oneEditApart = (a: string, b: string): boolean => Math.min(a.length, b.length) >= 6 && oneLetterOff(a, b);

/** Shorter words folded alike are often different words. */
const MIN_BORROWED = 5;
/** Words already folded: a passage's words are compared with every question word the passage lacks. */
const SPOKEN = new Map<string, string>();
const SPOKEN_CACHE = 50_000;

/**
 * A word with the letters a borrowed word is spelt with in one language and not the other folded together, so
 * "dealer" meets "diler", "classic" "klasik", "photo" "foto", "aktivitas" "aktifitas", "Tokyo" "Tokio": c and q as k,
 * ph and v as f, th as t, ea and ee as i, oo as u, y as i, x as ks, and double letters single.
 */
function spokenAs(word: string): string {
  let spoken = SPOKEN.get(word);
  if (spoken === undefined) {
    if (SPOKEN.size > SPOKEN_CACHE) SPOKEN.clear();
    spoken = word
      .replace(/ph/g, 'f')
      .replace(/th/g, 't')
      .replace(/e[ae]/g, 'i')
      .replace(/oo/g, 'u')
      .replace(/[cq]/g, 'k')
      .replace(/v/g, 'f')
      .replace(/y/g, 'i')
      .replace(/x/g, 'ks')
      .replace(/(\p{L})\1+/gu, '$1');
    SPOKEN.set(word, spoken);
  }
  return spoken;
}

/**
 * How often the passage has the concept: by stem, else once for a spelling one letter off (for a name, not its first
 * letter: "Barangsari" is another place than "Karangsari") or, for a word of five letters or more, a borrowed word's
 * other spelling ("diler" of "dealer").
 */
export function frequencyIn(passage: PassageTerms, concept: Concept): number {
  let count = 0;
  for (const stem of concept.stems) count += passage.stems.get(stem) ?? 0;
  if (count > 0) return count;
  // "PNSR" in the question, "Percetakan Negara Sari Raya" in the text.
  if (concept.name && concept.word.length >= 3 && passage.acronyms.has(concept.word)) return 1;
  for (const known of passage.words) if (oneEditApart(concept.word, known) && (!concept.name || known[0] === concept.word[0])) return 1;
  if (concept.word.length >= MIN_BORROWED) {
    const spoken = spokenAs(concept.word);
    for (const known of passage.words) if (spokenAs(known) === spoken) return 1;
  }
  return 0;
}

/**
 * The concepts the passage does not support. A name the question spells out in full is supported by its initials
 * when the passage has the rest of it ("T. P. Simanjuntak"), since a name's parts stand or fall together.
 */
export function unsupported(concepts: readonly Concept[], passage: PassageTerms): Concept[] {
  const missing = concepts.filter((concept) => concept.required && frequencyIn(passage, concept) === 0);
  const namesFound = concepts.some((concept) => concept.name && !missing.includes(concept));
  return missing.filter((concept) => !(concept.name && namesFound && passage.initials.has(concept.word[0]!)));
}
