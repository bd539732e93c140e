import type { Article } from '../../article/article-types.js';
import type { Answer } from '../schemas.js';
import { translations } from './lexicon.js';
import { articleSentences } from './sentences.js';
import { contentWords, stems } from './terms.js';

export const NOT_IN_ARTICLE = 'The article does not say.';

// Okapi BM25 constants, the usual ones.
const K1 = 1.2;
const B = 0.75;
/** Share of the question's weight (by IDF) a sentence must match to count as an answer. */
const MIN_COVERAGE = 0.5;
/** Further sentences join the best one when they score at least this share of it. */
const SUPPORT_RATIO = 0.7;
const MAX_SENTENCES = 3;
/** Stands for "any number" in a sentence, so "how many …?" favours sentences that give one. */
const A_NUMBER = '#number';

/** One thing the question asks about: the stems of a word and of its translations, any of which may match. */
type Concept = ReadonlySet<string>;

function questionConcepts(question: string): Concept[] {
  const concepts = contentWords(question).map((word) => translations(stems(word)));
  if (/\b(?:how (?:many|much)|berapa|jumlah)\b/i.test(question)) concepts.push(new Set([A_NUMBER]));
  return concepts;
}

function sentenceTerms(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const word of contentWords(text)) {
    for (const stem of /^\d/.test(word) ? [word, A_NUMBER] : stems(word)) counts.set(stem, (counts.get(stem) ?? 0) + 1);
  }
  return counts;
}

/**
 * Answers from the article's own sentences: BM25 over sentences, where each question word may match its
 * stem or its translation. The answer is the best one to three sentences, verbatim, with their paragraphs;
 * when no sentence matches at least half of what the question asks about, the article does not say.
 */
export function answerFromArticle(article: Article, question: string): Answer {
  const notFound: Answer = { answer: NOT_IN_ARTICLE, found: false, citations: [] };
  const concepts = questionConcepts(question);
  const sentences = articleSentences(article).map((sentence) => ({ ...sentence, terms: sentenceTerms(sentence.text) }));
  if (concepts.length === 0 || sentences.length === 0) return notFound;

  const lengthOf = (terms: Map<string, number>) => [...terms.values()].reduce((sum, n) => sum + n, 0);
  const averageLength = sentences.reduce((sum, s) => sum + lengthOf(s.terms), 0) / sentences.length || 1;
  const frequencyIn = (terms: Map<string, number>, concept: Concept) =>
    [...concept].reduce((sum, stem) => sum + (terms.get(stem) ?? 0), 0);
  const idf = concepts.map((concept) => {
    const documents = sentences.filter((s) => frequencyIn(s.terms, concept) > 0).length;
    return Math.log(1 + (sentences.length - documents + 0.5) / (documents + 0.5));
  });
  const totalWeight = idf.reduce((sum, w) => sum + w, 0);

  const scored = sentences.map((sentence, order) => {
    const norm = K1 * (1 - B + (B * lengthOf(sentence.terms)) / averageLength);
    let score = 0;
    let matchedWeight = 0;
    concepts.forEach((concept, i) => {
      const tf = frequencyIn(sentence.terms, concept);
      if (tf === 0) return;
      score += (idf[i]! * tf * (K1 + 1)) / (tf + norm);
      matchedWeight += idf[i]!;
    });
    return { sentence, order, score, coverage: matchedWeight / totalWeight };
  });

  const ranked = scored.filter((s) => s.coverage >= MIN_COVERAGE).sort((a, b) => b.score - a.score || a.order - b.order);
  const best = ranked[0];
  if (!best) return notFound;
  const chosen = ranked
    .filter((s) => s.score >= best.score * SUPPORT_RATIO)
    .slice(0, MAX_SENTENCES)
    .sort((a, b) => a.order - b.order);
  return {
    answer: chosen.map((s) => s.sentence.text).join(' '),
    found: true,
    citations: [...new Set(chosen.map((s) => s.sentence.paragraphId))],
  };
}
