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
// What a story opens with: a capital, a digit or a quote mark.
const STORY_START = /^[\p{Lu}\d"“„'‘]/u;
// An outlet the dateline names for certain: in brackets, or a site's domain ("JUARA.NET", "Berita.com").
const NAMED_OUTLET = /\(|\p{L}\.\p{L}/u;

/**
 * Where the story starts after a leading dateline, or 0 when the text has none. A dash with a space on neither side
 * joins two words ("Indonesia-Malaysia"), not a dateline to its story; a story that goes on in lower case after a
 * dash ("Ruko - ruko di pasar …") is one sentence, unless the part before the dash names an outlet for certain
 * ("KABAR.NET, TOKYO - pasangan ganda …", a site's slip of the shift key).
 */
function storyStart(text: string): number {
  const match = DATELINE.exec(text);
  if (!match) return 0;
  const [whole, head, spaceBefore, spaceAfter] = match;
  const rest = text.slice(whole.length);
  if (!rest || (!spaceBefore && !spaceAfter)) return 0;
  if (STORY_START.test(rest)) return whole.length;
  return /^\p{Ll}/u.test(rest) && NAMED_OUTLET.test(head!) ? whole.length : 0;
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
