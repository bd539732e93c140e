import type { Article, Paragraph } from '../article/article-types.js';
import type { Translation } from '../engines/schemas.js';
import { EXONYMS, renderingAt, type Rendering } from '../checks/exonyms.js';
import { confirmedNames, missingNames } from '../checks/names.js';
import { quantitiesIn, quantityKeys } from '../checks/numbers.js';
import { QUOTE_MARKS } from '../quotes/verify.js';
import { articleText, undotAcronyms, WordIndex } from '../checks/words.js';

type Glossary = ReadonlyArray<{ source: string; target: string }>;

/**
 * What a journalist should know before trusting a translation, one problem per line, each
 * naming its paragraph: paragraphs missing, invented, repeated or merged; numbers, dates and
 * names of a paragraph that its translation lost; glossary terms not used; quotations no
 * longer in quote marks. `source` is the article, or the part of it that was translated.
 */
export function checkTranslation(source: Article, translation: Translation, glossary: Glossary): string[] {
  const translated = new Map<string, string>();
  for (const paragraph of translation.paragraphs) if (!translated.has(paragraph.id)) translated.set(paragraph.id, paragraph.text);

  const context: ParagraphContext = {
    // Glossary first: where it and the exonym table both know a term, the newsroom's choice wins.
    renderings: [...glossary.map((entry) => ({ source: [entry.source], target: [entry.target] })), ...EXONYMS],
    glossary,
    confirmed: confirmedNames(articleText(source)),
  };
  const paragraphProblems = source.paragraphs.flatMap((paragraph) => {
    const text = translated.get(paragraph.id);
    return text === undefined ? [] : problemsIn(paragraph, text, context).map((problem) => `${paragraph.id}: ${problem}`);
  });
  return [...structureProblems(source, translation, translated), ...paragraphProblems];
}

function structureProblems(source: Article, translation: Translation, translated: ReadonlyMap<string, string>): string[] {
  const sourceIds = new Set(source.paragraphs.map((paragraph) => paragraph.id));
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const { id } of translation.paragraphs) {
    if (!sourceIds.has(id)) problems.push(`${id}: not a paragraph of the article`);
    else if (seen.has(id)) problems.push(`${id}: translated more than once`);
    seen.add(id);
  }
  source.paragraphs.forEach((paragraph, i) => {
    if (translated.has(paragraph.id)) return;
    const into = mergedInto(source.paragraphs, i, translated);
    problems.push(`${paragraph.id}: missing from the translation${into ? ` (merged into ${into}?)` : ''}`);
  });
  return problems;
}

/**
 * The paragraph a missing one was most likely merged into: the one before it, when its
 * translation is long enough to hold both at the length ratio of the other paragraphs.
 */
function mergedInto(paragraphs: readonly Paragraph[], missing: number, translated: ReadonlyMap<string, string>): string | undefined {
  const previous = paragraphs[missing - 1];
  const previousText = previous && translated.get(previous.id);
  if (!previous || previousText === undefined) return undefined;
  const others = paragraphs.filter((paragraph) => paragraph !== previous && translated.has(paragraph.id));
  const sourceLength = others.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  const translatedLength = others.reduce((sum, paragraph) => sum + translated.get(paragraph.id)!.length, 0);
  const ratio = sourceLength > 0 ? translatedLength / sourceLength : 1;
  const alone = previous.text.length * ratio;
  const withMissing = (previous.text.length + paragraphs[missing]!.text.length) * ratio;
  return Math.abs(previousText.length - withMissing) < Math.abs(previousText.length - alone) ? previous.id : undefined;
}

interface ParagraphContext {
  renderings: readonly Rendering[];
  glossary: Glossary;
  /** Names of the whole article, so a name that opens a paragraph is still known for one. */
  confirmed: ReadonlySet<string>;
}

function problemsIn(paragraph: Paragraph, translation: string, context: ParagraphContext): string[] {
  const translationWords = new WordIndex(translation);
  const sourceWords = new WordIndex(paragraph.text);
  const translationQuantities = quantityKeys(translation);
  const { quantities, rest } = quantitiesIn(undotAcronyms(paragraph.text));

  const numbers = quantities
    .filter((quantity) => !quantity.keys.some((key) => translationQuantities.has(key)))
    .map((quantity) => `the ${quantity.kind} "${quantity.text}" is not in the translation`);
  const glossaryMisses = context.glossary.filter(
    (entry) => sourceWords.hasPhrase(entry.source) && !translationWords.hasPhrase(entry.target),
  );
  const names = missingNames(rest, {
    termAt(words, start) {
      const found = renderingAt(context.renderings, 'source', words, start);
      return found && { length: found.length, present: found.rendering.target.some((form) => translationWords.hasPhrase(form)) };
    },
    hasWord: (word) => translationWords.hasCognate(word),
    confirmed: context.confirmed,
  })
    // A glossary term the translation did not use is reported as such, below.
    .filter(({ term }) => !glossaryMisses.some((entry) => entry.source.toLowerCase() === term.toLowerCase()))
    .map(({ term }) => `the name "${term}" is not in the translation`);
  const glossary = glossaryMisses.map(
    (entry) => `the glossary says "${entry.source}" is "${entry.target}", which the translation does not use`,
  );
  const quotation =
    hasQuotation(paragraph.text) && !hasQuotation(translation) ? ['the quotation is no longer in quote marks'] : [];
  return [...new Set([...numbers, ...names, ...glossary, ...quotation])];
}

// An opening quote mark: at the start or after a space or bracket, before a word ("Russia’s" has an apostrophe, not a quotation).
const OPENING_QUOTE_MARK = new RegExp(`(?:^|[\\s(\\[])[${QUOTE_MARKS}]\\S`, 'u');

const hasQuotation = (text: string): boolean => OPENING_QUOTE_MARK.test(text);
