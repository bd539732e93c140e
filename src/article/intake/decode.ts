/**
 * Bytes to text the way browsers do it: a byte-order mark wins, then the declared charset
 * (HTTP header, or a <meta> in an HTML page's first bytes), then UTF-8; bytes that are not
 * valid UTF-8 are read as Windows-1252, the usual charset of older Western pages and files.
 */

const BOMS: ReadonlyArray<[string, number[]]> = [
  ['utf-8', [0xef, 0xbb, 0xbf]],
  ['utf-16le', [0xff, 0xfe]],
  ['utf-16be', [0xfe, 0xff]],
];

const META_CHARSET = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i;
const META_SNIFF_BYTES = 1024;

export function decodeText(bytes: Uint8Array, options: { charset?: string; html?: boolean } = {}): string {
  const bom = BOMS.find(([, mark]) => mark.every((byte, i) => bytes[i] === byte));
  if (bom) return new TextDecoder(bom[0]).decode(bytes);
  const declared = options.charset ?? (options.html ? metaCharset(bytes) : undefined);
  const decoder = declared ? decoderFor(declared) : undefined;
  if (decoder) return decoder.encoding === 'windows-1252' ? decodeWindows1252(bytes) : decoder.decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decodeWindows1252(bytes);
  }
}

// Node 20's TextDecoder reads windows-1252 (and the latin1 labels that mean it) as ISO-8859-1,
// turning curly quotes and dashes into invisible C1 controls; these are the characters it misses.
const WINDOWS_1252_0X80_TO_0X9F = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8DŽ\x8F\x90‘’“”•–—˜™š›œ\x9DžŸ';

function decodeWindows1252(bytes: Uint8Array): string {
  return Buffer.from(bytes)
    .toString('latin1')
    .replace(/[\x80-\x9F]/g, (c1) => WINDOWS_1252_0X80_TO_0X9F[c1.charCodeAt(0) - 0x80]!);
}

function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, META_SNIFF_BYTES)).toString('latin1');
  return META_CHARSET.exec(head)?.[1];
}

/** A decoder for a charset label, or undefined for a label no decoder knows (then the fallbacks apply). */
function decoderFor(label: string): TextDecoder | undefined {
  try {
    return new TextDecoder(label);
  } catch {
    return undefined;
  }
}

/** The charset parameter of a Content-Type header value. */
export function charsetOf(contentType: string): string | undefined {
  return /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType)?.[1];
}
