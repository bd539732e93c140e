/**
 * The dateline a wire or site puts before a story's first words: "JAKARTA, KOMPAS.com - ", "Suara.com - ",
 * "Jakarta, CNN Indonesia - - ", "KYIV (Reuters) — ". Readers of a summary or a headline do not need it.
 */
// One word of a dateline: a capitalised place or outlet ("KUALA", "Jakarta"), a site's domain ("Suara.com"), or a camel-cased brand ("detikNews").
const DATELINE_WORD = String.raw`(?:\p{Lu}[\p{L}\d.]*|\p{L}+\.(?:com|co\.id|id|net|org)|\p{Ll}+\p{Lu}[\p{L}]*)`;
const DATELINE = new RegExp(
  String.raw`^${DATELINE_WORD}(?:[ ,/]+${DATELINE_WORD}){0,5}\s*(?:\([^)]{1,40}\))?\s*[-–—]+(?:\s*[-–—]+)*\s+(?=[\p{Lu}\d"“„'‘])`,
  'u',
);

/** The text with a leading dateline removed (unchanged when it has none). */
export function withoutDateline(text: string): string {
  return text.replace(DATELINE, '');
}
