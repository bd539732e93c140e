/**
 * A note a colleague puts above the story when pasting or forwarding it: "Reporter Sam Lee filed this copy:",
 * "FYI", "pls check", "Hi team, here's the story", "EMBARGOED UNTIL 06:00 GMT". It is addressed to the newsroom,
 * not to readers, so it is never the headline or the lede.
 */

const MAX_PREFACE_WORDS = 30;

const PREFACE_PATTERNS: readonly RegExp[] = [
  // Addressed to colleagues: a greeting, a mention, a channel-wide ping.
  /^(?:hi|hello|hey|halo|hai|dear|morning|pagi|siang|sore|malam)\b[\s,!]*(?:all|team|tim|guys|everyone|semua|teman|kawan|rekan|desk|editors?|redaksi)?/i,
  /^@\S+/,
  /^(?:team|tim|guys|all|everyone|rekan-rekan|teman-teman|kawan-kawan)\s*[,:!]/i,
  // Requests and flags: "FYI", "pls check", "tolong dicek", "for review".
  /^(?:fyi|fwd?|pls|plz|cc|nb|n\.b\.|ps|p\.s\.)\b/i,
  /\b(?:pls|please|tolong|mohon)\s+(?:check|cek|dicek|review|edit|look|lihat|baca)\b/i,
  /\bfor (?:review|your review|checking|editing|the desk)\b/i,
  // Who filed it: "Reporter Sam Lee filed this copy:", "Kiriman dari koresponden …".
  /\b(?:filed|sent|submitted|forwarded|pasted|wrote)\s+(?:this|the|a|his|her|their)?\s*(?:copy|story|piece|draft|article|report|text)\b/i,
  /\b(?:here(?:'s| is)|below is|berikut(?:nya)?(?: ini)?)\s+(?:the|a|my|our|his|her)?\s*(?:copy|story|piece|draft|article|naskah|berita|artikel|tulisan)\b/i,
  /^(?:naskah|kiriman|draft|draf|copy)\s+(?:dari|from|by|oleh)\b/i,
  // Embargo lines: the policy reads them elsewhere; here they only must not become the story.
  /^(?:\*+\s*)?(?:embargo(?:ed)?|under embargo|hold for release|not for publication|jangan (?:dimuat|diterbitkan|tayang))\b/i,
];

/** Whether a line at the top of a paste is a note to colleagues rather than the story. */
export function isPrefaceLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.split(/\s+/).length > MAX_PREFACE_WORDS) return false;
  return PREFACE_PATTERNS.some((pattern) => pattern.test(text));
}
