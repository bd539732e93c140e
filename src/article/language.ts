import { francAll } from 'franc';

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

const englishNames = new Intl.DisplayNames(['en'], { type: 'language', fallback: 'none' });

/** The English name of a language code: "id" → "Indonesian"; "und" reads well in a prompt or a reply. */
export function languageName(code: string): string {
  if (code === UNDETERMINED) return "the article's language";
  const listed = LANGUAGES[code]?.[0];
  if (listed) return listed;
  try {
    return englishNames.of(code) ?? code;
  } catch {
    return code;
  }
}

// franc tells Indonesian and Malay apart poorly; their standard spellings differ in common words.
const INDONESIAN_SPELLINGS = new Set(['bahwa', 'karena', 'pemerintah', 'setelah', 'polisi', 'uang', 'bisa', 'kantor', 'kendaraan']);
const MALAY_SPELLINGS = new Set(['bahawa', 'kerana', 'kerajaan', 'selepas', 'polis', 'wang', 'hospital', 'baharu', 'kenderaan']);

function malayOrIndonesian(text: string, francsChoice: string): string {
  let indonesian = 0;
  let malay = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (INDONESIAN_SPELLINGS.has(word)) indonesian++;
    if (MALAY_SPELLINGS.has(word)) malay++;
  }
  if (indonesian === malay) return francsChoice;
  return indonesian > malay ? 'ind' : 'zlm';
}

/** franc answers in ISO 639-3; Intl knows the CLDR aliases to 639-1 ("ind" → "id"). */
function toIso6391(iso6393: string): string {
  if (iso6393 === 'zlm') return 'ms';
  const [canonical] = Intl.getCanonicalLocales(iso6393);
  return canonical && /^[a-z]{2}$/.test(canonical) ? canonical : UNDETERMINED;
}

// franc's trigram profile settles within a few paragraphs; reading more only costs time.
const DETECTION_SAMPLE_CHARS = 2000;

/** The text's language as an ISO 639-1 code, or "und" when it cannot be told. */
export function detectLanguage(text: string): string {
  const sample = text.slice(0, DETECTION_SAMPLE_CHARS);
  const [best, runnerUp] = francAll(sample);
  if (!best || best[0] === UNDETERMINED) return UNDETERMINED;
  const pair = new Set([best[0], runnerUp?.[0]]);
  const iso6393 = pair.has('ind') && pair.has('zlm') ? malayOrIndonesian(sample, best[0]) : best[0];
  return toIso6391(iso6393);
}
