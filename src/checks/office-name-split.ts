import { regExpLiteral } from '../regexp-literal.js';
import { COMPASS, HEADING_TITLES, isFunctionWord, NAME_LIKE_TITLES, ORGANISATION_WORDS, PLACE_UNITS, PLACES, TITLES, UNIT_WORDS } from './names.js';

// Where a speaker's name starts when a run of capitals ran an office into it ("Perindustrian Budi Santoso",
// "Kalsel Budi", "Polda Lestari Komisaris Besar Budi Santoso"): the words in front are the office's.

// Indonesia's provinces by name and by the short forms the press uses ("Jateng", "Kalsel"): before a name they
// are where the office is.
const PROVINCES = new Set(
  `aceh sumut sumbar riau kepri jambi sumsel babel bengkulu lampung dki jakarta jabar banten jateng diy yogyakarta
  jatim bali ntb ntt kalbar kalteng kalsel kaltim kaltara sulut gorontalo sulteng sulbar sulsel sultra maluku malut
  papua pabar jawa sumatera sumatra kalimantan sulawesi nusa tenggara`.split(/\s+/),
);
// Nouns naming a field or an activity, by their form: per-…-an, pe-…-an, ke-…-an ("Perindustrian", "Kesehatan"),
// -sional/-sial ("Nasional", "Sosial") and long ones in -si ("Komunikasi"). What an office is for, never a name.
const FIELD_NOUN = /^(?:Per|Pen|Pem|Peng|Peny|Pel|Pe|Ke)\p{Ll}{3,}an$|^\p{Lu}\p{Ll}*(?:sional|sial)$|^\p{Lu}\p{Ll}{4,}si$/u;
// Bodies of the state named by their form: ministries ("Kemenlestari"), the police and its commands.
const STATE_BODY = String.raw`Kemen\p{Ll}{2,}|Pol(?:ri|da|res|resta|sek)|Mabes`;
const STATE_BODY_FORM = new RegExp(`^(?:${STATE_BODY})$`, 'u');
// Bodies named by their form: those of the state, local governments, a company's legal form, places of business.
const BODY_FORM = new RegExp(`^(?:${STATE_BODY}|Pem(?:prov|kot|kab)|PT|CV|Tbk|Persero|Hotel|Resort|Grup|Group|Terminal|Taman|Bandara|Pelabuhan)$`, 'u');
// A unit's number in Roman numerals ("Wilayah IV", "Kodam III").
const ROMAN_NUMBER = /^(?:I{2,3}|I?V|VI{1,3}|I?X|XI{1,3})$/;
// Honorifics stand before a name and go with it: "KH Budi", "H. Budi", "Dr. Budi".
const HONORIFICS = new Set(['kh', 'h', 'hj', 'dr', 'drs', 'prof', 'ir', 'pak', 'bu', 'ibu', 'bapak', 'kiai', 'kyai', 'habib', 'ustaz', 'ustadz', 'mr', 'mrs', 'ms']);
// Ranks of the police and the armed forces, in one word or two: they end the office and open the name.
const ONE_WORD_RANKS = new Set(['akbp', 'akp', 'kombes', 'irjen', 'brigjen', 'komjen', 'kompol', 'iptu', 'ipda', 'aiptu', 'aipda', 'bripka', 'kolonel', 'letkol', 'mayjen', 'letjen', 'marsda', 'marsma', 'laksma', 'laksda', 'kapten']);
const RANK_PAIRS: Record<string, ReadonlySet<string>> = {
  komisaris: new Set(['besar', 'jenderal', 'polisi']),
  inspektur: new Set(['jenderal', 'polisi']),
  brigadir: new Set(['jenderal']),
  mayor: new Set(['jenderal']),
  letnan: new Set(['jenderal', 'kolonel', 'satu', 'dua']),
  laksamana: new Set(['pertama', 'muda', 'madya']),
  marsekal: new Set(['pertama', 'muda', 'madya']),
};

/** Where a rank written from `i` ends ("Ajun Komisaris Besar", "Inspektur Jenderal", "AKBP"); `i` when none starts there. */
function rankEnd(words: readonly string[], i: number): number {
  let at = i;
  if (words[at]?.toLowerCase() === 'ajun') at++;
  const first = words[at]?.toLowerCase() ?? '';
  if (ONE_WORD_RANKS.has(first) && at === i) return i + 1;
  const pair = RANK_PAIRS[first];
  if (!pair) return i;
  if (pair.has(words[at + 1]?.toLowerCase() ?? '')) return at + 2 + (words[at + 2] && /^(?:satu|dua)$/i.test(words[at + 2]!) ? 1 : 0);
  // "Ajun Komisaris Budi": the rank in one word after "Ajun".
  return at > i ? at + 1 : i;
}

/** Whether a word, by its form or as a place, belongs to an office rather than to a person's name. */
export function isOfficePart(word: string, isPlace: (word: string) => boolean): boolean {
  const lower = word.toLowerCase();
  if (HONORIFICS.has(lower.replace(/\.$/, '')) || NAME_LIKE_TITLES.has(lower)) return false;
  return PROVINCES.has(lower) || PLACES.has(lower) || isPlace(word) || FIELD_NOUN.test(word) || BODY_FORM.test(word) || /^\p{Lu}{3,7}$/u.test(word)
    || ROMAN_NUMBER.test(word) || TITLES.has(lower) || ORGANISATION_WORDS.has(lower) || PLACE_UNITS.has(lower) || UNIT_WORDS.has(lower);
}

/** What the article tells about where a speaker's name starts. */
export interface NameStartHints {
  isPlace(word: string): boolean;
  /** Whether the article names someone elsewhere by words[i…], a run of its own ("Budi menambahkan", "kata Budi Santoso"). */
  namedFrom(words: readonly string[], i: number): boolean;
  /** Whether the article writes the word after "di", "dari", "ke" or "asal", as it writes a place ("dari Lestari"). */
  afterPreposition?(word: string): boolean;
}

/**
 * Splits the office off the front of a speaker's name ("Perindustrian Budi Santoso" → "Budi Santoso" and
 * "Perindustrian"): after a rank inside it; from where the article names the person elsewhere, when an office word
 * stands before that or `officeOpen` says the office before the name was left open ("Direktur Bank"); and over
 * provinces, places, field nouns, bodies and acronyms at its start. Honorifics stay with the name.
 */
export function splitOfficeFromName(name: string, hints: NameStartHints, officeOpen: 'body' | 'acronym' | 'title' | null = null): { name: string; office: string } {
  const words = name.split(/\s+/).filter(Boolean);
  if (words.length < 2) return { name, office: '' };
  const office = (word: string) => isOfficePart(word, hints.isPlace);
  // A run of places and offices alone ("Jawa Barat", "Panglima TNI") names no one to split off.
  if (words.every((word) => office(word) || COMPASS.has(word.toLowerCase()))) return { name, office: '' };
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const end = rankEnd(words, i);
    if (end > i && end < words.length) start = end;
  }
  // A body or a place unit is named by the word after it ("Bank Lestari", "Kota Sari", "PT Sinar").
  const namedBy = (lower: string) => ORGANISATION_WORDS.has(lower) || PLACE_UNITS.has(lower) || UNIT_WORDS.has(lower) || /^(?:pt|cv|hotel|resort|grup|taman|terminal|bandara|pelabuhan)$/.test(lower);
  let lastStripped = '';
  const stripOffices = () => {
    while (start < words.length - 1 && office(words[start]!)) {
      // "Gedung Putih", "Kota Sari": a unit and the one word naming it leave no one.
      if (namedBy(words[start]!.toLowerCase()) && start === words.length - 2) break;
      lastStripped = words[start]!;
      const named = namedBy(lastStripped.toLowerCase()) && start < words.length - 2 && !office(words[start + 1]!);
      start += named ? 2 : 1;
      while (start < words.length - 1 && COMPASS.has(words[start]!.toLowerCase())) start++;
    }
  };
  // "Direktur Bank" and "Lestari Budi Santoso": the body the office names is the first word. So is the place an
  // acronym of a body takes ("Ketua KPU" and "Lestari Budi Santoso"), when the article writes it as a place elsewhere.
  const placeAfterAcronym = officeOpen === 'acronym' && (hints.afterPreposition?.(words[0]!) ?? false);
  // Not when the article names a person from that word elsewhere ("Budi Santoso Wijaya menambahkan").
  if ((officeOpen === 'body' || placeAfterAcronym) && words.length >= 3 && !office(words[0]!) && !hints.namedFrom(words, 0)) start = 1;
  stripOffices();
  // "… Kota Lestari Budi Santoso", "… Kemenlestari Budi Santoso", "… Wilayah IV Budi Santoso": a place named with
  // its unit, a province, a body named by its form or a unit's number, with two words or more after it, ends the
  // office there.
  for (let j = words.length - 3; j >= start; j--) {
    const word = words[j]!;
    const lower = word.toLowerCase();
    const unit = PLACE_UNITS.has(lower) && j + 1 <= words.length - 3 ? 2 : 0;
    const ends = unit || ((PROVINCES.has(lower) || hints.isPlace(word) || STATE_BODY_FORM.test(word) || /^\p{Lu}{3,7}$/u.test(word) || /^\d+$/.test(word) || ROMAN_NUMBER.test(word)) ? 1 : 0);
    // The words after it may open on another office, which goes too ("… Wilayah IV PT Sinar Budi Santoso").
    let rest = j + ends;
    while (ends && rest < words.length - 2 && office(words[rest]!)) rest += namedBy(words[rest]!.toLowerCase()) ? 2 : 1;
    if (ends && words.length - rest >= 2 && words.slice(rest).every((after) => !office(after))) {
      start = j + ends;
      while (start < words.length - 2 && COMPASS.has(words[start]!.toLowerCase())) start++;
      break;
    }
  }
  stripOffices();
  // Further in, the name starts where the article names the person on their own, past an office word or after a
  // body (whose own name runs on: "PT Sinar Jaya Abadi Budi").
  const strippedBody = lastStripped !== '' && !PROVINCES.has(lastStripped.toLowerCase()) && !PLACES.has(lastStripped.toLowerCase()) && !hints.isPlace(lastStripped);
  const opensUnit = strippedBody || (start > 0 && officeLeftOpen(words[start - 1]!) !== null);
  const officeBefore = (i: number) => officeOpen !== null || opensUnit || words.slice(start, i).some(office);
  for (let i = start + 1; i < words.length; i++) {
    const last = i === words.length - 1;
    if (office(words[i]!) || (last && !office(words[i - 1]!))) continue;
    if (hints.namedFrom(words, i) && officeBefore(i)) {
      start = i;
      break;
    }
  }
  // Honorifics and initials go with the name they stand before ("KH Budi", "I Wayan").
  while (start > 0 && (HONORIFICS.has(words[start - 1]!.toLowerCase().replace(/\.$/, '')) || /^\p{Lu}\.?$/u.test(words[start - 1]!))) start--;
  const rest = words.slice(start);
  // "Ketua DPR Di tempat …": a heading glued on leaves no name to give; the run stays as it was.
  if (rest.length === 1 && isFunctionWord(rest[0]!)) return { name, office: '' };
  return { name: rest.join(' '), office: words.slice(0, start).join(' ') };
}

// Indonesian bodies and place units named by the word after them ("Bank Lestari", "Kabupaten Sari").
const NAMED_AFTER = new Set(
  `bank partai universitas institut kementerian badan lembaga komisi dewan yayasan asosiasi dinas perusahaan pusat
  kantor fakultas sekolah rumah kelompok komunitas forum ikatan persatuan perhimpunan serikat koperasi puskesmas
  kota kabupaten provinsi kecamatan desa kelurahan dusun kampung pasar`.split(/\s+/),
);

/**
 * Whether an office written right before a name ends on a word that wants its complement: a body named by the word
 * after it ("Direktur Bank", "Ketua Partai"), a body's acronym a place may follow ("Ketua KPU") or a title that heads
 * one ("Menteri", "Koordinator"). Null when not.
 */
export function officeLeftOpen(office: string): 'body' | 'acronym' | 'title' | null {
  const last = /([\p{L}]+)\s*$/u.exec(office)?.[1] ?? '';
  const lower = last.toLowerCase();
  if (NAMED_AFTER.has(lower) || UNIT_WORDS.has(lower) || /^(?:PT|CV)$/.test(last)) return 'body';
  if (/^\p{Lu}{3,7}$/u.test(last) && !PROVINCES.has(lower)) return 'acronym';
  return HEADING_TITLES.has(lower) || /^(?:menteri|ceo|founder|pendiri)$/.test(lower) ? 'title' : null;
}

// Balinese birth-order and caste names, which an "I" or "Ni" opens ("I Made …", "Ni Luh …").
const BALINESE_NAMES = new Set(['wayan', 'made', 'nyoman', 'ketut', 'putu', 'gede', 'komang', 'kadek', 'gusti', 'dewa', 'nengah', 'luh', 'ida', 'bagus', 'ayu']);

/**
 * The honorific or initial an office written before a name ended on, which is the name's ("… Pengurus Besar X KH"
 * before "Budi Santoso", "… Ajun Komisaris Besar I" before "Made Surya"); null when it ends on neither. "I" before
 * anything but a Balinese name is a number ("Kodam I").
 */
export function nameHeadEndingOffice(office: string, name: string): string | null {
  const last = /(?:^|\s)(\S+)$/.exec(office.trim())?.[1] ?? '';
  if (HONORIFICS.has(last.replace(/\.$/, '').toLowerCase()) && /^\p{L}+\.?$/u.test(last)) return last;
  if (!/^\p{Lu}\.?$/u.test(last)) return null;
  return last[0] !== 'I' || BALINESE_NAMES.has(name.split(/\s+/)[0]!.toLowerCase()) ? last : null;
}

/**
 * The words after a rank that an office written before a name ended on: the front of the name the article gives
 * in full ("… Inspektur Jenderal Budi" before "Santoso"). Null when the office does not end on a rank and up to
 * three such words.
 */
export function nameAfterRankEndingOffice(office: string): { office: string; name: string } | null {
  const words = office.trim().split(/\s+/);
  for (let i = words.length - 2; i >= 0; i--) {
    const end = rankEnd(words, i);
    if (end === i) continue;
    const rest = words.slice(end);
    const nameWords = rest.length > 0 && rest.length <= 3 && rest.every((word) => /^\p{Lu}[\p{L}.]*$/u.test(word) && !isOfficePart(word, () => false));
    return nameWords ? { office: words.slice(0, end).join(' '), name: rest.join(' ') } : null;
  }
  return null;
}

/**
 * The front of a name an office written before it ended on ("Ketua Palang Lestari Budi" before "Santoso"): up to
 * three capitalised words at its end that are no office, place or body word and that the article writes nowhere
 * but right before the rest of the name. The office must be one run of capitals from a title to them, not left
 * open for a body's name ("PT"), and the article must show where it ends: it writes the fuller name without the
 * office too, or the office ends on a place the article writes elsewhere on its own ("Bupati Kota Lestari" keeps
 * "Lestari", written "di Kota Lestari" too). Otherwise, for a person the article names by one word, only the last word is taken
 * ("Ketua Palang Lestari Budi" and "Santoso"). Null when none.
 */
export function nameFrontEndingOffice(office: string, name: string, text: string, isPlace: (word: string) => boolean): { office: string; name: string } | null {
  const words = office.trim().split(/\s+/);
  const count = (phrase: string) => text.match(new RegExp(`(?<![\\p{L}\\p{M}\\d])${regExpLiteral(phrase)}(?![\\p{L}\\p{M}\\d])`, 'gu'))?.length ?? 0;
  let k = words.length;
  while (k > 1 && words.length - k < 3) {
    const word = words[k - 1]!;
    const lower = word.toLowerCase();
    if (!/^\p{Lu}\p{Ll}+$/u.test(word) || isFunctionWord(word) || isOfficePart(word, isPlace) || HONORIFICS.has(lower) || COMPASS.has(lower)) break;
    if (count(word) !== count(`${words.slice(k - 1).join(' ')} ${name}`)) break;
    k--;
  }
  // What is left must read as an office: one run of capitals from a title, not left open for a body's name ("PT").
  const isOffice = (rest: readonly string[]) => {
    let title = rest.length - 1;
    while (title >= 0 && /^\p{Lu}/u.test(rest[title]!) && !TITLES.has(rest[title]!.toLowerCase())) title--;
    return title >= 0 && TITLES.has(rest[title]!.toLowerCase()) && /^\p{Lu}/u.test(rest[rest.length - 1]!) && officeLeftOpen(rest.join(' ')) !== 'body';
  };
  // Longest first: the front the article shows the office ends before, by a place or by the fuller name written
  // without the office.
  for (let at = k; at < words.length; at++) {
    const rest = words.slice(0, at);
    if (!isOffice(rest)) continue;
    const front = words.slice(at).join(' ');
    const before = rest[at - 1]!;
    const lower = before.toLowerCase();
    // A place the article writes elsewhere without the word after it ends there ("di Kota Lestari", not "Lembah Hijau").
    const placeEnds = isPlace(before) && count(before) > count(`${before} ${words[at]}`);
    const atPlace = placeEnds || PROVINCES.has(lower) || PLACES.has(lower) || COMPASS.has(lower);
    if (atPlace || count(`${front} ${name}`) > count(`${before} ${front} ${name}`)) return { office: rest.join(' '), name: front };
  }
  // A person the article names by one word: only the word right before it is surely the name's, as a given name.
  const rest = words.slice(0, -1);
  return k < words.length && !/\s/.test(name.trim()) && isOffice(rest) ? { office: rest.join(' '), name: words[words.length - 1]! } : null;
}
