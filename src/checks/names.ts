import { isStopword } from './stopwords.js';
import { isAcronym, wordsOf, type Word } from './words.js';

/*
 * Person names, one module for both sides: finding speakers and their roles in an article
 * (nameRuns, personName, sameSpeaker) and checking that a text's names occur in the article
 * (confirmedNames, missingNames). Where a name starts inside a run of capitals that an office ran
 * into is office-name-split.ts, on the vocabularies exported here.
 */

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
    const capital = !isCapitalised(word.text) ? undefined : isAcronym(word.text) || !opensSentence ? 'name' : 'opening';
    // Built whole, not spread from `word`: the spread was a third of a grounding check's time.
    return { text: word.text, start: word.start, end: word.end, opensSentence, capital };
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

// Speakers: a name as the article gives it, its role, and whether two spellings are one person.

/** A run of capitalised words in a text ("Menteri Luar Negeri AS Antony Blinken"), with its offsets. */
export interface NameRun {
  tokens: string[];
  start: number;
  end: number;
}

/** What the article tells about its capitalised words, for telling a name from the office and place before it. */
export interface NameHints {
  /** Used on its own mid-sentence ("kata Asep"): the short form of a person's name. */
  standsAlone(word: string): boolean;
  /** Used after "di", "kota", "kabupaten" …: a place ("di Banyumas"), which after a title is the title's, not the name's. */
  isPlace(word: string): boolean;
}

/** A name as the article gives it, split into the name proper and the title or role in front of it. */
export interface PersonName {
  name: string;
  role: string | null;
}

const TOKEN = /[\p{L}\p{M}\d]+(?:['’.-][\p{L}\p{M}\d]+)*/gu;
// Lowercase words that join the capitalised words of a speaker's name or title ("Secretary of State", "Institute for …").
const RUN_CONNECTORS = new Set(['of', 'for', 'bin', 'binti', 'van', 'von', 'de', 'al']);
const DOTTED = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'jr', 'sr', 'st', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt']);

// Words of a title or office: they precede a name and become its role.
export const TITLES = new Set(
  `presiden wakil menteri luar negeri dalam pertahanan keuangan perdana kanselir gubernur wali walikota bupati kepala
  ketua sekretaris jenderal juru bicara jubir direktur utama duta besar dubes raja ratu pangeran senator jaksa agung
  hakim panglima komisaris anggota menlu kapolri pemimpin kaisar paus sultan profesor prof dr ir pak bapak bu ibu
  letnan kolonel president vice prime minister foreign defence defense interior finance secretary state general
  chancellor governor mayor sen rep representative congressman congresswoman spokesman spokeswoman spokesperson
  director chief executive ceo chairman chairwoman chair ambassador king queen prince princess judge justice attorney
  commissioner professor mr mrs ms pope deputy speaker leader sheriff commander admiral colonel col lt lieutenant
  sergeant sgt captain capt inspector detective premier kota
  irjen brigjen mayjen letjen kombes akbp kompol iptu ipda aiptu bripka brigadir inspektur kapolda kapolres kapolsek
  laksamana marsekal mayor kapten camat lurah rektor dekan wakapolri kapuspen kabid kasat kadis sekda
  koordinator manajer manager pelatih founder sekjen dirut plt deputi staf asisten pejabat komisioner penasihat imam pelaksana
  konsul penjabat vp evp svp cfo coo cto officer komjen aipda bripda briptu bharada menkes menkeu mensos mendagri
  presidium`.split(/\s+/),
);

// Titles followed by the place or body they head before the name: "Gubernur Jawa Barat …", "Ketua KPU Sidoarjo …".
export const HEADING_TITLES = new Set(
  `gubernur bupati wali walikota camat lurah kapolda kapolres kapolsek ketua kepala direktur rektor dekan komandan
  pemimpin koordinator manajer governor mayor head director chairman chairwoman chair president`.split(/\s+/),
);

// Lowercase words that open an appositive naming what a person is: "…, warga Desa Sari,", "…, anggota tim hukum,".
const ROLE_NOUNS = new Set(
  `warga anggota pengamat peneliti dosen guru ahli pakar mahasiswa siswa pelajar pedagang pengusaha petani nelayan
  pemilik pengelola pengurus kuasa ketua kepala juru staf karyawan pegawai relawan dokter perawat bidan aktivis penulis
  pendiri koordinator sekretaris manajer direktur wakil pendamping penasihat sopir pengemudi buruh pekerja ibu bapak
  orangtua putra putri istri suami kakak adik anak tokoh pemuka pimpinan pemimpin penyiar wartawan
  pengajar pemerhati praktisi sosiolog epidemiolog ekonom analis psikolog pengacara advokat perencana ayah
  insinyur arsitek pelaku pegiat penggiat pelatih petugas seniman budayawan sejarawan
  resident member analyst researcher professor lecturer teacher expert student owner spokesman spokeswoman
  spokesperson director head chairman chairwoman founder activist doctor nurse lawyer worker farmer mother father`.split(/\s+/),
);

// Countries and blocs that qualify a title ("Presiden Rusia", "German Chancellor").
export const PLACES = new Set(
  `rusia russia russian amerika america american serikat inggris britain british jerman germany german prancis
  perancis france french ukraina ukraine ukrainian china tiongkok chinese jepang japan japanese indonesia indonesian
  india indian eropa europe european israel israeli palestina palestinian iran iranian turki turkey turkish korea
  korean selatan utara south north australia australian kanada canada canadian belanda dutch netherlands italia italy
  italian spanyol spain spanish polandia poland polish malaysia malaysian singapura singapore thailand filipina
  philippines arab saudi mesir egypt brasil brazil meksiko mexico jakarta`.split(/\s+/),
);

// Words that make a run an organisation rather than a person.
export const ORGANISATION_WORDS = new Set(
  `institut institute universitas university kementerian ministry departemen department partai party badan lembaga
  komisi commission bank dewan council pusat center centre yayasan foundation asosiasi association organisasi
  organization organisation agency kepolisian police college fakultas faculty union group corporation perusahaan
  company dinas satgas satuan gugus biro direktorat divisi pemerintah pemkot pemprov pemkab polda polres polsek
  kejaksaan pengadilan mahkamah rumah sekolah komite forum ikatan persatuan perhimpunan serikat koperasi kantor
  puskesmas sekretariat perwakilan kelompok komunitas`.split(/\s+/),
);

// A short all-capitals or dotted abbreviation ("AS", "U.S."): it qualifies a title rather than naming a person.
const isInitialism = (token: string) => /^\p{Lu}{2,7}$/u.test(token) || /^(?:\p{Lu}\.)+\p{Lu}\.?$/u.test(token);

/** Runs of capitalised words, joined across "of", "bin", "van" … and across the full stop of an initial or "Dr.". */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  let current: typeof tokens = [];
  const flush = () => {
    while (current.length > 0 && RUN_CONNECTORS.has(current[current.length - 1]!.text)) current.pop();
    if (current.length > 0) {
      runs.push({ tokens: current.map((t) => t.text), start: current[0]!.start, end: current[current.length - 1]!.end });
    }
    current = [];
  };
  tokens.forEach((token, i) => {
    const previous = current[current.length - 1];
    if (previous) {
      const gap = text.slice(previous.end, token.start);
      // "J. K. Rowling", "U.S. Secretary", "Dr. Smith"; not "NATO. Biden", where the stop ends a sentence.
      const abbreviated = /^(?:\p{Lu}\.)*\p{Lu}$/u.test(previous.text) || DOTTED.has(previous.text.toLowerCase());
      if (abbreviated && /^\.\s+$/.test(gap)) Object.assign(previous, { text: `${previous.text}.`, end: previous.end + 1 });
      else if (!/^\s+$/.test(gap)) flush();
    }
    if (/^\p{Lu}/u.test(token.text)) current.push(token);
    else if (current.length > 0 && RUN_CONNECTORS.has(token.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) current.push(token);
    else flush();
  });
  flush();
  return runs;
}

// Title words that open an office and never stand inside a personal name.
const OFFICE_OPENERS = new Set(['kepala', 'ketua', 'direktur', 'gubernur', 'bupati', 'menteri', 'sekretaris', 'juru', 'koordinator', 'komisioner', 'deputi', 'wakil']);

// A passive verb in "-kan" ("Diharapkan", "Ditinggalkan"): never a name.
const PASSIVE_VERB = /^Di\p{Ll}{3,}kan$/u;

// Prepositions and a relative word, capitalised: they end no name.
const NOT_NAME_ENDINGS = new Set(['Di', 'Ke', 'Dari', 'Pada', 'Yang', 'Untuk', 'Dengan', 'Dalam', 'Kepada']);

// The days of the week in Indonesian: never a speaker (NOT_A_NAME); with the English ones, the date after an attribution (WEEKDAYS).
const INDONESIAN_WEEKDAYS = ['Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', "Jum'at", 'Sabtu', 'Minggu'];

// A weekday, or a word with a possessive "-nya" ("Instagram-nya", "Twitternya"): never a person's name.
export const NOT_A_NAME = new RegExp(String.raw`^(?:${INDONESIAN_WEEKDAYS.join('|')}|\p{Lu}[\p{L}]*-nya|(?:Twitter|Instagram|Facebook|YouTube|Youtube|TikTok|Tiktok|Snapchat|WhatsApp|Telegram|Weibo|Blog|Akun|Situs|Laman)nya)$`, 'u');

// Position nouns of sport ("Pebalap", "Gelandang", "Kiper"): before a team and a name they are the role's.
export const SPORT_POSITIONS = new Set(
  `pebalap pembalap gelandang penyerang bek kiper striker winger pelatih manajer kapten petenis pebulutangkis pegolf
  petinju pemain atlet pelari perenang pesenam pebasket pecatur`.split(/\s+/),
);

// Words that open a sentence and never stand inside a name or an office.
const SENTENCE_OPENERS = new Set(['Menurut', 'Namun', 'Adapun', 'Sedangkan', 'Selain', 'Bahkan', 'Padahal', 'Tetapi', 'Kemudian', 'Sebelumnya']);

/**
 * Splits "Presiden Rusia Vladimir Putin" into name "Vladimir Putin" and role "Presiden Rusia". Words that only
 * capitalise because they start a sentence ("Tetapi", "The") or attribute a quote ("Kata") are dropped.
 */
export function personName(
  tokens: readonly string[],
  ignore: ReadonlySet<string> = new Set(),
  hints: Partial<NameHints> = {},
): PersonName | null {
  const standsAlone = hints.standsAlone ?? (() => false);
  const isPlace = hints.isPlace ?? (() => false);
  let words = [...tokens];
  // "… DKI dan Jateng Menurut Rina Wulandari": a sentence opening inside a run (a heading glued to it) starts the name anew.
  for (let i = words.length - 2; i > 0; i--) {
    if (SENTENCE_OPENERS.has(words[i]!)) {
      words = words.slice(i);
      break;
    }
  }
  // "Penangkapan Tersangka Kepala Bidang Humas … Budi": a heading glued before an office ends where the office opens.
  const officeAt = words.findIndex((word, i) => i > 0 && OFFICE_OPENERS.has(word.toLowerCase()));
  if (officeAt > 0 && words.length - officeAt >= 3 && words.slice(0, officeAt).every((word) => /^\p{Lu}\p{Ll}+(?:-\p{Ll}+)*$/u.test(word) && !isOfficeWord(word) && !ORGANISATION_WORDS.has(word.toLowerCase()) && !PLACE_UNITS.has(word.toLowerCase()))) {
    words = words.slice(officeAt);
  }
  // "Selain Budi, …" ("besides Budi"): a sentence opener before a name is no part of it; nor is a passive verb in
  // "-kan" (a heading glued on: "Ditinggalkan Budi …").
  const opener = (word: string) => SENTENCE_OPENERS.has(word) || PASSIVE_VERB.test(word);
  while (words.length > 0 && (isStopword(words[0]!.toLowerCase()) || ignore.has(words[0]!.toLowerCase()) || (words.length > 1 && opener(words[0]!)))) words.shift();
  // "… kata ketua dewan Di tempat lain, …": a preposition capitalised after a heading glued on opens a sentence; it ends no name.
  while (words.length > 1 && NOT_NAME_ENDINGS.has(words.at(-1)!)) words.pop();
  // "…, Rabu mengatakan", "melalui akun Twitternya": a weekday or a possessive ("-nya") names no one.
  while (words.length > 0 && NOT_A_NAME.test(words.at(-1)!)) words.pop();
  if (words.length === 0) return null;
  // "Pebalap Tim Lestari Racing Budi Santoso": a sport's position noun, the team, then the name, which takes the
  // last two words, or starts at a given name the article uses on its own.
  if (words.length >= 4 && SPORT_POSITIONS.has(words[0]!.toLowerCase()) && words.slice(1).every((w) => !TITLES.has(w.toLowerCase()) && !ORGANISATION_WORDS.has(w.toLowerCase()))) {
    const given = words.findIndex((w, i) => i >= 2 && i < words.length - 1 && standsAlone(w));
    const start = given >= 0 ? given : words.length - 2;
    return { name: words.slice(start).join(' '), role: words.slice(0, start).join(' ') };
  }
  let split = 0;
  let titled = false;
  while (split < words.length - 1) {
    const word = words[split]!.toLowerCase();
    // "Pelatih lari Agung Prakoso": a title word that is also a given name is a title only after another title word.
    const asTitle = !NAME_LIKE_TITLES.has(word) || (split > 0 && TITLES.has(words[split - 1]!.toLowerCase())) || words[split + 1]?.toLowerCase() === 'besar';
    if (TITLES.has(word) && asTitle) titled = true;
    else if (!PLACES.has(word) && !isPlace(words[split]!) && !RUN_CONNECTORS.has(word) && !isInitialism(words[split]!)) break;
    split++;
  }
  const nameWords = words.slice(split);
  // "Direktur Jenderal … Kementerian Sosial Hendra Wijaya Saputra": an office that names an organisation runs on in
  // capitals up to the person, whose name begins at the first word the article also uses on its own ("kata Asep").
  // So does a title that heads a place or body ("Gubernur Jawa Tengah Budi Santoso", "Ketua KPU Sari Raya Wahyudi").
  let alone = nameWords.findIndex((w) => standsAlone(w) && !isOfficeWord(w));
  // "Kepala BPS Provinsi Kalbar Ahmad Fauzi": a word used alone that the article uses as a place ends the office;
  // the name starts after the places and acronyms that follow it.
  if (alone >= 0 && isPlace(nameWords[alone]!)) {
    let after = alone;
    const officeOrRank = (word: string) => isPlace(word) || isOfficeWord(word) || isInitialism(word) || RANK_OPENINGS.has(word.toLowerCase()) || RANK_ENDINGS.has(word.toLowerCase());
    while (after < nameWords.length && officeOrRank(nameWords[after]!)) after++;
    alone = nameWords.length - after >= 1 && after > alone ? after : alone;
  }
  // An initial goes with the name it stands before ("M Yoga Pratama").
  while (alone > 0 && /^\p{Lu}\.?$/u.test(nameWords[alone - 1]!)) alone--;
  // One capitalised word between such a title and the name may be the name's first word ("Mayor Jane Doe", when
  // the article calls her "Doe"): it is taken for the place only when two or more stand there.
  const headed = nameWords.slice(0, alone);
  const heads = words.slice(0, split).some((w) => HEADING_TITLES.has(w.toLowerCase())) && headed.length >= 2;
  // Indonesian copy shortens a name to its first word ("Menteri Perdagangan Teguh Santoso" … "kata Teguh"): a word
  // used alone with more of the name after it starts the name, even after a single word of the office.
  const givenName = split > 0 && titled && alone > 0 && alone < nameWords.length - 1;
  if (alone > 0 && (heads || givenName || headed.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())))) {
    return { name: nameWords.slice(alone).join(' '), role: words.slice(0, split + alone).join(' ') };
  }
  const organisation = nameWords.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  const onlyPlaces = nameWords.every((w) => PLACES.has(w.toLowerCase()) || isInitialism(w));
  if (titled && split > 0 && alone < 0 && !onlyPlaces) {
    const office = nameAfterOffice(nameWords, isPlace);
    if (office > 0) return { name: nameWords.slice(office).join(' '), role: words.slice(0, split + office).join(' ') };
  }
  if (!titled || split === 0 || organisation || onlyPlaces) return { name: words.join(' '), role: null };
  return { name: nameWords.join(' '), role: words.slice(0, split).join(' ') };
}

// Words that head a unit of an office ("Kepala Bidang Humas …", "Deputi IV …") and the second word of a rank
// ("Komisaris Besar", "Guru Besar"): both belong to the title, not to the name after it.
export const UNIT_WORDS = new Set(['bidang', 'bagian', 'seksi', 'subbagian', 'unit', 'deputi', 'cabang', 'wilayah', 'daerah', 'kantor']);
const RANK_ENDINGS = new Set(['besar', 'muda', 'madya', 'utama', 'pratama', 'jenderal', 'polisi']);
const RANK_OPENINGS = new Set(['ajun', 'guru']);
// Title words that are also given names ("Agung", "Ratu"): part of a title only right after another title word.
export const NAME_LIKE_TITLES = new Set(['agung', 'raja', 'ratu', 'sultan', 'pangeran', 'kaisar', 'paus', 'dalam', 'utama', 'imam']);

/**
 * Where the person's name starts in a long title run that the article never shortens ("Direktur Jenderal …
 * Kementerian Sosial Hendra Wijaya Saputra", "… Polda Sari Raya Komisaris Besar Rudi Hartono"): after the last word of
 * an office, an organisation ("Kementerian", "Bank", "Partai" with the one word naming it: "Kementerian Sosial"),
 * a place or a rank. 0 when the run holds no such word before its last word.
 */
function nameAfterOffice(words: readonly string[], isPlace: (word: string) => boolean): number {
  let start = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const word = words[i]!;
    const lower = word.toLowerCase();
    const afterTitle = i > 0 && TITLES.has(words[i - 1]!.toLowerCase());
    const rank = (RANK_ENDINGS.has(lower) && afterTitle) || RANK_OPENINGS.has(lower);
    const title = TITLES.has(lower) && (!NAME_LIKE_TITLES.has(lower) || afterTitle);
    if (title || PLACES.has(lower) || isPlace(word) || isInitialism(word) || rank || /^\d|^[IVX]+$/.test(word)) start = i + 1;
    // An organisation is named by the word after it ("Kementerian Sosial", "Bank Mandiri").
    else if (ORGANISATION_WORDS.has(lower) || UNIT_WORDS.has(lower)) start = i + 2;
  }
  // "Kepala Bagian Hukum": an office with nobody named after it.
  return start < words.length ? start : 0;
}

export const COMPASS = new Set(['utara', 'selatan', 'barat', 'timur', 'tengah', 'raya', 'daya']);

// Words that name an administrative unit or a site: what follows them is a place, not a person.
export const PLACE_UNITS = new Set(
  `kelurahan kecamatan desa dusun kabupaten kota provinsi rt rw jalan jl stasiun terminal bandara pasar kampung gang
  rusun rusunawa gedung dki diy`.split(/\s+/),
);

/** Whether a comma-separated part of an attribution opens on an office, an organisation or a place unit ("Ketua RT 3", "Kelurahan Sari"). */
function opensOnOffice(segment: string): boolean {
  const [first = '', second = ''] = (segment.trim().match(/[\p{L}]+/gu) ?? []).map((word) => word.toLowerCase());
  const office = (word: string) => isTitleWord(word) || ORGANISATION_WORDS.has(word) || PLACE_UNITS.has(word);
  // "Regional Head of …", "Senior Manager …": the office word may come second.
  return office(first) || (/^\p{Lu}/u.test(segment.trim()) && isTitleWord(second));
}

/** Whether a capitalised run names a place or a body rather than a person: "Kelurahan Duri Kepa", "Stasiun Tanah Abang", "Jawa Barat". */
export function namesPlaceOrBody(name: string): boolean {
  const words = name.toLowerCase().split(/\s+/);
  return words.some((word) => ORGANISATION_WORDS.has(word) || PLACE_UNITS.has(word)) || words.every((word) => PLACES.has(word) || COMPASS.has(word));
}

/** Whether a role names only a place ("Kota Lestari", "Jawa Barat", "DKI Jakarta"): where someone is, not what they are. */
export function isPlaceOnly(role: string, isPlace: (word: string) => boolean = () => false): boolean {
  const words = role.match(/[\p{L}\d]+/gu) ?? [];
  if (words.length === 0) return false;
  const place = (word: string) => PLACES.has(word.toLowerCase()) || COMPASS.has(word.toLowerCase()) || PLACE_UNITS.has(word.toLowerCase()) || isPlace(word);
  const titleOrBody = words.some((word) => TITLES.has(word.toLowerCase()) && word.toLowerCase() !== 'kota') || words.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()) || ROLE_NOUNS.has(word.toLowerCase()));
  // "Kota Lestari", "Provinsi Sari Raya": a place unit and the words naming it.
  return !titleOrBody && (words.every(place) || (PLACE_UNITS.has(words[0]!.toLowerCase()) && words.slice(1).every((word) => /^\p{Lu}/u.test(word))));
}

const isOfficeWord = (word: string) => {
  const lower = word.toLowerCase();
  return TITLES.has(lower) || ORGANISATION_WORDS.has(lower) || PLACES.has(lower);
};

// What opens a clause or an aside after a name, not what the person is: a relative or a verb ("mengaku"),
// an example or an average ("misalnya", "rata-rata mendapat …"), a time ("saat dihubungi …").
const NOT_A_ROLE_OPENING =
  /^(?:yang|dan|itu|ini|misalnya|contohnya|umpamanya|rata-rata|saat|ketika|sewaktu|usai|seusai|setelah|sebelum|sambil|sembari|be\p{Ll}+|me\p{Ll}+|di\p{Ll}+)(?:\s|$)/u;

/**
 * A role given right after a name: "Stephen Nix dari Institut …", "Tom Rivera, a spokesman for …", "Aziz, anggota
 * tim kuasa hukum,", "Budi yang merupakan warga Temon".
 */
export function roleAfterName(after: string): string | null {
  // An age in brackets comes between a name and its role in Indonesian copy: "Rina (34), warga Desa Sari".
  const textAfter = after.replace(/^\s*\(\d{1,3}\)/, '');
  const aged = textAfter !== after;
  const appositive = /^,\s+(?:a|an|the|seorang|sang)\s+([^,.;:"“”]{3,80}?)\s*(?=[,.;:]|$)/.exec(textAfter);
  if (appositive) return appositive[1]!;
  const described = /^,?\s+(?:yang\s+(?:merupakan|adalah|menjabat(?:\s+sebagai)?|(?:bekerja|berprofesi)\s+sebagai)|selaku)\s+([^,.;:"“”()]{3,80}?)\s*(?=[,.;:()]|$)/.exec(textAfter);
  if (described) return trimRole(described[1]!);
  // "Budi, yang juga Ketua Koperasi Sari (KS), mengatakan": an office the person holds besides, brackets included.
  // Without the comma, only a lowercase role: in "Kepala X yang juga Ketua Y Budi" the office runs on into a name.
  const also = /^(,?)\s+yang\s+juga\s+(?:merupakan\s+|menjabat\s+(?:sebagai\s+)?)?([^,.;:"“”]{3,120}?)\s*(?=[,.;:]|$)/.exec(textAfter);
  const alsoFirst = /^[\p{L}]+/u.exec(also?.[2] ?? '')?.[0] ?? '';
  const alsoRole = headsRole(alsoFirst);
  if (also && alsoRole && (also[1] === ',' || /^\p{Ll}/u.test(alsoFirst))) return trimRole(also[2]!);
  const lowercase = /^,\s+(\p{Ll}[^,.;:"“”()]{2,80}?)\s*(?=[,.;:()]|$)/u.exec(textAfter);
  // "…, warga Desa Sari yang datang bersama cucunya": the relative clause tells what she did, not what she is.
  // After an age the appositive is what the person is, whatever its noun: "Darmin (61), penjaga kebun,".
  // "…, salah satu pendiri Lapor Warga": one of those the role noun names.
  const roleNoun = lowercase?.[1]!.replace(/^salah\s+(?:satu|seorang)\s+/, '').split(/\s+/)[0];
  // A noun doubled is many of them ("petani - petani desa itu …"): what the sentence goes on to say, not her role.
  const plural = /^(\p{Ll}+)\s*-\s*\1(?![\p{L}])/u.test(lowercase?.[1] ?? '');
  // "Budi, istri, dan anaknya": a bare noun with "dan" after it is one of a list of people, not what Budi is.
  const listed = lowercase !== null && !/\s/.test(lowercase[1]!) && /^\s*,\s*(?:dan|serta)\s/.test(textAfter.slice(lowercase[0].length));
  if (lowercase && (aged || ROLE_NOUNS.has(roleNoun!)) && !plural && !listed && !NOT_A_ROLE_OPENING.test(lowercase[1]!)) return trimRole(lowercase[1]!.split(/\s+(?:yang|who|which)\s+(?!juga\b|also\b)/)[0]!.replace(/\s+(?:itu|ini|tersebut)\b.*$/, ''));
  // "Hasanudin, Kepala Badan Kepegawaian Daerah, …": an office in capitals after the name.
  // Its title may follow a capitalised field ("…, Program Officer dari Lembaga X yang …, …"); a clause after it goes.
  const office = /^,\s+(\p{Lu}[^,.;:"“”]{2,140}?)\s*(?=,)/u.exec(textAfter);
  const officeWords = office?.[1]!.match(/[\p{L}]+/gu) ?? [];
  const head = officeWords.slice(0, 3).findIndex(headsRole);
  // Not a dateline ("SURABAYA, KOMPAS — Menteri …"): the field is written as words, not in capitals, and no dash follows.
  const field = officeWords.slice(0, head).every((word) => /^\p{Lu}\p{Ll}/u.test(word)) && !/[—–]/u.test(office?.[1] ?? '');
  if (office && head >= 0 && (head === 0 || field)) return trimRole(office[1]!);
  // Or one that closes the sentence, when it reads as an office only (capitalised words, brackets and joiners), not
  // as a clause: "… disampaikan Budi, Direktur Eksekutif Lembaga X (LX)."
  const closing = /^,\s+(\p{Lu}[^,.;:"“”]{2,100}?)\s*(?=\.(?:\s|$))/u.exec(textAfter);
  const closingWords = closing?.[1]!.match(/[\p{L}]+/gu) ?? [];
  const officeOnly = closingWords.every((word) => /^\p{Lu}/u.test(word) || OFFICE_JOINERS.has(word));
  if (closing && officeOnly && headsRole(closingWords[0]!)) return closing[1]!;
  const from = /^\s+(?:dari|of|from)\s+(?:the\s+)?/.exec(textAfter);
  if (!from) return null;
  // "Budi dari komunitas Pecinta Kereta": a body's kind in lowercase before its name is the body's.
  const kind = /^(\p{Ll}+)\s+(?=\p{Lu})/u.exec(textAfter.slice(from[0].length));
  const bodyKind = kind && ORGANISATION_WORDS.has(kind[1]!) ? kind[0] : '';
  const organisation = nameRuns(textAfter.slice(from[0].length + bodyKind.length))[0];
  if (!organisation || organisation.start !== 0) return null;
  // "Budi dari KKP Kelas II Lestari", "Budi dari Humas LKS": an acronym in a run of more words names a
  // body too ("Khusus dari APBN," does not).
  const body = bodyKind !== '' || organisation.tokens.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) || (organisation.tokens.length >= 2 && organisation.tokens.some((w) => isInitialism(w) && !PLACES.has(w.toLowerCase())));
  return body ? `${bodyKind}${organisation.tokens.join(' ')}` : null;
}

/**
 * What a sentence says a person is, right after their name: "Budi adalah mantan Kepala Dinas X.", "Indah merupakan
 * bupati petahana Luwu". Only an office or a role noun counts ("Budi adalah contoh …" does not).
 */
export function roleStatedAfterName(after: string): string | null {
  const stated = /^\s+(?:adalah|merupakan)\s+((?:mantan\s+)?([\p{L}]+)[^,.;:"“”()]{0,100}?)\s*(?=[,.;:()]|$)/u.exec(after);
  if (!stated) return null;
  const head = stated[2]!.toLowerCase();
  return headsRole(head) && !NOT_AN_OFFICE.has(head) ? trimRole(stated[1]!) : null;
}

export const isTitleWord = (word: string) => TITLES.has(word.toLowerCase()) || HEADING_TITLES.has(word.toLowerCase());

/** Whether a word can open a role: a title ("Kepala") or a noun an appositive names a person by ("pengamat", "warga"). */
const headsRole = (word: string): boolean => isTitleWord(word) || ROLE_NOUNS.has(word.toLowerCase());

/**
 * Whether words left before a name read as an office or an affiliation ("Ketua KPU Papua", "PT Sarana Data Utama",
 * "KPU Papua") rather than a place alone or a stray word ("New York", "Kalsel", "Begitupun").
 */
export function looksLikeRole(text: string): boolean {
  const words = text.match(/[\p{L}\d]+/gu) ?? [];
  return words.some((word) => isTitleWord(word) || ORGANISATION_WORDS.has(word.toLowerCase()) || ROLE_NOUNS.has(word.toLowerCase()) || (isInitialism(word) && !PLACES.has(word.toLowerCase())));
}

// Where a role given in apposition runs into the clause after it: "Kepala Dinas X secara terpisah menjelaskan".
const ROLE_END =
  /\s+(?:secara|kemudian|dalam|saat|ketika|yang|juga|pun|sedang|telah|sudah|akan|me\p{Ll}+(?:kan|i)|ber(?:harap|pendapat|kata|ujar|tanya)|mengaku|menyebut|meminta)(?:\s.*)?$/u;
const trimRole = (role: string): string => role.replace(ROLE_END, '').trim();

/**
 * A role given right before a name, set off by commas: "Sementara itu, anggota KPU Sulawesi, Uslimin, mengatakan",
 * "Menurut kuasa hukum Joko, Maya Lestari, …", "Peneliti LIPI, Dewi Anggraini, menuturkan". `textBefore` ends
 * where the name starts; `textAfter` starts where it ends, and must close the apposition with a comma. Or the office
 * a sentence opens on with "Sebagai", whatever follows the name: "Sebagai Ketua RT, Budi meminta …".
 */
export function roleBeforeName(textBefore: string, textAfter: string): string | null {
  // "Sebagai Wakil Ketua DPRD Kota Sari, Budi seharusnya …": the office a sentence opens by saying the person holds.
  const holding = /(?:^|[.;:!?"“”]\s*)[Ss]ebagai\s+(([\p{L}]+)[^,.;:!?"“”]{2,100}?),\s*$/u.exec(textBefore);
  if (holding && headsRole(holding[2]!) && !NOT_AN_OFFICE.has(holding[2]!.toLowerCase())) return trimRole(holding[1]!);
  if (!/^\s*,/.test(textAfter)) return null;
  const clause = /(?:^|[.;:!?"“”]\s*|,\s*)([^,.;:!?"“”]{3,100}?),\s*$/u.exec(textBefore)?.[1]?.trim();
  if (!clause) return null;
  const phrase = clause.replace(/^(?:menurut|sementara(?:\s+itu)?|adapun|selain\s+itu|secara\s+terpisah)\s+/i, '');
  const first = /^[\p{L}]+/u.exec(phrase)?.[0] ?? '';
  return ROLE_NOUNS.has(first.toLowerCase()) || isTitleWord(first) ? trimRole(phrase) : null;
}

// Title words that qualify an office rather than open one ("Menteri Keuangan", "Jaksa Agung", "Wali Kota").
const TITLE_MODIFIERS = new Set(['luar', 'negeri', 'dalam', 'pertahanan', 'keuangan', 'utama', 'jenderal', 'agung', 'kota', 'besar', 'state', 'general', 'foreign', 'interior', 'finance', 'defence', 'defense', 'executive']);
// Kinship nouns: before a name they name a relative of that person ("Ayah Budi" is Budi's father), not more of the
// name. Not "ibu", "bapak", "bu", "pak": before a name those are honorifics for the person.
export const KINSHIP = new Set(
  `ayah ayahanda ibunda istri suami anak putra putri adik kakak paman bibi kakek nenek cucu mertua keponakan sepupu
  menantu`.split(/\s+/),
);
// Kinship nouns that are also given names ("Putri Lestari"): a relation only where the article never writes them as a name.
export const NAME_LIKE_KINSHIP = new Set(['putra', 'putri', 'cucu']);

// Family words and honorifics open a phrase before a name without being a role: "anak Budi" is Budi's child, "Pak Budi" is Budi.
const NOT_AN_OFFICE = new Set(['ibu', 'bapak', 'pak', 'bu', 'anak', 'istri', 'suami', 'kakak', 'adik', 'putra', 'putri', 'orangtua', 'mr', 'mrs', 'ms', 'sir']);
// Lowercase words that join the words of an office: "Menteri Riset dan Teknologi", "Konsul Jenderal RI di New York".
const OFFICE_JOINERS = new Set(['dan', 'serta', 'di', 'dari', 'untuk', 'bagi', 'pada', 'of', 'for', 'and', 'the', 'at', 'in', 'on', 'to', '&', '/', '-']);
// A word that reads as a verb, a time or a clause word: the office ended before it ("… Budi mengatakan", "ditemui …").
// Nouns in -isme and -isasi only look like verbs ("pengamat terorisme", "ahli metabolisme").
const CLAUSE_WORD = /^(?!\p{Ll}+(?:isme|isasi)$)(?:me|mem|men|meng|meny|ber|ter)\p{Ll}{3,}$|^(?:yang|itu|ini|tersebut|saat|ketika|kata|ujar|hari|pukul|juga|pun|secara|sebagai|kepada|oleh|dengan|dalam|akan|telah|sudah|adalah|merupakan|said|says|told|who|was|is)$/u;
const MAX_OFFICE_WORDS = 16;
// What ends the part of a sentence an office stands in: a sentence mark, a comma, a quote mark or a dash.
const PART_BREAKS = /[.;:!?,"“”‘’—]\s*/gu;

/** Where the text after the last of `breaks` (a global pattern) starts; 0 when there is none. */
export function afterLastBreak(text: string, breaks: RegExp): number {
  return Math.max(...[...text.matchAll(breaks)].map((m) => m.index + m[0].length), 0);
}

/**
 * The office written right before a name with nothing between ("Sekretaris Perusahaan PT Bank Sejahtera (Persero)
 * Tbk Rina Wati", "pengamat kebijakan publik Universitas X Budi", "Prosedur pendataan Ketua Gugus Tugas Y Budi",
 * the heading glued in front dropped): from the first title or role word of the words before the name, when all of
 * them up to the name read as an office (capitalised words, acronyms, brackets, numbers, joiners, a few lowercase
 * words after the title). `textBefore` ends where the name starts. Null when no such office stands there.
 */
export function officeBeforeName(textBefore: string): string | null {
  if (!/\s$/.test(textBefore)) return null;
  // "Deputi … Bidang Perekonomian, Budi": a comma may close the office; "Pengajar … Universitas Sari, Lestari, Budi":
  // so may a place named after its body, which stays with the office.
  const closing = /,\s*$/.exec(textBefore);
  const place = closing ? /,\s*(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s*$/u.exec(textBefore.slice(0, closing.index)) : null;
  const placeAfter = place ? `, ${place[1]}` : '';
  const text = closing ? `${textBefore.slice(0, place?.index ?? closing.index)} ` : textBefore;
  let clauseStart = afterLastBreak(text, PART_BREAKS);
  // "Kepala Dinas Pertanian, Pangan, dan Perikanan Sari Budi": an office that lists its fields runs back over the
  // commas of the list, as far as the part with its title word (three parts at most).
  let listedFromTitle = false;
  for (let parts = 0; parts < 3 && clauseStart > 0 && text[clauseStart - 1] !== undefined; parts++) {
    const part = text.slice(clauseStart);
    // "… dan Tata Ruang Kota Lestari": "Kota" there is where the office is, not a title of its own.
    const listed = /^(?:(?:dan|serta)\s+)?\p{Lu}/u.test(part) && !(part.match(/[\p{L}]+/gu) ?? []).some((word) => (isTitleWord(word) && !PLACE_UNITS.has(word.toLowerCase())) || ROLE_NOUNS.has(word.toLowerCase()));
    const comma = /,\s*$/.exec(text.slice(0, clauseStart));
    if (!listed || !comma) break;
    const previousStart = afterLastBreak(text.slice(0, comma.index), PART_BREAKS);
    const previous = text.slice(previousStart, comma.index);
    const titled = (previous.match(/[\p{L}]+/gu) ?? []).some((word) => isTitleWord(word));
    if (!/^\p{Lu}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,5}$/u.test(previous.trim()) && !titled) break;
    clauseStart = previousStart;
    listedFromTitle = titled;
    if (titled) break;
  }
  const clause = text.slice(clauseStart);
  const tokens = [...clause.matchAll(/\([^()]{1,60}\)|[\p{L}\p{M}\d]+(?:['’.-][\p{L}\p{M}\d]+)*\.?|[&/-]/gu)];
  if (tokens.length === 0) return null;
  const fits = (token: string) =>
    token.startsWith('(') || /^[\p{Lu}\d]/u.test(token) || OFFICE_JOINERS.has(token) || (/^\p{Ll}+$/u.test(token) && !CLAUSE_WORD.test(token) && !isStopword(token));
  // The office runs back from the name as long as its words fit; lowercase words only inside it, after its title.
  // A list run back to the part with its title is bounded by that part; its fields may make it longer.
  const maxWords = listedFromTitle ? MAX_OFFICE_WORDS + MAX_OFFICE_WORDS / 2 : MAX_OFFICE_WORDS;
  let from = tokens.length;
  while (from > 0 && fits(tokens[from - 1]![0]) && tokens.length - from < maxWords) from--;
  const opens = (token: string) => {
    const lower = token.toLowerCase();
    return headsRole(lower) && !NOT_AN_OFFICE.has(lower) && !TITLE_MODIFIERS.has(lower) && !NAME_LIKE_TITLES.has(lower);
  };
  let start = tokens.findIndex((token, i) => i >= from && opens(token[0]));
  if (start < 0) return null;
  // "Transit Authority spokesperson Mark Lee": in English the body comes before a lowercase title word.
  // "mantan Pelaksana Tugas Kepala Dinas …": a former office says so.
  if (start > 0 && /^(?:mantan|eks|former)$/i.test(tokens[start - 1]![0])) start--;
  // "Co - Founder …", "Co-Founder": the prefix is the title's.
  if (start > 1 && tokens[start - 1]![0] === '-' && /^co$/i.test(tokens[start - 2]![0])) start -= 2;
  let bodyFirst = false;
  if (start === tokens.length - 1 && /^\p{Ll}/u.test(tokens[start]![0])) {
    let body = start;
    while (body > from && body > start - 4 && /^\p{Lu}/u.test(tokens[body - 1]![0]) && !isFunctionWord(tokens[body - 1]![0])) body--;
    bodyFirst = body < start;
    start = body;
  }
  let first = start;
  let last = tokens.length;
  // "Gubernur Jawa Barat Budi Santoso dan Gubernur Bali I Wayan Sura": two people, each with an office; the one
  // named last has the office after the "dan" that follows another name.
  for (let i = start + 1; i < last - 1; i++) {
    const previous = tokens[i - 1]![0];
    const plainWord = /^\p{Lu}\p{Ll}+$/u.test(previous) && !isOfficeWord(previous) && !ORGANISATION_WORDS.has(previous.toLowerCase());
    if (/^(?:dan|serta)$/.test(tokens[i]![0]) && plainWord && opens(tokens[i + 1]![0])) first = i + 1;
  }
  // An initial right before the name is the name's ("I Wayan", "M Arifin").
  while (last > first + 1 && /^\p{Lu}\.?$/u.test(tokens[last - 1]![0])) last--;
  const words = tokens.slice(first, last).map((token) => token[0]);
  // A lone title word right before the name is the name's title, which personName already reads ("Ketua Budi").
  if (words.length === 1 && /^\p{Lu}/u.test(words[0]!)) return null;
  if (words.filter((word) => /^\p{Ll}/u.test(word) && !OFFICE_JOINERS.has(word)).length > 4) return null;
  const end = words.at(-1)!;
  // Ending on a joiner or a lowercase title ("… dan ketua"), the words ran into the name; capitalised words after
  // a rank ("Brigadir Jenderal (Pol) Raden …") are more of the name than the article's short form has.
  if (OFFICE_JOINERS.has(end) || (/^\p{Ll}/u.test(end) && isTitleWord(end) && !bodyFirst && !/^(?:dr|ir|prof)$/.test(end))) return null;
  const lastTitle = words.map((word) => isTitleWord(word)).lastIndexOf(true);
  if (lastTitle >= 0 && lastTitle < words.length - 1 && words.slice(lastTitle + 1).every((word) => word.startsWith('(') || (/^\p{Lu}\p{Ll}+$/u.test(word) && !isOfficeWord(word)))
    && words.slice(lastTitle + 1).some((word) => !word.startsWith('(')) && RANKS.has(words[lastTitle]!.toLowerCase())) return null;
  return clause.slice(tokens[first]!.index, tokens[last - 1]!.index + tokens[last - 1]![0].length).trim() + placeAfter;
}
// Ranks and honorifics that stand right before a personal name.
const RANKS = new Set(`jenderal brigadir kolonel letnan mayor kapten komisaris laksamana marsekal irjen brigjen mayjen letjen kombes
  akbp kompol iptu ipda aiptu bripka inspektur dr ir prof profesor`.split(/\s+/));

/** A name as comparable words: role dropped, lowercase, accents removed. */
export const nameKey = (name: string): string[] =>
  (personName([...name.matchAll(TOKEN)].map((m) => m[0]))?.name ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);

/** Whether `shorter` names the same person as `longer` the way articles shorten names: by the surname, or by one of its words. */
function namesAgree(shorter: string[], longer: string[]): boolean {
  if (shorter.length === 0 || shorter.length > longer.length) return false;
  if (shorter.length === 1) return longer.includes(shorter[0]!);
  return shorter.every((word, i) => word === longer[longer.length - shorter.length + i]);
}

/**
 * True when two speaker names refer to the same person: "Putin", "Vladimir Putin" and
 * "Presiden Rusia Vladimir Putin" are one speaker. Case and accents do not matter.
 */
export function sameSpeaker(a: string, b: string): boolean {
  const [x, y] = [nameKey(a), nameKey(b)];
  return x.length <= y.length ? namesAgree(x, y) : namesAgree(y, x);
}

/** Whether `longer` is a fuller form of `surface` (same trailing words), as "sergey lavrov" is of "lavrov"; both as `nameKey` gives them. */
export function isFullerForm(surface: readonly string[], longer: readonly string[]): boolean {
  // One word may be the surname ("Lavrov") or, as Indonesian copy often has it, the given name ("Agus" for "Agus Priyanto").
  // An initial before the given name does not count ("fadjroel" in "m fadjroel rachman").
  const given = longer.find((word) => word.length > 1);
  if (surface.length === 1 && longer.length > 1) return given === surface[0] || longer.at(-1) === surface[0];
  return surface.length > 0 && surface.length <= longer.length && surface.every((word, i) => word === longer[longer.length - surface.length + i]);
}

// Where an attribution after a speech verb ends: "… kata Ketua KPU Ani Rahma, Senin (5/10), dalam rapat …".
const PHRASE_END =
  /\s(?:dalam|saat|ketika|kepada|pada|seusai|usai|setelah|sebelum|melalui|lewat|di|yang|sambil|seraya|sebagaimana|seperti|ketika|when|during|at|in|on|after|before|to|who|while|as)\s|[.;:!?"“”]|\s\(\s*\d/u;
const WEEKDAYS = new RegExp(String.raw`^(?:${[...INDONESIAN_WEEKDAYS, 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'].join('|')})\b`, 'i');

/**
 * The speaker an attribution names after its verb ("…,” kata Kepala Dusun Mekar, Kecamatan Sari, Budi Santoso,
 * Senin.), split into the name as the article gives it and everything before it as the role. The name is the
 * last comma-separated part that holds capitalised words (a weekday or a date after it is not a name), and
 * within it the words from the first one the article also uses on its own ("kata Budi"); failing that, the
 * words after the last title, organisation or place word. Null when the phrase names nobody.
 */
export function speakerInPhrase(
  phrase: string,
  standsAlone: (word: string) => boolean,
  isPlace: (word: string) => boolean = () => false,
): PersonName | null {
  const end = PHRASE_END.exec(phrase);
  let text = (end ? phrase.slice(0, end.index) : phrase).trim();
  // "… kata Budi Santoso (Harian Lestari, 3/4/2020)": a bracketed credit with a comma cites a source; it is not the
  // name, and the attribution ends before it.
  const credit = /\s*\([^()]*,[^()]*\)?/u.exec(text);
  if (credit) text = text.slice(0, credit.index).trim();
  const segments = text.split(/\s*,\s*/);
  const trailing: string[] = [];
  while (segments.length > 0) {
    const last = segments.at(-1)!.trim();
    // "… Bidang Politik, Hukum, dan Keamanan Hasan Basri": the last item of a list of offices carries the name.
    if (last && /^(?:(?:dan|serta|and|&)\s+)?\p{Lu}/u.test(last) && !WEEKDAYS.test(last)) break;
    trailing.unshift(last);
    segments.pop();
  }
  // "Rahmat Sugiarto, Ketua RT 3, Kelurahan Sari", "Joni, Direktur RSUD …, Surabaya": the part an office follows is
  // the name, and the office with what comes after it (a place) is the role.
  const isNamePart = (segment: string) => /^\p{Lu}/u.test(segment.trim()) && !opensOnOffice(segment);
  const nameAt = segments.findIndex((segment, i) => i + 1 < segments.length && isNamePart(segment) && opensOnOffice(segments[i + 1]!));
  const placesAfter = segments.slice(nameAt + 2).every((segment) => opensOnOffice(segment) || /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$/u.test(segment.trim()));
  if (nameAt >= 0 && placesAfter) {
    return { name: segments[nameAt]!.trim(), role: [...segments.slice(0, nameAt), ...segments.slice(nameAt + 1)].join(', ') };
  }
  if (segments.length === 0) return null;
  const segment = segments.at(-1)!;
  const tokens = [...segment.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index }));
  // The trailing run of capitalised words (and two-letter initials such as "MD") is where the name is.
  let start = tokens.length;
  while (start > 0 && (/^\p{Lu}/u.test(tokens[start - 1]!.text) || RUN_CONNECTORS.has(tokens[start - 1]!.text))) start--;
  const run = tokens.slice(start);
  if (run.length === 0 || /\)\s*$/.test(segment)) return null;
  const isOffice = (word: string) => isOfficeWord(word) || isPlace(word) || (/^\p{Lu}{3,}$/u.test(word) && word.length <= 6);
  const offices = run.map((token) => isOffice(token.text));
  let from = run.findIndex((token, i) => standsAlone(token.text) && !offices[i]);
  // "… Perhimpunan Hotel Batam Muhammad Mansyur", the article using "Mansyur" alone: the words between the office
  // and the short form are the rest of the name.
  const lastOfficeBefore = offices.slice(0, Math.max(from, 0)).lastIndexOf(true);
  const between = run.slice(lastOfficeBefore + 1, Math.max(from, 0));
  const closingBracket = segment.lastIndexOf(')');
  // Not after a title ("Deputi Penindakan Lestiani …"): what follows a title is the unit it heads.
  const afterTitle = lastOfficeBefore >= 0 && TITLES.has(run[lastOfficeBefore]!.text.toLowerCase());
  const givenNames = !afterTitle && between.length <= 2 && between.every((t) => /^\p{Lu}\p{Ll}+$/u.test(t.text) && t.start > closingBracket);
  if (from > 0 && lastOfficeBefore >= 0 && givenNames) from = lastOfficeBefore + 1;
  if (from < 0) {
    const afterBracket = run.findIndex((t) => t.start > closingBracket);
    from = Math.max(offices.lastIndexOf(true) + 1, closingBracket >= 0 && afterBracket >= 0 ? afterBracket : 0);
    if (from >= run.length) return null;
    // "… Kementerian Sosial Hendra": the word naming an organisation is the office's, not the name's.
    const office = nameAfterOffice(run.map((t) => t.text), isPlace);
    if (office > from) from = office;
  }
  while (from < run.length - 1 && isStopword(run[from]!.text.toLowerCase())) from++;
  const nameStart = run[from]!.start;
  const name = segment.slice(nameStart).trim();
  const before = [...segments.slice(0, -1), segment.slice(0, nameStart)].join(', ').replace(/[\s,]+$/, '').replace(/^[\s,]+/, '');
  const description = trailing.find((part) => part && !WEEKDAYS.test(part) && !/\d/.test(part)) ?? null;
  const role = before && !/^\p{Ll}+$/u.test(before) ? before : description;
  return { name, role: role || null };
}
