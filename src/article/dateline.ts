/**
 * The dateline a wire or site puts before a story's first words: "JAKARTA, KOMPAS.com - ", "Suara.com - ",
 * "Jakarta, CNN Indonesia - - ", "KYIV (Reuters) — ". Readers of a summary or a headline do not need it.
 */
// One word of a dateline: a capitalised place or outlet ("KUALA", "Jakarta"), a site's domain ("Suara.com"), or a camel-cased brand ("detikNews").
const DATELINE_WORD = String.raw`(?:\p{Lu}[\p{L}\d.]*|\p{L}+\.(?:com|co\.id|id|net|org)|\p{Ll}+\p{Lu}[\p{L}]*)`;
// The places and outlet, an outlet in brackets (after a comma too: "New York, Boston, (Kabar News)"), then the dash or
// dashes with the spaces and invisible marks (a left-to-right mark, say) around them.
const DATELINE = new RegExp(
  String.raw`^(${DATELINE_WORD}(?:[ ,/]+${DATELINE_WORD}){0,5}(?:[\s,]*\([^)]{1,40}\))?)(\s*)[-–—]+(?:\s*[-–—]+)*([\s\p{Cf}]*)`,
  'u',
);
// A dateline some sites set with no dash: a place in capitals, then the outlet in brackets, then the story
// ("KOTA LESTARI (Kabar Kota) Harga beras naik.").
const DASHLESS_DATELINE = /^(\p{Lu}{3,}(?: \p{Lu}{3,}){0,2})\s*\(([^)]{1,40})\)[\s\p{Cf}]+(?=[\p{Lu}"“„'‘])/u;
const COMPANY_FORM = /^(?:persero|perum|tbk|ltd|inc|plc|gmbh)\.?$/iu;
// What a story opens with: a capital, a digit or a quote mark.
const STORY_START = /^[\p{Lu}\d"“„'‘]/u;
// An outlet the dateline names for certain: in brackets, or a site's domain ("JUARA.NET", "Berita.com").
const NAMED_OUTLET = /\(|\p{L}\.\p{L}/u;
// A place or outlet in a dateline is a word of three letters or more; a shorter word before a spaced dash is the
// first half of a name or a term ("Go - Kilat", "GO - KILAT", "H - 3", "Co - pilot").
const SHORT_LAST_WORD = /(?:^|[^\p{L}])\p{L}{1,2}$/u;
// Words in capitals ("KUALA LUMPUR"), as places in datelines are set.
const CAPITALS = /^[^\p{Ll}]+$/u;

/**
 * Whether the words before a dash can be a dateline. With no outlet named for certain and no comma between place and
 * outlet, they are one word ("Berita - ", "INGGRIS - ") or words in capitals ("KUALA LUMPUR - "); words in title case
 * ("Sinar Jaya - Lestari", "CEO Go - Kilat") are a name with a hyphen in it.
 */
function canBeDateline(head: string): boolean {
  if (NAMED_OUTLET.test(head)) return true;
  if (SHORT_LAST_WORD.test(head)) return false;
  return head.includes(',') || !/\s/.test(head) || CAPITALS.test(head);
}

/**
 * Where the story starts after a leading dateline, or 0 when the text has none. A dash with a space on neither side
 * joins two words ("Indonesia-Malaysia"), not a dateline to its story; a story that goes on in lower case after a
 * dash ("Ruko - ruko di pasar …") is one sentence, unless the part before the dash names an outlet for certain
 * ("KABAR.NET, TOKYO - pasangan ganda …", a site's slip of the shift key).
 */
function storyStart(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return dashlessStart(text);
  const [whole, head, spaceBefore, spaceAfter] = match;
  const rest = text.slice(whole.length);
  if (!rest || (!spaceBefore && !spaceAfter) || !canBeDateline(head!)) return 0;
  if (STORY_START.test(rest)) return whole.length;
  return /^\p{Ll}/u.test(rest) && NAMED_OUTLET.test(head!) ? whole.length : 0;
}

/**
 * Where the story starts after a dateline with no dash, or 0. Capitals with their spelling-out in brackets are a
 * term, not a place and its outlet: "BPBD (Badan Penanggulangan Bencana Daerah) Kota Lestari …", whose letters
 * are the initials of the words in brackets.
 */
function dashlessStart(text: string): number {
  const match = DASHLESS_DATELINE.exec(text);
  if (!match) return 0;
  const [whole, head, bracketed] = match;
  // "PLN (Persero) Unit Induk …": a company and its legal form, not a place and its outlet.
  if (COMPANY_FORM.test(bracketed!)) return 0;
  const initials = [...bracketed!.matchAll(/\p{L}+/gu)].map(([word]) => word[0]!.toUpperCase()).join('');
  return isSubsequence(head!.replace(/ /g, ''), initials) ? 0 : whole!.length;
}

/** Whether the letters of `short` occur in `long` in order. */
function isSubsequence(short: string, long: string): boolean {
  let i = 0;
  for (const letter of long) if (short[i] === letter) i++;
  return i === short.length;
}

/** The text with a leading dateline removed (unchanged when it has none). */
export function withoutDateline(text: string): string {
  return text.slice(storyStart(text));
}

/**
 * Whether the text is a dateline and nothing else ("Suara.com -"): a page that sets its dateline on a line of its own,
 * above the story's first paragraph.
 */
export function isBareDateline(text: string): boolean {
  const match = DATELINE.exec(text.trim());
  return match !== null && match[0].length === text.trim().length && NAMED_OUTLET.test(match[1]!);
}
