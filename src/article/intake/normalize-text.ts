/**
 * Text in one canonical form, so that what the journalist pasted, what a page said and what a
 * model quotes compare equal: NFC, "\n" line ends, plain spaces, no invisible characters.
 * Zero-width joiners stay: some scripts (Persian, emoji) need them.
 */
export function normalizeText(text: string): string {
  const normalized = withoutStrayDirectionMarks(repairMojibake(text)).normalize('NFC');
  if (!NEEDS_CLEANING.test(normalized)) return normalized;
  return normalized
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '');
}

// What one of the replacements above would change: a line end other than "\n", an invisible or control character,
// whitespace other than a space, or two spaces. Most pasted text has none, and each replacement walked all of it.
const NEEDS_CLEANING = /[\r\u2028\u2029\u0085\u00AD\u200B\u2060\uFEFF\u0000-\u0008\u000E-\u001F\u007F-\u009F]|[^\S\n ]| {2}/;

const RIGHT_TO_LEFT_SCRIPT = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Adlam}]/u;
const DIRECTION_MARKS = /[\u200E\u200F\u061C\u202A-\u202E\u2066-\u2069]/g;
const HAS_DIRECTION_MARK = new RegExp(DIRECTION_MARKS.source);

/**
 * Text without the marks that set the direction of writing (left-to-right mark, embeddings, isolates) when it has
 * no right-to-left script for them to act on: pasted from a page's editor, they sit unseen before a quote mark or
 * a sentence and keep it from being read as one. Text in Arabic or Hebrew keeps them.
 */
function withoutStrayDirectionMarks(text: string): string {
  // The marks are looked for first: most text has none, and the script test walked every article (an eighth of reading one).
  if (!HAS_DIRECTION_MARK.test(text)) return text;
  return RIGHT_TO_LEFT_SCRIPT.test(text) ? text : text.replace(DIRECTION_MARKS, '');
}

// Windows-1252's characters for the bytes 0x80–0x9F; the five bytes it leaves undefined come through as C1 controls.
const WINDOWS_1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';
const BYTE_OF = new Map<string, number>([
  ...[...WINDOWS_1252_HIGH].map((character, i) => [character, 0x80 + i] as const),
  ...Array.from({ length: 0x40 }, (_, i) => [String.fromCharCode(0xa0 + i), 0xa0 + i] as const).filter(([, byte]) => byte <= 0xbf),
]);
const CONTINUATION = `[${[...BYTE_OF.keys()].join('').replace(/[\\\]^-]/g, '\\$&')}]`;
// UTF-8 read as Windows-1252: "â€œ" for “, "â€™" for ’, "Ã©" for é. Only the lead bytes of accented Latin letters
// (Â, Ã) and of punctuation (â) are taken, so ordinary text in those letters is left alone.
const MOJIBAKE = new RegExp(`â€${CONTINUATION}?|[ÂÃ]${CONTINUATION}`, 'gu');
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Text with UTF-8 that was once read as Windows-1252 put back: the curly quotes, dashes and accented letters a page
 * or a copy-paste turned into "â€œ", "â€" and "Ã©". Left as they are, a quotation's marks go unseen and its
 * sentences run together. A "â€" whose last byte was lost (0x9D, which Windows-1252 leaves undefined) was a closing
 * double quote.
 */
export function repairMojibake(text: string): string {
  if (!/[âÂÃ]/.test(text)) return text;
  return text.replace(MOJIBAKE, (sequence) => {
    if (sequence === 'â€') return '”';
    const bytes = Uint8Array.from([...sequence].map((character) => (character === 'â' ? 0xe2 : character === 'Â' ? 0xc2 : character === 'Ã' ? 0xc3 : BYTE_OF.get(character)!)));
    try {
      return utf8.decode(bytes);
    } catch {
      return sequence;
    }
  });
}
