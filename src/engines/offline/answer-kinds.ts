/**
 * Whether a sentence holds the kind of thing a question asks for: a date for "kapan"/"when", a number for
 * "berapa"/"how many", a rank for "ke berapa", a name for "siapa"/"who", a place for "di mana"/"where", a
 * definition for "apa yang dimaksud", a cause or purpose for "mengapa"/"why".
 */
import type { AnswerKind } from './question.js';
import { CLAUSE_VERBS, isVerbWithNya } from './speech-verbs.js';
import { namesPlaceOrBody } from '../../checks/names.js';
import { isStopword } from '../../checks/stopwords.js';

const MONTHS =
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|des|dec';
const DAYS = 'senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
// A year, a month, a weekday, a century or millennium, a named period ("pada masa Neolitikum", "zaman Edo", "era
// Meiji"), a decade ("1940-an", "1990s"), a reckoning ("493 M", "232 SM", "AD 79"). Digits inside an amount
// written with separators ("170,000 pria", "2.500 rumah") are not a year.
const CALENDAR = String.raw`(?<![\d.,])\b(?:[1-9][0-9]{2,3})(?:-?an|s)?\b(?![.,]\d)|\b(?:${MONTHS}|${DAYS})\b|\b(?:abad|milenium|masa|zaman|era|periode)\b|\b(?:century|millennium|era|period)\b|\b\d+\s*(?:SM|M|BC|AD|BCE|CE|H)\b`;
const DATE = new RegExp(
  String.raw`${CALENDAR}|\b(?:tahun|year|pekan|week|besok|kemarin|tomorrow|yesterday|today|hari ini|tonight|pukul|o'clock|a\.m\.|p\.m\.)\b`,
  'i',
);
const NUMBER = /\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|puluh|belas|ratus|ribu|juta|miliar|triliun|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|persen|percent)\b/i;
// A year is a date, not the amount "how many …?" asks for ("bagian dari kerajaan itu sejak 1707").
const YEAR = /\b(?:tahun\s+)?(?:1[0-9]{3}|20[0-9]{2})\b(?![.,]\d)/gi;
// A rank ("terluas ke-7", "abad ke-17") is not the amount "how many …?" asks for.
const ORDINAL = /\bke-?\d+\b/gi;
// "ke-7", "ketujuh", "the seventh": what "ke berapa …?" asks for.
const RANK = /\bke-?\d+\b|\b(?:pertama|kedua|ketiga|keempat|kelima|keenam|ketujuh|kedelapan|kesembilan|kesepuluh|terakhir|first|second|third|last|\d+(?:st|nd|rd|th))\b/i;
const NAME = /(?<![.!?]\s|^)\b\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)*/u;
// "X adalah …", "X merujuk pada …", "X (… berarti …)", "X is a …", "X stands for …": a sentence that defines.
const DEFINING = /\b(?:adalah|ialah|merupakan|merujuk|berarti|yaitu|yakni|disebut|dikenal sebagai|kepanjangan|singkatan|is an?|are|refers? to|means|stands? for|known as)\b|\(/i;
// "di Bandung", "di kota …", "di bagian utara pulau", "di lereng …", "di tiga wilayah …": a place named or described.
const PLACE = /\b(?:di|ke|dari|in|at|near|from|to)\s+(?:(?:\d+|sebuah|suatu|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|beberapa|berbagai|sejumlah|seluruh|setiap|two|three|several|every)\s+)?(?:\p{Lu}|kota|pulau|provinsi|kabupaten|desa|kaki|pinggir|tepi|utara|selatan|timur|barat|bagian|wilayah|daerah|kawasan|lereng|pesisir|sebelah|tengah)/u;

// "karena …", "sehingga …", "untuk …": a sentence that gives a cause or a purpose.
const REASON = /\b(?:karena|sebab|akibat|disebabkan|sehingga|untuk|agar|supaya|demi|because|due to|caused|so that|in order to)\b/i;
const NAMES = new RegExp(NAME.source, 'gu');
// A place and the words after its preposition: "di Kota Lembah", "di tepi sungai".
// The words after stop at the next preposition, which opens a place of its own ("di kota Lestari di Jawa").
const PLACES = new RegExp(String.raw`${PLACE.source}[\p{L}\d-]*((?:\s+(?!(?:di|ke|dari|in|at|near|from|to)\s)[\p{L}\d-]+){0,3})`, 'gu');
// Words that say what sort of place a name is, not which: "Kota" in "di Kota Lembah".
const PLACE_NOUN = /^(?:kota|pulau|provinsi|kabupaten|desa|kecamatan|kampung|jalan|gunung|sungai|danau|teluk|negara|wilayah|daerah|city|island|province|county|state|lake|river|mount)$/i;
const capitalised = (word: string) => /^\p{Lu}/u.test(word);

/**
 * Whether a place the text gives is other than the question's own: "di Kota Lembah" does not say where Lembah is.
 * A place described without a name ("di tepi sungai") is one.
 */
function newPlace(place: string, asked: (word: string) => boolean): boolean {
  const words = place.split(/\s+/).filter(Boolean);
  const end = words.findIndex((word, i) => i > 0 && !capitalised(word));
  const names = words.slice(0, end < 0 ? words.length : end).filter((word) => capitalised(word) && !PLACE_NOUN.test(word));
  return names.length === 0 || names.some((word) => !asked(word.replace(/[^\p{L}\p{N}]+$/u, '')));
}
// Words for a sort of thing, not a person: "wiracarita Lestari", "bioskop Sinar Jaya", "Pasukan Sari" name a story, a
// cinema, an army. Before a name in lower case, or heading it, they say the name is not someone's.
const THING_WORDS = new Set(
  `bahasa language wiracarita epos hikayat serial seri film filem novel buku lagu album band grup majalah koran harian
  merek bioskop pabrikan partai suku bangsa agama kerajaan kesultanan kekaisaran kekhalifahan konfederasi dinasti wangsa
  kota pulau gunung sungai provinsi kabupaten desa program acara festival perang pertempuran revolusi operasi ekspedisi
  proyek kapal pesawat gedung istana candi masjid gereja museum stadion klub tim pasukan tentara angkatan proklamasi
  emansipasi perjanjian deklarasi konferensi kongres pemilu`.split(/\s+/),
);
// "di Karangsari", "ke Tanjung Sari": a place.
const PLACE_PREPOSITIONS = new Set(['di', 'ke', 'in', 'at']);
/** The word right before `at`: a sentence's opening word, which NAME leaves out of a name, included. */
const wordBefore = (text: string, at: number) => /(?:^|[^\p{L}])(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, at - 40), at))?.[1];
// "oleh pemerintah …", "by the council": the word after the agent's preposition.
const AGENT = /\b(?:oleh|by)\s+(?:the\s+|para\s+|sang\s+)?([\p{L}]+)/giu;
// A month or a weekday is capitalised without naming anyone: "Maret", "Senin".
const CALENDAR_WORD = new RegExp(String.raw`^(?:${MONTHS}|${DAYS})$`, 'i');

/**
 * Whether a sentence holds the kind of thing the question asks for. For "who", a name other than those the
 * question itself gives (`asked`), and not a place, a body or a month: "Pulau Seruni …" does not say who built
 * Pulau Seruni, nor "… rampung pada Maret 2019 di Kecamatan Tanjung" who built the bridge. For "where", likewise a
 * place other than the question's own.
 */
export function holds(kind: AnswerKind, text: string, asked: (word: string) => boolean = () => false): boolean {
  if (kind === 'date') return DATE.test(text);
  if (kind === 'rank') return RANK.test(text);
  if (kind === 'number') return NUMBER.test(text.replace(YEAR, '').replace(ORDINAL, ''));
  if (kind === 'person') {
    const someone = (name: string) => !namesPlaceOrBody(name) && !CALENDAR_WORD.test(name);
    // "… dibangun oleh pemerintah Kota Sari": the doer a passive names, in whatever words.
    const agent = [...text.matchAll(AGENT)].some(([, word]) => !isStopword(word!.toLowerCase()) && !NUMBER.test(word!) && !asked(word!));
    return agent || [...text.matchAll(NAMES)].some((match) => {
      const words = match[0].split(/\s+/).filter((word) => !isStopword(word.toLowerCase()));
      const before = wordBefore(text, match.index);
      const thing =
        (before !== undefined && (THING_WORDS.has(before.toLowerCase()) || PLACE_PREPOSITIONS.has(before))) || THING_WORDS.has(words[0]?.toLowerCase() ?? '');
      return words.length > 0 && !thing && someone(words.join(' ')) && words.some((word) => !asked(word));
    });
  }
  if (kind === 'reason') return REASON.test(text);
  if (kind === 'place') return [...text.matchAll(PLACES)].some(([match]) => newPlace(match.replace(/^\S+\s+/, ''), asked));
  if (kind === 'definition') return DEFINING.test(text);
  if (kind === 'speech') return /["“”„]/.test(text) || [...text.toLowerCase().matchAll(/\p{L}+/gu)].some(([word]) => CLAUSE_VERBS.has(word) || isVerbWithNya(word));
  return true;
}

// Any "in …", "at …", "from …" but a time ("di tahun", "pada …"): looser than PLACE, for telling that an answer gives no place.
const LOCATIVE = /\b(?:di|ke|dari|dekat|antara|sekitar|in|at|near|from|between)\s+(?:,\s*)?(?!(?:tahun|bulan|masa|abad|era|zaman|akhir|awal|the year|the end)\b)[\p{L}\d]/iu;

/** Whether the text says where at all: "Where …?" answered with no place is not answered. */
export const statesPlace = (text: string): boolean => LOCATIVE.test(text) || PLACE.test(text);

/** A date that places an event in time (a year, a month, a day, a century): "tahun" alone ("ribuan tahun") is not one. */
export const statesDate = (text: string): boolean => new RegExp(CALENDAR, 'i').test(text);

// The verb of a definition: "X adalah …", "X merujuk pada …", "X is …".
const DEFINING_VERB = /^(?:adalah|ialah|merupakan|merujuk|berarti|yaitu|yakni|is|are|was|refers|means)$/i;
/** How far into a sentence its subject may run before the defining verb. */
const SUBJECT_REACH = 12;

/**
 * Whether the sentence defines what `isSubject` picks out: one of the words before its defining verb, near the
 * start, is it ("Pasar terapung adalah …", "Dalam fisika, fusi nuklir (reaksi termonuklir) adalah …").
 */
export function defines(text: string, isSubject: (word: string) => boolean): boolean {
  return definedSubject(text).some((word) => isSubject(word.toLowerCase()));
}

/** The words a sentence defines, before its defining verb near the start ("Pasar terapung" of "Pasar terapung adalah …"); none if it defines nothing. */
export function definedSubject(text: string): string[] {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const verb = words.findIndex((word) => DEFINING_VERB.test(word));
  return verb > 0 && verb <= SUBJECT_REACH ? words.slice(0, verb) : [];
}
