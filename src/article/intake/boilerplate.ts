/**
 * Lines news sites put around and inside a story that are not the story: related-article
 * links, ad labels, share bars, photo credits, newsletter prompts, page furniture.
 * Only whole lines are dropped, and only short ones, so a story paragraph that happens to
 * start with one of these words ("Share prices fell…") is kept.
 */

const MAX_BOILERPLATE_WORDS = 40;

/** Lines that are boilerplate in their entirety (case and trailing punctuation ignored). */
const WHOLE_LINES = new Set([
  'advertisement',
  'advertisment',
  'iklan',
  'sponsored',
  'scroll to continue with content',
  'scroll to resume content',
  'scroll untuk melanjutkan',
  'lanjutkan membaca',
  'continue reading',
  'read more',
  'baca selengkapnya',
  'selengkapnya',
  'lihat foto',
  'lihat video',
  'listen to this article',
  'dengarkan artikel ini',
  'halaman selanjutnya',
  'next page',
  'loading',
  'memuat',
  'tag',
  'tags',
  'topik',
  'topics',
  'skip to content',
  'subscribe to continue reading',
]);

/** Words a share bar is made of: a line of nothing else is a share bar. */
const SHARE_BAR_WORDS = new Set([
  'share', 'bagikan', 'facebook', 'twitter', 'x', 'whatsapp', 'telegram', 'linkedin', 'line',
  'pinterest', 'email', 'e-mail', 'copy', 'salin', 'link', 'tautan', 'print', 'cetak', 'komentar', 'comments',
]);

const LINE_PATTERNS: readonly RegExp[] = [
  // Related-article and video prompts (Indonesian and English sites)
  /^(baca|lihat|simak|cek) (juga|pula)\b/i,
  /^[([]\s*(baca|lihat|simak|read|see) (juga|pula|also|more)\b/i,
  /^baca\s*:/i,
  /^simak (video|berita|selengkapnya|informasi|juga)\b/i,
  /^(tonton|saksikan) (juga|video)\b/i,
  /^(read|see) (also|more)\s*:/i,
  /^also read\b/i,
  /^related( articles?| stories)?\s*:/i,
  // Newsletter, app and social-channel prompts
  /^(sign up|subscribe) (for|to)\b/i,
  /^(ikuti|follow) (kami|us|berita|update|terus|perkembangan)\b/i,
  /^(dapatkan|download|unduh) .*\b(aplikasi|app|update berita|berita terkini)\b/i,
  /^(gabung|bergabung|join) .*\b(telegram|whatsapp|channel|saluran|grup)\b/i,
  /^share (this|on|via)\b/i,
  /^subscribe (from|now|today)\b/i,
  /^(already a subscriber|sudah berlangganan)\b/i,
  // Credits and page furniture
  /^(foto|photo|gambar|image|video|ilustrasi|infografis|sumber foto|caption)\s*:/i,
  /^(penulis|editor|reporter|pewarta|penyunting|redaktur|sumber|writer|author|reporting by|editing by)\s*:/i,
  /^(copyright|hak cipta)\b/i,
  // Bylines: "By Renée Okafor, Business Reporter", "Oleh: Nadia Putri"
  /^([Bb]y|[Oo]leh):? (\p{Lu}[\p{L}'’.-]*\s?){1,4}(,[^.!?]*)?$/u,
  /^©/,
  /^all rights reserved\b/i,
  /^(page|halaman) \d+( (of|dari) \d+)?$/i,
  /^\d{1,3}$/,
  // Detik-style editor initials at the end of a story: "(nvc/nvc)"
  /^\((?:[a-z]{2,5}\/)+[a-z]{2,5}\)$/i,
  // Photo captions ending in an agency credit: "… (REUTERS/Sputnik/Alexei Nikolsky)"
  /\([A-Z][\w.]*(?: [A-Z][\w.]*)*\/[\p{L}.-]+(?:[ /][\p{L}.-]+)+\)$/u,
];

// A prompt standing alone over a list of related-article links: "Baca juga:", "baca:", "Berita terkait", "Related:".
const LINK_LIST_PROMPT = /^[([]?\s*(?:(?:baca|lihat|simak|read|see)(?: (?:juga|pula|also|more))?|also read|(?:berita|artikel) (?:terkait|lainnya)|related(?: articles?| stories)?)\s*:?\s*[)\]]?$/i;

/**
 * Whether the line is a prompt with nothing after it, so that the short lines under it are the titles of related
 * articles it links to, not the story.
 */
export function opensLinkList(line: string): boolean {
  return LINK_LIST_PROMPT.test(line.trim());
}

// A link to a related article inside a paragraph: in brackets ("(Baca: …)", "[Baca juga: …]"), or glued on after
// the paragraph's last sentence ("… daring. Baca juga: Harga Cabai Naik"), a title with no full stop of its own.
const BRACKETED_LINK = /\s*[([]\s*(?:baca|lihat|simak|read)(?:\s+(?:juga|pula|also|more))?\s*:[^()[\]]*[)\]]/giu;
const TRAILING_LINK = /(?<=[.!?"”’)])\s+(?:baca|lihat|simak)\s+(?:juga|pula)\s*:[^.!?]*$/iu;

/** The line without links to related articles set inside it (a line that is nothing but one is left to isBoilerplateLine). */
export function withoutInlineLinks(line: string): string {
  if (!/baca|lihat|simak|read/i.test(line)) return line;
  const cut = line.replace(TRAILING_LINK, '');
  const rest = cut.replace(BRACKETED_LINK, '');
  return rest.trim() ? rest : cut;
}

export function isBoilerplateLine(line: string): boolean {
  if (opensLinkList(line)) return true;
  const trimmed = line.trim();
  // A story's paragraphs are most lines and all long: counted only as far as the limit, they are not lowercased and split.
  if (hasMoreWordsThan(trimmed, MAX_BOILERPLATE_WORDS)) return false;
  const bare = trimmed.replace(/[.:…!]+$/, '').toLowerCase();
  if (WHOLE_LINES.has(bare)) return true;
  if (bare.split(/\s+/).every((word) => SHARE_BAR_WORDS.has(word))) return true;
  return LINE_PATTERNS.some((pattern) => pattern.test(trimmed));
}

/** Whether the trimmed text has more than `max` words (as `split(/\s+/)` counts them), looking no further than needed. */
function hasMoreWordsThan(trimmed: string, max: number): boolean {
  const gaps = /\s+/g;
  let words = 1;
  while (gaps.exec(trimmed)) if (++words > max) return true;
  return false;
}
