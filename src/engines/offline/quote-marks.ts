/** One pair of double quote marks in a text; `close` is null when the quote runs on past the end (a quote that continues in the next paragraph). */
export interface QuoteSpan {
  open: number;
  close: number | null;
}

const QUOTE_MARKS = new Set(['"', '“', '”', '„']);
const BEFORE_OPENING = /[\s([{—–-]/;

/**
 * Finds double-quoted passages. Straight and curly marks are paired by context (a mark after a space
 * opens, a mark after a word closes) rather than by shape, because scraped text mixes them freely.
 */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open: number | null = null;
  for (let i = 0; i < text.length; i++) {
    if (!QUOTE_MARKS.has(text[i]!)) continue;
    const before = text[i - 1];
    const after = text[i + 1];
    const canOpen = (before === undefined || BEFORE_OPENING.test(before)) && after !== undefined && !/\s/.test(after);
    const canClose = before !== undefined && !/\s/.test(before);
    if (open !== null && canClose) {
      spans.push({ open, close: i });
      open = null;
    } else if (canOpen) {
      // A second opening mark before any closing one means the first was stray.
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
