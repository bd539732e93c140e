import type { Article } from '../../article/article-types.js';
import type { SummaryOptions } from '../engine.js';
import { MAX_CHARS, type Summary } from '../schemas.js';
import { withoutDateline } from '../../article/dateline.js';
import { looksLikeHeadline } from '../../article/headline.js';
import { findQuoteSpans, maskQuotes, quotedText } from './quote-marks.js';
import { isVerbWithNya, VERBS_AFTER_QUOTE } from './speech-verbs.js';
import { articleSentences } from './sentences.js';
import { terms } from './terms.js';

type Length = NonNullable<SummaryOptions['length']>;
/** Words of lede plus points: human summaries of news run to about sixty words. */
const WORD_BUDGET: Record<Length, number> = { short: 45, normal: 70, long: 110 };
const MAX_POINTS: Record<Length, number> = { short: 3, normal: 4, long: 5 };
const MIN_POINTS = 2;
/** A quoted phrase this short is a term or a scare quote, not a quotation. */
const MAX_SCARE_QUOTE_WORDS = 3;
/** When the budget leaves too few points, the shortest of this many next sentences is taken. */
const FALLBACK_WINDOW = 5;
/** Sentences shorter than this are datelines, captions or fragments, not key points. */
const MIN_WORDS = 6;
/** Longer "sentences" are usually unpunctuated run-ons that read badly as a point. */
const MAX_WORDS = 70;
/** A candidate this similar to a chosen sentence says the same thing again. */
const MAX_OVERLAP = 0.5;
/** How far into the story the lede may be. */
const LEDE_WINDOW = 3;

type Vector = Map<string, number>;

interface Unit {
  text: string;
  order: number;
  paragraphIndex: number;
  vector: Vector;
}

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

function cosine(a: Vector, b: Vector): number {
  let dot = 0;
  for (const [term, weight] of a) dot += weight * (b.get(term) ?? 0);
  return dot === 0 ? 0 : dot / (norm(a) * norm(b));
}

function norm(vector: Vector): number {
  let sum = 0;
  for (const weight of vector.values()) sum += weight * weight;
  return Math.sqrt(sum);
}

function tfIdfVectors(texts: readonly string[]): Vector[] {
  const counts = texts.map((text) => {
    const tf = new Map<string, number>();
    for (const term of terms(text)) tf.set(term, (tf.get(term) ?? 0) + 1);
    return tf;
  });
  const documentFrequency = new Map<string, number>();
  for (const tf of counts) for (const term of tf.keys()) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  return counts.map(
    (tf) => new Map([...tf].map(([term, n]) => [term, n * Math.log((texts.length + 1) / documentFrequency.get(term)!)])),
  );
}

type Piece = Omit<Unit, 'vector'>;

/** `text` cut into runs of `size` words, each a verbatim slice of it. */
function wordRuns(text: string, size: number): string[] {
  const words = [...text.matchAll(/\S+/g)];
  const runs: string[] = [];
  for (let i = 0; i < words.length; i += size) {
    const last = words[Math.min(i + size, words.length) - 1]!;
    runs.push(text.slice(words[i]!.index, last.index + last[0].length));
  }
  return runs;
}

/**
 * The pieces a summary may quote: sentences of a readable length; for a story too short to offer enough of
 * them, every sentence, then clauses, then runs of words, so the summary is still the article's own words.
 */
function summaryUnits(article: Article, needed: number): Piece[] {
  const seen = new Set<string>();
  const sentences = articleSentences(article)
    .filter((s) => !seen.has(s.text) && seen.add(s.text))
    .map((s, order) => ({ text: s.text, order, paragraphIndex: s.paragraphIndex }));
  const readable = sentences.filter((s) => wordCount(s.text) >= MIN_WORDS && wordCount(s.text) <= MAX_WORDS && s.text.length <= MAX_CHARS.point);
  if (readable.length >= needed) return readable;
  if (sentences.length >= needed) return sentences;
  const splitEach = (split: (text: string) => string[]) =>
    sentences.flatMap((s) => split(s.text).map((text) => ({ ...s, text }))).map((s, order) => ({ ...s, order }));
  const clauses = splitEach((text) => text.split(/(?<=[,;:])\s+/));
  if (clauses.length >= needed) return clauses;
  const totalWords = sentences.reduce((sum, s) => sum + wordCount(s.text), 0);
  return splitEach((text) => wordRuns(text, Math.max(1, Math.floor(totalWords / needed))));
}

/** Each unit with its TF-IDF vector, so that a point repeating another can be told. */
function withVectors(units: readonly Piece[]): Unit[] {
  const vectors = tfIdfVectors(units.map((u) => u.text));
  return units.map((unit, i) => ({ ...unit, vector: vectors[i]! }));
}

/** Whether the sentence is mostly a direct quotation: a summary reports what was said in its own narration, not in the speaker's words. */
function isQuotation(text: string): boolean {
  if (/^["“”„]/.test(text)) return true;
  const spans = findQuoteSpans(text);
  const quoted = spans.reduce((sum, span) => sum + ((span.close ?? text.length) - span.open), 0);
  if (quoted > text.length / 2) return true;
  // A quotation of a few words or more with its speaker: "…," kata Budi. / Budi berkata, "…".
  const narration = maskQuotes(text, spans);
  const long = spans.some((span) => wordCount(quotedText(text, span)) > MAX_SCARE_QUOTE_WORDS);
  return long && [...narration.toLowerCase().matchAll(/[\p{L}]+/gu)].some(([word]) => VERBS_AFTER_QUOTE.has(word) || isVerbWithNya(word));
}

// "Seperti dilansir Kabar Pagi, Senin (3 / 4)." / "As reported by the Daily Wire on Monday.": where a story was
// taken from, and when, with nothing it says.
const SOURCE_CREDIT =
  /^(?:seperti\s+(?:yang\s+)?)?(?:dilansir|melansir|dikutip|mengutip|diberitakan|dilaporkan|as\s+(?:reported|quoted|cited)\s+by)\b[^,]*(?:,([^,]*))?$/iu;
const DATE_WORDS =
  /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|pada|lalu|kemarin|hari|ini|pekan|monday|tuesday|wednesday|thursday|friday|saturday|sunday|on|last|yesterday|today|wib|wita|wit|januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december)\b/giu;

/** Whether the sentence only credits the outlet a story was taken from, and when: a footnote, not a point. */
export function isSourceCredit(text: string): boolean {
  const match = SOURCE_CREDIT.exec(text.trim().replace(/[.!]+$/, ''));
  if (!match) return false;
  return !/\p{L}/u.test((match[1] ?? '').replace(DATE_WORDS, ''));
}

// Most of its words capitalised, as a headline is set in title case ("Budi Santoso Minta Saran Pelatih").
const TITLE_CASE_SHARE = 0.6;

/** Whether the words are set in title case: most of them open on a capital. */
function isTitleCase(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.filter((word) => /^[^\p{L}]*\p{Lu}/u.test(word)).length >= TITLE_CASE_SHARE * words.length;
}

/**
 * Whether the unit is a headline standing in the story: a paragraph of its own in title case and without a full stop,
 * as scraped pages set the title of a related article between paragraphs. (A subheading in sentence case, as a
 * list's items have, is left: in a list of reasons or tips it names a point.)
 */
function isStrayHeadline(unit: Piece, article: Article): boolean {
  return article.paragraphs[unit.paragraphIndex]?.text.trim() === unit.text && looksLikeHeadline(unit.text) && isTitleCase(unit.text);
}

/**
 * An extractive summary: the article's headline, a lede from the top of the story, and key points that follow
 * it in the story's order within a word budget, as a news editor would cut it (news is written top-down, and
 * the top is what a human summary keeps). Quotations are passed over, since a summary reports rather than
 * quotes; sentences repeating a chosen one are passed over too. Each line is an article sentence, verbatim but
 * for the dateline of the lede.
 */
export function summarizeExtractive(article: Article, options: SummaryOptions = {}): Summary {
  const length = options.length ?? 'normal';
  const budget = WORD_BUDGET[length];
  const byOrder = withVectors(summaryUnits(article, MIN_POINTS + 1));

  // The lede is the story's own opening, unless that opens on a bare quote (after its dateline, if it has one).
  const opening = byOrder.slice(0, LEDE_WINDOW);
  const lede = opening.find((unit) => !/^["“„]/.test(withoutDateline(unit.text))) ?? opening[0]!;
  const chosen: Unit[] = [lede];
  let words = wordCount(withoutDateline(lede.text));
  const fits = (unit: Unit, strict: boolean) =>
    !chosen.includes(unit) &&
    chosen.every((c) => cosine(c.vector, unit.vector) <= MAX_OVERLAP) &&
    (!strict || (!isQuotation(unit.text) && !isSourceCredit(unit.text) && !isStrayHeadline(unit, article) && wordCount(unit.text) >= MIN_WORDS));
  const after = byOrder.filter((unit) => unit.order > lede.order);
  for (const unit of after) {
    if (chosen.length > MAX_POINTS[length]) break;
    if (!fits(unit, true)) continue;
    if (words + wordCount(unit.text) > budget && chosen.length > MIN_POINTS) break;
    if (words + wordCount(unit.text) > budget) continue;
    chosen.push(unit);
    words += wordCount(unit.text);
  }
  // A story too long-winded for the budget still gets its points: the shortest of the next few sentences, then any.
  const nextFew = after.filter((unit) => fits(unit, true)).slice(0, FALLBACK_WINDOW);
  const rest = [...nextFew.sort((a, b) => wordCount(a.text) - wordCount(b.text)), ...after, ...byOrder];
  for (const strict of [true, false]) {
    for (const unit of rest) {
      if (chosen.length > MIN_POINTS) break;
      if (fits(unit, strict)) chosen.push(unit);
    }
  }

  return {
    headline: article.headline || withoutDateline(lede.text),
    lede: withoutDateline(lede.text),
    points: chosen
      .slice(1)
      .sort((a, b) => a.order - b.order)
      // The story's first sentence is a point only when nothing else is left; its dateline goes as the lede's does.
      .map((unit) => withoutDateline(unit.text)),
  };
}
