import type { Article } from '../article/article-types.js';
import { EXONYMS, renderingAt } from './exonyms.js';
import { confirmedNames, missingNames } from './names.js';
import { quantitiesIn, quantityKeys } from './numbers.js';
import { articleText, undotAcronyms, WordIndex } from './words.js';

/**
 * The numbers, dates and names in `text` (a summary, an answer) that the article does not
 * contain, unique and in order of appearance: what must be flagged rather than shown as fact.
 * The text may be in another language than the article: "Russia" is grounded by "Rusia",
 * "White House" by "Gedung Putih", "100,000" by "100.000", "14 February 2022" by "14/2/2022".
 */
export function ungroundedTerms(article: Article, text: string): string[] {
  const { articleQuantities, articleWords } = indexOf(article);
  const { quantities, rest } = quantitiesIn(undotAcronyms(text));

  const numbers = quantities
    .filter((quantity) => !quantity.keys.some((key) => articleQuantities.has(key)))
    .map((quantity) => ({ term: quantity.text, index: quantity.index }));
  const names = missingNames(rest, {
    termAt(words, start) {
      const found = renderingAt(EXONYMS, 'target', words, start);
      if (!found) return undefined;
      const { source: inArticleLanguage, target: inTextLanguage } = found.rendering;
      const present = [...inArticleLanguage, ...inTextLanguage].some((form) => articleWords.hasPhrase(form));
      return { length: found.length, present };
    },
    hasWord: (word) => articleWords.hasCognate(word),
    confirmed: confirmedNames(rest),
  });

  const terms = [...numbers, ...names].sort((a, b) => a.index - b.index).map((found) => found.term);
  return [...new Set(terms)];
}

interface ArticleIndex {
  articleQuantities: Set<string>;
  articleWords: WordIndex;
}

// Checking a quote list calls this once per quote, role and paraphrase: index each article once.
const indexes = new WeakMap<Article, ArticleIndex>();

function indexOf(article: Article): ArticleIndex {
  let index = indexes.get(article);
  if (!index) {
    const source = articleText(article);
    index = { articleQuantities: quantityKeys(source), articleWords: new WordIndex(source) };
    indexes.set(article, index);
  }
  return index;
}
