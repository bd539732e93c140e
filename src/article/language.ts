import { FUNCTION_WORDS, INDONESIAN_SPELLINGS, MALAY_SPELLINGS } from './function-words.js';

const UNDETERMINED = 'und';

/**
 * The languages a journalist can name, by ISO 639-1 code: English name first, then the
 * other names people type (English and Indonesian). "bahasa" alone means Indonesian,
 * as it does in English newsroom talk.
 */
const LANGUAGES: Record<string, readonly string[]> = {
  en: ['English', 'Inggris'],
  id: ['Indonesian', 'Indonesia', 'bahasa'],
  ms: ['Malay', 'Melayu', 'Malaysian', 'Malaysia'],
  jv: ['Javanese', 'Jawa'],
  su: ['Sundanese', 'Sunda'],
  tl: ['Filipino', 'Tagalog'],
  zh: ['Chinese', 'Mandarin', 'Tionghoa', 'Cina', 'China', 'Tiongkok'],
  ja: ['Japanese', 'Jepang'],
  ko: ['Korean', 'Korea'],
  th: ['Thai'],
  vi: ['Vietnamese', 'Vietnam'],
  hi: ['Hindi'],
  ar: ['Arabic', 'Arab'],
  fa: ['Persian', 'Farsi', 'Persia'],
  tr: ['Turkish', 'Turki'],
  ru: ['Russian', 'Rusia'],
  uk: ['Ukrainian', 'Ukraina'],
  pl: ['Polish', 'Polandia'],
  de: ['German', 'Jerman'],
  fr: ['French', 'Prancis', 'Perancis'],
  es: ['Spanish', 'Spanyol'],
  pt: ['Portuguese', 'Portugis'],
  it: ['Italian', 'Italia'],
  nl: ['Dutch', 'Belanda'],
};

const byName = new Map<string, string>(
  Object.entries(LANGUAGES).flatMap(([code, names]) => [
    [code, code] as const,
    ...names.map((name) => [name.toLowerCase(), code] as const),
  ]),
);

/** The language a journalist named ("en", "English", "Inggris", "bahasa Indonesia"), as an ISO 639-1 code. */
export function parseLanguage(input: string): string | undefined {
  const name = input
    .trim()
    .toLowerCase()
    .replace(/[.,:;!?]+$/, '')
    .replace(/^bahasa\s+(?=\S)/, '')
    .replace(/\s+language$/, '');
  return byName.get(name);
}

// Built on first use: loading its locale data is a measurable share of start-up, and most codes are listed above.
let englishNames: Intl.DisplayNames | undefined;

/** The English name of a language code: "id" → "Indonesian"; "und" reads well in a prompt or a reply. */
export function languageName(code: string): string {
  if (code === UNDETERMINED) return "the article's language";
  const listed = LANGUAGES[code]?.[0];
  if (listed) return listed;
  try {
    englishNames ??= new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });
    return englishNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// A few paragraphs settle it; reading more only costs time.
const DETECTION_SAMPLE_CHARS = 2000;

/** Languages of the scripts that are not Latin, each told apart by letters of its own. */
const SCRIPTS: ReadonlyArray<[RegExp, (sample: string) => string]> = [
  [/\p{Script=Hangul}/gu, () => 'ko'],
  // Japanese mixes kana with kanji; Chinese has no kana.
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu, (sample) => (/[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(sample) ? 'ja' : 'zh')],
  [/\p{Script=Thai}/gu, () => 'th'],
  [/\p{Script=Arabic}/gu, (sample) => (/[پچژگ]/.test(sample) ? 'fa' : 'ar')],
  [/\p{Script=Cyrillic}/gu, (sample) => (/[іїєґІЇЄҐ]/.test(sample) ? 'uk' : 'ru')],
  [/\p{Script=Devanagari}/gu, () => 'hi'],
];

const languagesOfWord = new Map<string, string[]>();
for (const [code, words] of Object.entries(FUNCTION_WORDS)) {
  for (const word of words.split(' ')) languagesOfWord.set(word, [...(languagesOfWord.get(word) ?? []), code]);
}

/** Fewer function words than this, or than this share of the words, and the text cannot be told. */
const MIN_FUNCTION_WORDS = 3;
const MIN_FUNCTION_WORD_SHARE = 0.1;

/**
 * The text's language as an ISO 639-1 code, or "und" when it cannot be told. Limited to the
 * languages Newsdesk handles (see LANGUAGES): the script first, then, for Latin script, which
 * language's commonest words the text uses most. It runs on every article, so it must be cheap:
 * a few microseconds, where a general 400-language detector took milliseconds.
 */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, DETECTION_SAMPLE_CHARS);
  if (/[^\u0000-\u024f\u1e00-\u1eff\u2000-\u206f]/.test(sample)) {
    const latin = sample.match(/\p{Script=Latin}/gu)?.length ?? 0;
    const [count, language] = SCRIPTS.map(([letters, language]) => [sample.match(letters)?.length ?? 0, language] as const).reduce((a, b) => (b[0] > a[0] ? b : a));
    if (count > latin) return language(sample);
  }
  // Runs of letters (\p{L}+), ASCII tried first: half the time of the property test alone on every character.
  const words = sample.toLowerCase().match(/(?:[a-z]|\p{L})+/gu) ?? [];
  const hits = new Map<string, number>();
  for (const word of words) for (const code of languagesOfWord.get(word) ?? []) hits.set(code, (hits.get(code) ?? 0) + 1);
  const [best, count] = [...hits].reduce((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
  if (count < MIN_FUNCTION_WORDS || count < MIN_FUNCTION_WORD_SHARE * words.length) return UNDETERMINED;
  return best === 'ms' ? indonesianOrMalay(words) : best;
}

/** Indonesian unless Malay spellings outnumber Indonesian ones. */
function indonesianOrMalay(words: readonly string[]): string {
  let indonesian = 0;
  let malay = 0;
  for (const word of words) {
    if (INDONESIAN_SPELLINGS.has(word)) indonesian++;
    if (MALAY_SPELLINGS.has(word)) malay++;
  }
  return malay > indonesian ? 'ms' : 'id';
}
