import type { Article } from '../../article/article-types.js';
import type { Answer } from '../schemas.js';
import { translations } from './lexicon.js';
import { answerKind, isEnglishQuestion, isFrameWord, isNegation, questionParts, type AnswerKind } from './question.js';
import { articleSentences, type ArticleSentence } from './sentences.js';
import { CLAUSE_VERBS, isVerbWithNya } from './speech-verbs.js';
import { contentWords, stems } from './terms.js';

export const NOT_IN_ARTICLE = 'The article does not say.';

/** Said under an answer to an English question about an article in another language. */
export const OWN_WORDS_NOTE = "(These are the article's own words, in its language: translating them needs a language model.)";

// Okapi BM25 constants, the usual ones.
const K1 = 1.2;
const B = 0.75;
/** Share of the question's weight (by IDF) a sentence must match to count as an answer. */
const MIN_COVERAGE = 0.6;
/** A second sentence joins the answer only when it holds what the first lacks and matches this share of it. */
const SUPPORT_RATIO = 0.6;
/** How much a sentence holding what was asked for (a date for "when") counts over one that only mentions the subject. */
const HOLDS_WEIGHT = 2;
/** Stands for "any number" in a sentence, so "how many …?" favours sentences that give one. */
const A_NUMBER = '#number';

/** One thing the question asks about: the stems of a word and of its translations, any of which may match. */
interface Concept {
  word: string;
  stems: ReadonlySet<string>;
}

const MONTHS =
  'januari|februari|maret|april|mei|juni|juli|agustus|september|oktober|november|desember|january|february|march|may|june|july|august|october|december|jan|feb|mar|apr|jun|jul|aug|sep|sept|okt|oct|nov|des|dec';
const DAYS = 'senin|selasa|rabu|kamis|jumat|sabtu|minggu|monday|tuesday|wednesday|thursday|friday|saturday|sunday';
const DATE = new RegExp(
  String.raw`\b(?:1[0-9]{3}|20[0-9]{2})\b|\b(?:${MONTHS})\b|\b(?:${DAYS})\b|\b(?:abad|century|tahun|year|pekan|week|besok|kemarin|tomorrow|yesterday|today|hari ini|tonight|pukul|o'clock|a\.m\.|p\.m\.)\b`,
  'i',
);
const NUMBER = /\d|\b(?:satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh|sebelas|puluh|belas|ratus|ribu|juta|miliar|triliun|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen|hundred|thousand|million|billion|persen|percent)\b/i;
const NAME = /(?<![.!?]\s|^)\b\p{Lu}[\p{Ll}]+(?:\s+\p{Lu}[\p{Ll}]+)*/u;
// "X adalah …", "X merujuk pada …", "X (… berarti …)", "X is a …", "X stands for …": a sentence that defines.
const DEFINING = /\b(?:adalah|ialah|merupakan|merujuk|berarti|yaitu|yakni|disebut|dikenal sebagai|kepanjangan|singkatan|is an?|are|refers? to|means|stands? for|known as)\b|\(/i;
const PLACE = /\b(?:di|ke|dari|in|at|near|from|to)\s+(?:\p{Lu}|kota|pulau|provinsi|kabupaten|desa|kaki|pinggir|tepi|utara|selatan|timur|barat)/u;

/** Whether a sentence holds the kind of thing the question asks for. */
function holds(kind: AnswerKind, text: string): boolean {
  if (kind === 'date') return DATE.test(text);
  if (kind === 'number') return NUMBER.test(text);
  if (kind === 'person') return NAME.test(text);
  if (kind === 'place') return PLACE.test(text);
  if (kind === 'definition') return DEFINING.test(text);
  if (kind === 'speech') return /["“”„]/.test(text) || [...text.toLowerCase().matchAll(/\p{L}+/gu)].some(([word]) => CLAUSE_VERBS.has(word) || isVerbWithNya(word));
  return true;
}

function questionConcepts(question: string): Concept[] {
  const words = contentWords(question).filter((word) => !isFrameWord(word) && !isNegation(word));
  // The lexicon's groups are synonyms as well as translations: "start" finds "begin", "mulai" finds "dimulai".
  return words.map((word) => ({ word, stems: translations(stems(word)) }));
}

function sentenceTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of contentWords(text)) {
    for (const stem of /^\d/.test(word) ? [word, A_NUMBER] : stems(word)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return counts;
}

/** Two spellings one letter apart ("homeostatis", "homeostasis"): a typo or a variant, the same word. */
function oneEditApart(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 6) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

const lowerWords = (text: string) => text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
const negatedIn = (text: string) => lowerWords(text).some(isNegation);

/** Whether the sentence negates one of the words the question is about: "tidak berdarah panas", "not approved". */
function negatesMatch(text: string, concepts: readonly Concept[]): boolean {
  const words = lowerWords(text);
  return words.some((word, i) => i > 0 && isNegation(words[i - 1]!) && concepts.some((c) => stems(word).some((stem) => c.stems.has(stem))));
}

interface Scored {
  sentence: ArticleSentence;
  order: number;
  score: number;
  coverage: number;
}

/** The answer to one simple question, or null when the article does not say. */
function answerOne(article: Article, sentences: readonly ArticleSentence[], question: string): ArticleSentence[] | null {
  const crossLanguage = isEnglishQuestion(question) && article.language !== 'en' && article.language !== 'und';
  const kind = answerKind(question);
  const concepts = questionConcepts(question);
  if (concepts.length === 0 || sentences.length === 0) return null;
  const terms = sentences.map((s) => sentenceTerms(s.text));
  const vocabulary = new Set(terms.flatMap((t) => [...t.keys()]));

  // A concept the article never mentions, in any spelling: the question asks about something else. Across
  // languages only names and numbers can be told missing (the small lexicon cannot translate everything).
  const mentioned = (concept: Concept) =>
    [...concept.stems].some((stem) => vocabulary.has(stem) || [...vocabulary].some((known) => oneEditApart(stem, known)));
  const missing = concepts.filter((concept) => !mentioned(concept));
  const telling = crossLanguage ? missing.filter((c) => /^\d/.test(c.word) || /^\p{Lu}/u.test(question.match(new RegExp(`\\b${c.word}\\b`, 'iu'))?.[0] ?? '')) : missing;
  if (telling.length > 0) return null;

  const frequencyIn = (t: Map<string, number>, concept: Concept) =>
    [...concept.stems].reduce((sum, stem) => sum + (t.get(stem) ?? 0), 0) ||
    (concept.word.length >= 6 && [...t.keys()].some((known) => [...concept.stems].some((stem) => oneEditApart(stem, known))) ? 1 : 0);
  const lengthOf = (t: Map<string, number>) => [...t.values()].reduce((sum, n) => sum + n, 0);
  const averageLength = terms.reduce((sum, t) => sum + lengthOf(t), 0) / terms.length || 1;
  const idf = concepts.map((concept) => {
    const documents = terms.filter((t) => frequencyIn(t, concept) > 0).length;
    return Math.log(1 + (sentences.length - documents + 0.5) / (documents + 0.5));
  });
  const totalWeight = idf.reduce((sum, w, i) => sum + (missing.includes(concepts[i]!) ? 0 : w), 0) || 1;

  const scored: Scored[] = sentences.map((sentence, order) => {
    const norm = K1 * (1 - B + (B * lengthOf(terms[order]!)) / averageLength);
    let score = 0;
    let matchedWeight = 0;
    concepts.forEach((concept, i) => {
      const tf = frequencyIn(terms[order]!, concept);
      if (tf === 0) return;
      score += (idf[i]! * tf * (K1 + 1)) / (tf + norm);
      matchedWeight += idf[i]!;
    });
    // Of two equally good sentences, the one holding a date for "when", a number for "how many" answers it.
    if (holds(kind, sentence.text)) score *= HOLDS_WEIGHT;
    return { sentence, order, score, coverage: matchedWeight / totalWeight };
  });

  const ranked = scored.filter((s) => s.coverage >= MIN_COVERAGE).sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  if (!best) return null;
  // "Which animals are not warm-blooded?" is not answered by "… are warm-blooded", nor the reverse.
  if (!crossLanguage && negatedIn(question) !== negatesMatch(best.sentence.text, concepts)) return null;
  const chosen = [best];
  // What someone said is often two sentences: the next best that also reports speech joins the first.
  const second = ranked.find((s) => s !== best && holds(kind, s.sentence.text) && s.score >= best.score * SUPPORT_RATIO);
  if (kind === 'speech' && second) chosen.push(second);
  // The sentence matched what was asked about but not what was asked for: its neighbour may hold it.
  else if (!holds(kind, best.sentence.text)) {
    const neighbour = scored.find((s) => s.order === best.order + 1 || s.order === best.order - 1 ? holds(kind, s.sentence.text) && s.score >= best.score * SUPPORT_RATIO : false)
      ?? scored.find((s) => s.order === best.order + 1 && holds(kind, s.sentence.text));
    if (neighbour) chosen.push(neighbour);
  }
  return chosen.sort((a, b) => a.order - b.order).map((s) => s.sentence);
}

/**
 * Answers from the article's own sentences: BM25 over sentences, where each question word may match its stem
 * (and, for a question in another language, its translation); the answer is the sentence (or two) that holds
 * what was asked, verbatim, with its paragraph. The article does not say when it never mentions something the
 * question is about, when no sentence matches most of the question, or when the question's negation is not the
 * sentence's. A question with two parts is answered part by part.
 */
export function answerFromArticle(article: Article, question: string): Answer {
  const notFound: Answer = { answer: NOT_IN_ARTICLE, found: false, citations: [] };
  const sentences = articleSentences(article);
  const parts = questionParts(question);
  const answers = (parts.length > 1 ? parts : [question]).map((part) => ({ part, found: answerOne(article, sentences, part) }));
  if (answers.every((a) => a.found === null)) return notFound;

  const used = new Set<ArticleSentence>();
  const lines = answers.map(({ part, found }) => {
    if (!found) return `${part}? ${NOT_IN_ARTICLE}`;
    const fresh = found.filter((s) => !used.has(s));
    for (const s of found) used.add(s);
    return fresh.map((s) => s.text).join(' ');
  }).filter(Boolean);
  const crossLanguage = isEnglishQuestion(question) && article.language !== 'en' && article.language !== 'und';
  return {
    answer: [...lines, ...(crossLanguage ? [OWN_WORDS_NOTE] : [])].join('\n'),
    found: true,
    citations: [...new Set([...used].map((s) => s.paragraphId))],
  };
}
