/** One pair of double quote marks in a text; `close` is null when the quote runs on past the end (a quote that continues in the next paragraph). */
export interface QuoteSpan {
  open: number;
  close: number | null;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„', '‟']);
const BEFORE_OPENING = /[\s([{—–-]/;
const AFTER_CLOSING = /[\s.,;:!?)\]}—–-]/;

/**
 * Finds double-quoted passages. Marks are paired by context rather than by shape, because scraped text mixes
 * straight and curly marks freely and types them in either direction: outside a quotation a mark after a space
 * opens one (also when a space follows it, as in `" Saya …`); inside, a mark glued to the word before it closes,
 * and so does a mark with spaces on both sides (`…, " ucapnya`); a mark after a space and before a word, inside a
 * quotation, opens a new one, the earlier mark having been stray.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    if (!QUOTE_MARKS.has(text[i]!)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const spacedBefore = before === undefined || BEFORE_OPENING.test(before);
    const spacedAfter = after === undefined || AFTER_CLOSING.test(after);
    if (open === null) {
      if (spacedBefore && after !== undefined) open = i;
    } else if (!spacedBefore || spacedAfter) {
      spans.push({ open, close: i });
      open = null;
    } else {
      open = i;
    }
  }
  if (open !== null) spans.push({ open, close: null });
  return spans;
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
    pieces.push(text.slice(from, span.open), ' '.repeat(end - span.open));
    from = end;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}
