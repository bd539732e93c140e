import { parseLanguage } from '../article/language.js';

/** What a journalist asks for in an article's thread, in English or Indonesian. */
export type FollowUpIntent =
  | { kind: 'quotes'; speaker?: string }
  /** No language named: the channel's or the workspace's default target, from their settings. */
  | { kind: 'translate'; language: string | undefined }
  | { kind: 'summary'; length: 'short' | 'normal' | 'long' }
  | { kind: 'headlines' }
  | { kind: 'social-post' }
  | { kind: 'question' };

// Politeness and filler around a request ("please", "tolong", "can you") does not change it.
const FILLER =
  /^(?:(?:please|pls|can you|could you|would you|now|and|then|ok(?:ay)?|tolong|coba|bisa|minta|sekarang|lalu|terus|dong|ya)[\s,]+)+|(?:[\s,]+(?:please|pls|thanks|thank you|dong|ya|tolong|juga|too|as well))+$/gi;

const TRANSLATE = /\b(?:translate|translation|terjemah(?:kan|an)?|alih\s*bahasa(?:kan)?)\b/i;
const SOCIAL_POST =
  /\b(?:tweet|tweets|twit|cuitan|social[-\s]media|social post|post for (?:x|twitter|threads|bluesky|mastodon|facebook|instagram|linkedin)|media sosial|medsos|unggahan)\b/i;
const HEADLINES =
  /\b(?:headlines|(?:headline|title)\s+(?:options|ideas|alternatives|suggestions)|(?:suggest|propose|write|give me|alternative|other|new|better)\s+(?:\w+\s+)?(?:headline|title)s?|(?:usulan|usul|alternatif|pilihan|ide|opsi|buat(?:kan)?|beri(?:kan)?)\s+(?:\w+\s+)?judul|judul\s+(?:alternatif|lain|baru|yang lebih baik))\b/i;
const SHORTER =
  /\b(?:shorter|shorten|briefer|more concise|tl;?dr|too long|lebih (?:singkat|pendek|ringkas)|persingkat|perpendek|singkatkan|ringkas lagi)\b/i;
const LONGER =
  /\b(?:longer|more detail(?:s|ed)?|in (?:more )?detail|expand(?: on)? it|elaborate|lebih (?:panjang|rinci|detail|lengkap)|perpanjang|perinci)\b/i;
const QUOTES_LIST = /\b(?:quotes?|quoted|quotations?|kutipan|kutip(?:an)?(?:nya)?|pernyataan langsung)\b/i;
const SUMMARY = /^(?:summari[sz]e|summary|sum it up|ringkas(?:kan|an)?|rangkum(?:kan|an)?|buat(?:kan)? ringkasan)\b/i;

// "what did Lavrov say?", "apa kata Lavrov?", "apa yang dikatakan Putin?", "Lavrov bilang apa?"
const WHAT_DID_SAY = [
  /^what (?:did|does|has) (.+?) (?:say|said|tell|told)(?: to [\w\s]+?)?(?: (?:in|according to) the (?:article|story))?$/i,
  /^what (?:were|are) (.+?)'s (?:words|quotes|statements)$/i,
  /^apa (?:kata|ucapan|pernyataan) (.+)$/i,
  /^apa yang (?:dikatakan|diucapkan|disampaikan|dinyatakan) (?:oleh )?(.+)$/i,
  /^(.+?) (?:bilang|berkata|mengatakan) apa$/i,
];
// "quotes from Lavrov", "Lavrov's quotes", "kutipan dari Lavrov", "kutipan Lavrov"
const QUOTES_BY = [
  /\b(?:quotes?|quotations?|kutipan(?:nya)?)\s+(?:from|by|of|dari|oleh)\s+(.+)$/i,
  /^(?:list |show |give me |find )?(?:the |all )?(.+?)'s\s+quotes?$/i,
  /^(?:daftar |tampilkan |cari )?kutipan\s+(?!dari\b|oleh\b|di\b|dalam\b|yang\b|artikel\b|berita\b)(.+)$/i,
];
const NOT_A_SPEAKER = /^(?:the |this |that |all )?(?:article|story|piece|text|berita|artikel|ini|itu|semua|everyone|anyone|people|they|he|she|it)$/i;

// "in English", "ke bahasa Inggris", "dalam bahasa Inggris", "into English"
const LANGUAGE_PHRASE = /\b(?:in|into|to|ke|dalam|jadi|menjadi)\s+((?:bahasa\s+)?[\p{L}]+)/giu;

/** Classifies a follow-up; anything that is not a recognised request is a question about the article. */
export function classifyFollowUp(message: string): FollowUpIntent {
  const text = tidy(message);
  if (TRANSLATE.test(text)) return { kind: 'translate', language: namedLanguage(text) };
  if (SOCIAL_POST.test(text)) return { kind: 'social-post' };
  if (HEADLINES.test(text)) return { kind: 'headlines' };
  if (SHORTER.test(text)) return { kind: 'summary', length: 'short' };
  if (LONGER.test(text)) return { kind: 'summary', length: 'long' };
  const speaker = speakerAsked(text);
  if (speaker) return { kind: 'quotes', speaker };
  if (QUOTES_LIST.test(text) && isRequestForList(text)) return { kind: 'quotes' };
  if (SUMMARY.test(text)) return { kind: 'summary', length: 'normal' };
  // A bare "in English?" or "bahasa Inggris" after a summary means: translate it.
  const language = isOnlyALanguage(text);
  if (language) return { kind: 'translate', language };
  return { kind: 'question' };
}

function tidy(message: string): string {
  return message
    .replace(/[“”]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[?!.]+$/, '')
    .replace(FILLER, '')
    .trim();
}

function namedLanguage(text: string): string | undefined {
  for (const match of text.matchAll(LANGUAGE_PHRASE)) {
    const code = parseLanguage(match[1]!);
    if (code) return code;
  }
  return undefined;
}

function isOnlyALanguage(text: string): string | undefined {
  const phrase = /^(?:(?:in|into|to|ke|dalam|jadi)\s+)?(.+)$/i.exec(text)?.[1] ?? text;
  return phrase.split(' ').length <= 3 ? parseLanguage(phrase) : undefined;
}

// "what did X say about Y" asks about Y: a question. "apa kata X kepada Y": X's quotes all the same.
const ABOUT = /\s(?:about|on|regarding|tentang|soal|mengenai|terkait)\s/i;
const ADDRESSEE = /\s(?:to|kepada|pada|ke)\s.*$/i;

function speakerAsked(text: string): string | undefined {
  for (const pattern of [...WHAT_DID_SAY, ...QUOTES_BY]) {
    const phrase = pattern.exec(text)?.[1]?.trim();
    if (!phrase || ABOUT.test(` ${phrase} `)) continue;
    const name = phrase.replace(ADDRESSEE, '').replace(/^(?:the|oleh)\s+/i, '');
    if (name && !NOT_A_SPEAKER.test(name) && name.split(' ').length <= 5) return name;
  }
  return undefined;
}

/** "list the quotes" is a request; "is the quote in P3 accurate?" is a question. */
function isRequestForList(text: string): boolean {
  return !/^(?:is|are|was|were|does|did|do|why|how|when|where|who|which|apakah|kenapa|mengapa|bagaimana|kapan|siapa)\b/i.test(text);
}
