import { isVerbWithNya, VERBS_AFTER_QUOTE } from './speech-verbs.js';

/**
 * One pair of double quote marks in a text; `close` is null when the quote runs on past the end (a quote that
 * continues in the next paragraph), and `open` is -1 when it was opened at the end of the paragraph before.
 */
export interface QuoteSpan {
  open: number;
  close: number | null;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '‟']);
const BEFORE_OPENING = /[\s([{—–-]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–-]/;

/** Whether the words at `from` attribute speech: "kata Budi", "ucapnya", "ujar dia". */
function attributionAt(text: string, from: number): boolean {
  // Lowercase only: a quotation may well begin with "Kata …".
  const word = /^\p{Ll}+/u.exec(text.slice(from))?.[0];
  return word !== undefined && (VERBS_AFTER_QUOTE.has(word) || isVerbWithNya(word));
}

/** Words a quoted term inside a quotation may run to ("… kan ada” jeger-jeger “-nya …"). */
const MAX_INNER_TERM_WORDS = 4;

/**
 * Finds double-quoted passages. Marks are paired by context rather than by shape, because scraped text mixes
 * straight and curly marks freely and types them in either direction: outside a quotation a mark after a space
 * opens one (also when a space follows it, as in `" Saya …`); inside, a mark glued to the word before it closes,
 * and so does a mark with spaces on both sides (`…, " ucapnya`); a mark after a space and before a word, inside a
 * quotation, opens a new one, the earlier mark having been stray.
 *
 * Scraped copy also shifts both marks one word along: `… mitra.” Bulan lalu kami …, “lanjutnya.` A mark glued to
 * the end of a sentence outside any quotation is held as a possible opening, and taken as one when a later mark
 * glued to an attribution verb (`“lanjutnya`, `“kata Budi`) ends the quotation. Inside a quotation, a term
 * quoted with marks in that shifted shape (`… ada” jeger-jeger “-nya …`) does not end it, and a single closing
 * mark before an attribution does (`…,’ kata Budi`).
 */
export function findQuoteSpans(text: string, openedBefore = false): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  // A mark shifted onto the end of the paragraph before (`… mitra.”` then a new paragraph) opens a quotation here.
  let heldOpening: number | null = openedBefore ? -1 : null;
  for (let i = 0; i < text.length; i++) {
    const mark = text[i]!;
    if (open !== null && (mark === '’' || mark === "'") && /[,.!?]/.test(text[i - 1] ?? '') && /\s/.test(text[i + 1] ?? '') && attributionAt(text, i + 2)) {
      spans.push({ open, close: i });
      open = null;
      continue;
    }
    if (!QUOTE_MARKS.has(mark)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const spacedBefore = before === undefined || BEFORE_OPENING.test(before);
    const spacedAfter = after === undefined || AFTER_CLOSING.test(after);
    if (open === null) {
      const shiftedClose = spacedBefore && !spacedAfter && /[,.!?]\s*$/.test(text.slice(0, i)) && attributionAt(text, i + 1);
      if (shiftedClose) {
        // With no opening held, the opening was lost: what follows the verb is narration, not a quotation.
        if (heldOpening !== null) spans.push({ open: heldOpening, close: i });
        heldOpening = null;
      } else if (spacedBefore && after !== undefined) {
        open = i;
      } else if (!spacedBefore && spacedAfter && /[.!?]/.test(before ?? '')) {
        heldOpening = i;
      }
    } else if (spacedBefore && !spacedAfter && /[,.!?]\s+$/.test(text.slice(0, i)) && attributionAt(text, i + 1)) {
      // `”Di semua masjid …, “ucapnya.`: the closing mark shifted onto the verb.
      spans.push({ open, close: i });
      open = null;
      heldOpening = null;
    } else if (!spacedBefore || spacedAfter) {
      if (!spacedBefore && spacedAfter && innerTermEnd(text, i) !== null) {
        i = innerTermEnd(text, i)!;
        continue;
      }
      spans.push({ open, close: i });
      open = null;
      heldOpening = null;
    } else {
      open = i;
    }
  }
  if (open !== null) spans.push({ open, close: null });
  return spans;
}

/**
 * Inside a quotation, where a term quoted in shifted marks ends: `ada” jeger - jeger “-nya` gives the index of the
 * second mark. Null unless a mark glued to the following text comes within a few words, with no punctuation or
 * attribution between (`…,” kata Budi, “…` is two quotations).
 */
function innerTermEnd(text: string, close: number): number | null {
  const rest = text.slice(close + 1);
  const next = /^([^"“”„‟.,;:!?]*)\s["“”„‟](?=[^\s])/u.exec(rest);
  if (!next) return null;
  const between = next[1]!.trim();
  const words = between.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
  if (words.length === 0 || words.length > MAX_INNER_TERM_WORDS || attributionAt(between, 0)) return null;
  // Only when the quotation then goes on to end the way quotations do, on punctuation and an attribution
  // ('“-nya. Kami …,” ucapnya'); '"yes" and “no”' are two quoted words.
  const reopen = close + next[0].length;
  const end = /["“”„‟]/u.exec(text.slice(reopen + 1));
  if (!end) return null;
  const endAt = reopen + 1 + end.index;
  const ending = /[,.!?]/.test(text[endAt - 1] ?? '') && attributionAt(text, endAt + 1 + (/^\s*/.exec(text.slice(endAt + 1))?.[0].length ?? 0));
  return ending ? reopen : null;
}

/** Whether a paragraph ends on a quote mark glued to the end of its last sentence that no quotation closes there: a shifted opening mark. */
export function endsWithShiftedOpening(text: string, spans: readonly QuoteSpan[] = findQuoteSpans(text)): boolean {
  const mark = text.trimEnd().length - 1;
  return /[.!?]["“”„‟]\s*$/u.test(text) && !spans.some((span) => span.close === mark || span.open === mark);
}

/** The text between the marks, as it stands in the source (whitespace at the edges trimmed). */
export function quotedText(text: string, span: QuoteSpan): string {
  return text.slice(span.open + 1, span.close ?? text.length).trim();
}

/** The text with every quoted passage (marks included) blanked out, offsets unchanged: for reading the narration around quotes. */
export function maskQuotes(text: string, spans: readonly QuoteSpan[]): string {
  const pieces: string[] = [];
  let from = 0;
  for (const span of spans) {
    const end = (span.close ?? text.length - 1) + 1;
    const open = Math.max(span.open, 0);
    pieces.push(text.slice(from, open), ' '.repeat(end - open));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}
