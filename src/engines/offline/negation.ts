/**
 * Negation in questions and sentences: which word a "tidak", "bukan", "non-" or "not" negates, and when a
 * negated word in the question asks, in other words, what the text affirms ("tidak panas" of "dingin").
 */
import { isStopword } from '../../checks/stopwords.js';
import { oppositesOf } from './opposites.js';
import { isNegation } from './question.js';
import type { Concept, PassageTerms } from './support.js';

/** A question's words and numbers, lowercased: the words the negation checks here and the weights in unstated.ts read. */
export const questionWords = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** How many function words may stand between a negation and the word it negates: "tidak dapat dihuni". */
export const NEGATION_REACH = 2;

/** Whether the word at `at` is negated: "tidak" (or "non", "not") before it, with at most NEGATION_REACH function words between. */
export function negatedAt(words: readonly string[], at: number): boolean {
  for (let j = at - 1; j >= Math.max(0, at - 1 - NEGATION_REACH); j--) {
    if (isNegation(words[j]!)) return true;
    if (!isStopword(words[j]!)) return false;
  }
  return false;
}

/** Whether a negation stands right before the word or one word before it: "tidak panas", "tidak berdarah panas". */
const negatedPhrase = (words: readonly string[], at: number) => words.slice(Math.max(0, at - 2), at).some(isNegation);

/** Whether the question negates the word and the text states its opposite: "tidak berdarah panas" of "berdarah dingin". */
export function negatedOppositeStated(concept: Concept, article: PassageTerms, question: readonly string[]): boolean {
  const at = question.indexOf(concept.word);
  return at > 0 && negatedPhrase(question, at) && [...oppositesOf(concept.stems)].some((stem) => article.stems.has(stem));
}

/**
 * Whether every negation in the question is met by an opposite the text states, so that the question asks, in
 * other words, what the text affirms: "yang tidak berdarah panas" of a text about animals "berdarah dingin".
 */
export function negationsMetByOpposites(question: string, concepts: readonly Concept[], article: PassageTerms): boolean {
  const words = questionWords(question);
  const negated = concepts.filter((concept) => {
    const at = words.indexOf(concept.word);
    return at > 0 && negatedPhrase(words, at) && oppositesOf(concept.stems).size > 0;
  });
  return negated.length > 0 && negated.every((concept) => negatedOppositeStated(concept, article, words));
}
