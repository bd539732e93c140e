import { isStopword } from './stopwords.js';

/** A run of capitalised words in a text ("Menteri Luar Negeri AS Antony Blinken"), with its offsets. */
export interface NameRun {
  tokens: string[];
  start: number;
  end: number;
}

/** A name as the article gives it, split into the name proper and the title or role in front of it. */
export interface PersonName {
  name: string;
  role: string | null;
}

const TOKEN = /[\p{L}\p{M}\d]+(?:['’.-][\p{L}\p{M}\d]+)*/gu;
const CONNECTORS = new Set(['of', 'for', 'bin', 'binti', 'van', 'von', 'de', 'al']);
const DOTTED = new Set(['dr', 'mr', 'mrs', 'ms', 'prof', 'jr', 'sr', 'st', 'gen', 'gov', 'sen', 'rep', 'lt', 'col', 'capt']);

// Words of a title or office: they precede a name and become its role.
const TITLES = new Set(
  `presiden wakil menteri luar negeri dalam pertahanan keuangan perdana kanselir gubernur wali walikota bupati kepala
  ketua sekretaris jenderal juru bicara jubir direktur utama duta besar dubes raja ratu pangeran senator jaksa agung
  hakim panglima komisaris anggota menlu kapolri pemimpin kaisar paus sultan profesor prof dr ir pak bapak bu ibu
  letnan kolonel president vice prime minister foreign defence defense interior finance secretary state general
  chancellor governor mayor sen rep representative congressman congresswoman spokesman spokeswoman spokesperson
  director chief executive ceo chairman chairwoman chair ambassador king queen prince princess judge justice attorney
  commissioner professor mr mrs ms pope deputy speaker leader sheriff commander admiral colonel col lt lieutenant
  sergeant sgt captain capt inspector detective premier`.split(/\s+/),
);

// Countries and blocs that qualify a title ("Presiden Rusia", "German Chancellor").
const PLACES = new Set(
  `rusia russia russian amerika america american serikat inggris britain british jerman germany german prancis
  perancis france french ukraina ukraine ukrainian china tiongkok chinese jepang japan japanese indonesia indonesian
  india indian eropa europe european israel israeli palestina palestinian iran iranian turki turkey turkish korea
  korean selatan utara south north australia australian kanada canada canadian belanda dutch netherlands italia italy
  italian spanyol spain spanish polandia poland polish malaysia malaysian singapura singapore thailand filipina
  philippines arab saudi mesir egypt brasil brazil meksiko mexico jakarta`.split(/\s+/),
);

// Words that make a run an organisation rather than a person.
const ORGANISATION_WORDS = new Set(
  `institut institute universitas university kementerian ministry departemen department partai party badan lembaga
  komisi commission bank dewan council pusat center centre yayasan foundation asosiasi association organisasi
  organization organisation agency kepolisian police college fakultas faculty union group corporation perusahaan
  company`.split(/\s+/),
);

const isAcronym = (token: string) => /^\p{Lu}{2,5}$/u.test(token) || /^(?:\p{Lu}\.)+\p{Lu}\.?$/u.test(token);

/** Runs of capitalised words, joined across "of", "bin", "van" … and across the full stop of an initial or "Dr.". */
export function nameRuns(text: string): NameRun[] {
  const runs: NameRun[] = [];
  const tokens = [...text.matchAll(TOKEN)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  let current: typeof tokens = [];
  const flush = () => {
    while (current.length > 0 && CONNECTORS.has(current[current.length - 1]!.text)) current.pop();
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
    else if (current.length > 0 && CONNECTORS.has(token.text) && /^\p{Lu}/u.test(tokens[i + 1]?.text ?? '')) current.push(token);
    else flush();
  });
  flush();
  return runs;
}

/**
 * Splits "Presiden Rusia Vladimir Putin" into name "Vladimir Putin" and role "Presiden Rusia". Words that only
 * capitalise because they start a sentence ("Tetapi", "The") or attribute a quote ("Kata") are dropped.
 */
export function personName(tokens: readonly string[], ignore: ReadonlySet<string> = new Set()): PersonName | null {
  const words = [...tokens];
  while (words.length > 0 && (isStopword(words[0]!.toLowerCase()) || ignore.has(words[0]!.toLowerCase()))) words.shift();
  if (words.length === 0) return null;
  let split = 0;
  let titled = false;
  while (split < words.length - 1) {
    const word = words[split]!.toLowerCase();
    if (TITLES.has(word)) titled = true;
    else if (!PLACES.has(word) && !CONNECTORS.has(word) && !isAcronym(words[split]!)) break;
    split++;
  }
  const nameWords = words.slice(split);
  const organisation = nameWords.some((w) => ORGANISATION_WORDS.has(w.toLowerCase()));
  const onlyPlaces = nameWords.every((w) => PLACES.has(w.toLowerCase()) || isAcronym(w));
  if (!titled || split === 0 || organisation || onlyPlaces) return { name: words.join(' '), role: null };
  return { name: nameWords.join(' '), role: words.slice(0, split).join(' ') };
}

/** A role given right after a name: "Stephen Nix dari Institut …", "Tom Rivera, a spokesman for …". */
export function roleAfterName(textAfter: string): string | null {
  const appositive = /^,\s+(?:a|an|the|seorang|sang)\s+([^,.;:"“”]{3,80}?)\s*(?=[,.;:]|$)/.exec(textAfter);
  if (appositive) return appositive[1]!;
  const from = /^\s+(?:dari|of|from)\s+(?:the\s+)?/.exec(textAfter);
  if (!from) return null;
  const organisation = nameRuns(textAfter.slice(from[0].length))[0];
  if (!organisation || organisation.start !== 0) return null;
  return organisation.tokens.some((w) => ORGANISATION_WORDS.has(w.toLowerCase())) ? organisation.tokens.join(' ') : null;
}

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
  return surface.length > 0 && surface.length <= longer.length && surface.every((word, i) => word === longer[longer.length - surface.length + i]);
}
