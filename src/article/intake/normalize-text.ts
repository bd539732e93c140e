/**
 * Text in one canonical form, so that what the journalist pasted, what a page said and what a
 * model quotes compare equal: NFC, "\n" line ends, plain spaces, no invisible characters.
 * Zero-width joiners stay: some scripts (Persian, emoji) need them.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/[\u00AD\u200B\u2060\uFEFF]/g, '')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g, '');
}
