// Longer than any real sentence; short enough that segmenting one window takes microseconds.
const WINDOW_CHARS = 2_000;

/**
 * Intl.Segmenter's segments of a text of any length, in time linear in its length: V8 segments
 * one long string in quadratic time, so the text is segmented a window at a time. A window's
 * last segment may run on past it, so the next window starts where that segment does.
 */
export function* segmentsOf(segmenter: Intl.Segmenter, text: string): Generator<Intl.SegmentData> {
  let offset = 0;
  while (offset < text.length) {
    const end = Math.min(text.length, offset + WINDOW_CHARS);
    const segments = Array.from(segmenter.segment(text.slice(offset, end)));
    if (end === text.length) return yield* at(offset, segments, text);
    if (segments.length > 1) {
      yield* at(offset, segments.slice(0, -1), text);
      offset += segments.at(-1)!.index;
      continue;
    }
    // One segment fills the window. No real sentence or word is that long: it is cut at its last space.
    const cut = cutPoint(text, offset, end);
    yield* at(offset, Array.from(segmenter.segment(text.slice(offset, cut))), text);
    offset = cut;
  }
}

function* at(offset: number, segments: Intl.SegmentData[], input: string): Generator<Intl.SegmentData> {
  for (const segment of segments) yield { ...segment, index: segment.index + offset, input };
}

/** After the last whitespace before `end`, else `end` itself, never between the halves of a surrogate pair. */
function cutPoint(text: string, start: number, end: number): number {
  const space = text.slice(start, end).search(/\s\S*$/);
  if (space > 0) return start + space + 1;
  return /[\uD800-\uDBFF]/.test(text[end - 1]!) ? end - 1 : end;
}
