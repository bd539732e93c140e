import { withoutEnclitic, wordsOf } from './words.js';

/**
 * The ways one name or title is written on each side of a translation. Translation checks
 * read it source to target; grounding reads it back (is "White House" in an article that
 * says "Gedung Putih"?). A glossary entry has the same shape.
 */
export interface Rendering {
  source: readonly string[];
  target: readonly string[];
}

const rendering = (source: string, target: string): Rendering => ({ source: source.split('|'), target: target.split('|') });

/** Countries, places, institutions, titles, days and months as Indonesian news writes them, with their English names. */
export const EXONYMS: readonly Rendering[] = [
  // countries and peoples
  rendering('Rusia', 'Russia|Russian|Russians'),
  rendering('Ukraina', 'Ukraine|Ukrainian|Ukrainians'),
  rendering('Amerika Serikat|AS|Amerika', 'United States|US|USA|America|American|Americans'),
  rendering('Inggris|Britania Raya', 'Britain|British|UK|United Kingdom|England|English'),
  rendering('Jerman', 'Germany|German|Germans'),
  rendering('Prancis|Perancis', 'France|French'),
  rendering('Belanda', 'Netherlands|Dutch|Holland'),
  rendering('Polandia', 'Poland|Polish'),
  rendering('Tiongkok|Cina', 'China|Chinese'),
  rendering('Jepang', 'Japan|Japanese'),
  rendering('Korea Selatan|Korsel', 'South Korea|South Korean'),
  rendering('Korea Utara|Korut', 'North Korea|North Korean'),
  rendering('Arab Saudi', 'Saudi Arabia|Saudi'),
  rendering('Mesir', 'Egypt|Egyptian'),
  rendering('Turki', 'Turkey|Türkiye|Turkish'),
  rendering('Yunani', 'Greece|Greek'),
  rendering('Spanyol', 'Spain|Spanish'),
  rendering('Italia', 'Italy|Italian'),
  rendering('Swiss', 'Switzerland|Swiss'),
  rendering('Swedia', 'Sweden|Swedish'),
  rendering('Norwegia', 'Norway|Norwegian'),
  rendering('Finlandia', 'Finland|Finnish'),
  rendering('Belgia', 'Belgium|Belgian'),
  rendering('Selandia Baru', 'New Zealand'),
  rendering('Filipina', 'Philippines|Filipino'),
  rendering('Singapura', 'Singapore|Singaporean'),
  rendering('Irak', 'Iraq|Iraqi'),
  rendering('Suriah', 'Syria|Syrian'),
  rendering('Palestina', 'Palestine|Palestinian|Palestinians'),
  rendering('Yordania', 'Jordan|Jordanian'),
  rendering('Yaman', 'Yemen|Yemeni'),
  rendering('Afganistan', 'Afghanistan|Afghan'),
  rendering('Afrika Selatan', 'South Africa|South African'),
  rendering('Meksiko', 'Mexico|Mexican'),
  rendering('Kanada', 'Canada|Canadian'),
  // regions and cities
  rendering('Eropa', 'Europe|European|Europeans'),
  rendering('Afrika', 'Africa|African'),
  rendering('Timur Tengah', 'Middle East'),
  rendering('Barat', 'West|Western'),
  rendering('Timur', 'East|Eastern'),
  rendering('Moskow', 'Moscow'),
  rendering('Den Haag', 'The Hague|Hague'),
  rendering('Jenewa', 'Geneva'),
  rendering('Brussel', 'Brussels'),
  rendering('Wina', 'Vienna'),
  rendering('Roma', 'Rome'),
  // institutions
  rendering('Uni Eropa|UE', 'European Union|EU'),
  rendering('Perserikatan Bangsa-Bangsa|PBB', 'United Nations|UN'),
  rendering('Dewan Keamanan', 'Security Council'),
  rendering('Gedung Putih', 'White House'),
  rendering('Departemen Luar Negeri|Deplu', 'State Department|Department of State'),
  rendering('Kementerian Luar Negeri|Kemlu', 'Foreign Ministry|Ministry of Foreign Affairs|Foreign Office'),
  rendering('Kementerian', 'Ministry|Department'),
  rendering('Kedutaan Besar|Kedubes|Kedutaan', 'Embassy'),
  rendering('Bank Dunia', 'World Bank'),
  rendering('Dana Moneter Internasional', 'International Monetary Fund|IMF'),
  rendering('Mahkamah Agung', 'Supreme Court'),
  rendering('Dewan Perwakilan Rakyat|DPR', 'House of Representatives|Parliament'),
  rendering('Kongres', 'Congress'),
  rendering('Pemerintah', 'Government'),
  // titles
  rendering('Wakil Presiden|Wapres', 'Vice President|Vice-President'),
  rendering('Perdana Menteri|PM', 'Prime Minister|PM|Premier'),
  rendering('Menteri Luar Negeri|Menlu', 'Foreign Minister|Foreign Affairs Minister|Foreign Secretary|Secretary of State'),
  rendering('Menteri Pertahanan|Menhan', 'Defence Minister|Defense Minister|Defence Secretary|Defense Secretary'),
  rendering('Menteri', 'Minister|Secretary'),
  rendering('Kanselir', 'Chancellor'),
  rendering('Raja', 'King'),
  rendering('Ratu', 'Queen'),
  rendering('Juru Bicara|Jubir', 'Spokesperson|Spokesman|Spokeswoman'),
  rendering('Duta Besar|Dubes', 'Ambassador'),
  rendering('Sekretaris Jenderal|Sekjen', 'Secretary-General|Secretary General'),
  rendering('Gubernur', 'Governor'),
  rendering('Wali Kota|Walikota', 'Mayor'),
  rendering('Jenderal', 'General'),
  // days and months
  rendering('Senin', 'Monday'),
  rendering('Selasa', 'Tuesday'),
  rendering('Rabu', 'Wednesday'),
  rendering('Kamis', 'Thursday'),
  rendering('Jumat', 'Friday'),
  rendering('Sabtu', 'Saturday'),
  rendering('Minggu', 'Sunday'),
  rendering('Januari', 'January'),
  rendering('Februari', 'February'),
  rendering('Maret', 'March'),
  rendering('Mei', 'May'),
  rendering('Juni', 'June'),
  rendering('Juli', 'July'),
  rendering('Agustus', 'August'),
  rendering('Oktober', 'October'),
  rendering('Desember', 'December'),
];

// Each rendering's forms split into lowercase words once; a WeakMap lets per-request glossaries go.
const formWordsCache = new WeakMap<Rendering, Record<keyof Rendering, string[][]>>();

function formWords(rendering: Rendering): Record<keyof Rendering, string[][]> {
  let words = formWordsCache.get(rendering);
  if (!words) {
    const split = (forms: readonly string[]) => forms.map((form) => wordsOf(form).map((word) => word.text.toLowerCase()));
    words = { source: split(rendering.source), target: split(rendering.target) };
    formWordsCache.set(rendering, words);
  }
  return words;
}

/**
 * The longest rendering whose `side` spells out `words` from `start`, and how many words it
 * covers. An enclitic on a word does not hide it ("Baratnya" is "Barat").
 */
export function renderingAt(
  renderings: readonly Rendering[],
  side: keyof Rendering,
  words: readonly string[],
  start: number,
): { rendering: Rendering; length: number } | undefined {
  const first = words[start]?.toLowerCase();
  if (first === undefined) return undefined;
  const byFirstWord = formsByFirstWord(renderings, side);
  // Forms starting with the word as written or without its enclitic, in the table's order.
  const candidates = [...(byFirstWord.get(first) ?? []), ...(byFirstWord.get(withoutEnclitic(first)) ?? [])].sort((a, b) => a.order - b.order);
  let best: { rendering: Rendering; length: number } | undefined;
  for (const { rendering, form } of candidates) {
    const spelt = form.every((formWord, offset) => {
      const word = words[start + offset]?.toLowerCase();
      return word !== undefined && (word === formWord || withoutEnclitic(word) === formWord);
    });
    if (spelt && form.length > (best?.length ?? 0)) best = { rendering, length: form.length };
  }
  return best;
}

interface IndexedForm {
  rendering: Rendering;
  form: string[];
  /** Its place in the table, so the first of equally long matches wins as it would in a scan. */
  order: number;
}

// Each table's forms by their first word, once per table and side: scanning the whole table at
// every word of a text was the largest part of a request's grounding check.
const formIndexes = new WeakMap<readonly Rendering[], Partial<Record<keyof Rendering, Map<string, IndexedForm[]>>>>();

function formsByFirstWord(renderings: readonly Rendering[], side: keyof Rendering): Map<string, IndexedForm[]> {
  let sides = formIndexes.get(renderings);
  if (!sides) {
    sides = {};
    formIndexes.set(renderings, sides);
  }
  let index = sides[side];
  if (!index) {
    index = new Map();
    let order = 0;
    for (const rendering of renderings) {
      for (const form of formWords(rendering)[side]) {
        order += 1;
        if (form.length === 0) continue;
        const forms = index.get(form[0]!) ?? [];
        forms.push({ rendering, form, order });
        index.set(form[0]!, forms);
      }
    }
    sides[side] = index;
  }
  return index;
}
