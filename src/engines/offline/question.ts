/**
 * Reading a question before looking for its answer: what kind of thing it asks for (a date, a number, a person,
 * a place), which of its words only frame the question ("apa yang dimaksud dengan", "what is the"), whether it is
 * negated, and whether it asks two things at once ("how much will it cost and who pays?").
 */

export type AnswerKind = 'date' | 'number' | 'rank' | 'person' | 'place' | 'definition' | 'speech' | 'reason' | 'other';

// Words that frame a question rather than say what it is about (Indonesian and English). "Termasuk" and
// "tergolong" (is among, ranks as) link a subject to its class as "adalah" and "merupakan" do.
const FRAME_WORDS = new Set(
  `apa apakah siapa siapakah kapan kapankah berapa berapakah dimana dimanakah mana manakah bagaimana bagaimanakah mengapa
  kenapa yang adalah ialah merupakan termasuk tergolong maksud dimaksud dimaksudkan arti artinya berarti pengertian definisi kepanjangan
  singkatan istilah sebutan disebut dinamakan nama namanya jelaskan sebutkan tahun tanggal bulan hari kah letak letaknya
  jumlah jenis kata darimana darimanakah
  what which who whom whose when where why how many much does did do is are was were will would can could should
  the a an of mean means meaning stand stands called name named`.split(/\s+/),
);

// "non-" negates the word it is joined to: "non-logam" is what "logam" is not.
const NEGATIONS = new Set(['tidak', 'tak', 'bukan', 'belum', 'tanpa', 'non', 'not', 'never', 'no', "n't", 'without', 'nor']);

const KIND_PATTERNS: ReadonlyArray<[AnswerKind, RegExp]> = [
  // "Dari mana asal kata X?" asks a word's origin, a language more often than a place.
  ['other', /\bdari ?mana(?:kah)? asal (?:kata|nama|istilah)\b/i],
  ['date', /\b(?:kapan(?:kah)?|when|what (?:year|date|day|time)|which (?:year|date|day)|(?:tahun|tanggal|bulan|hari) (?:apa|berapa)|sejak kapan|since when|pada (?:tahun|tanggal) berapa)\b/i],
  ['rank', /\b(?:ke-?\s*berapa(?:kah)?|what (?:rank|place|position))\b/i],
  ['number', /\b(?:berapa(?:kah)?|jumlah|how (?:many|much|long|far|old|big|tall)|what (?:number|percentage|share|amount))\b/i],
  ['speech', /\b(?:what (?:did|does|has) .+ (?:say|said|tell|told)|apa (?:kata|ucapan|pernyataan)|apa yang (?:dikatakan|diucapkan|disampaikan|dinyatakan)|(?:bilang|berkata|mengatakan) apa)\b/i],
  ['reason', /\b(?:mengapa|kenapa|why)\b/i],
  ['person', /\b(?:siapa(?:kah)?|who(?:m|se)?)\b/i],
  ['definition', /\b(?:(?:apa|apakah)\s+(?:yang\s+)?(?:di)?maksud|maksud(?:nya)?|arti(?:nya)?|pengertian|definisi|kepanjangan|singkatan|apa itu|what (?:is|are|was|were) (?:a|an|the)?\s*\w+$|what does .+ (?:mean|stand for)|meaning of|definition of)\b/i],
  // "Di negara manakah …?", "di kota mana …?" ask a place as "di mana" does.
  ['place', /\b(?:di ?mana(?:kah)?|ke ?mana|dari mana|di \p{L}+ mana(?:kah)?|where|which (?:city|country|place|town)|letak(?:nya)?|terletak)\b/iu],
];

/** What the question asks for. */
export function answerKind(question: string): AnswerKind {
  return KIND_PATTERNS.find(([, pattern]) => pattern.test(question))?.[0] ?? 'other';
}

export const isFrameWord = (word: string): boolean => FRAME_WORDS.has(word.toLowerCase());

export const isNegation = (word: string): boolean => NEGATIONS.has(word.toLowerCase());

const ENGLISH_FRAME = /^(?:what|who|whom|whose|when|where|why|how|which|is|are|was|were|does|did|do|will|would|can|could|has|have|should)\b/i;

/** Whether the question is asked in English (the cue a question gives: its opening word). */
export const isEnglishQuestion = (question: string): boolean => ENGLISH_FRAME.test(question.trim());

// "… and who pays?", "…, dan kapan dimulai?": a second question starts at a conjunction followed by a question word.
const SECOND_QUESTION =
  /\s*(?:,\s*)?(?:\band\b|\bdan\b|\bserta\b|;|,)\s+(?=(?:what|who|whom|when|where|why|how|which|apa|apakah|siapa|kapan|berapa|di ?mana|ke ?mana|bagaimana|mengapa|kenapa)\b)/i;

/** The separate questions in one: "how much will it cost and who pays?" is two. */
export function questionParts(question: string): string[] {
  return question
    .split(SECOND_QUESTION)
    .map((part) => part.trim().replace(/[?.!]+$/, ''))
    .filter((part) => part.split(/\s+/).length >= 2);
}
