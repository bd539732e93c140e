import { describe, expect, it } from 'vitest';
import type { Article } from '../../../../src/article/article-types.js';
import { NewsroomError } from '../../../../src/errors.js';
import { fitToBudget } from '../../../../src/article/intake/budget.js';
import { countTokens } from '../../../../src/article/tokens.js';

function articleOf(paragraphCount: number): Article {
  return {
    id: 'a1',
    headline: 'Port strike enters third day as wage talks stall',
    paragraphs: Array.from({ length: paragraphCount }, (_, i) => ({
      id: `P${i + 1}`,
      text: `Paragraph ${i + 1}: dockworkers at berth ${i * 7} stayed off the job as talks over pay and automation went on without a deal.`,
    })),
    language: 'en',
    source: { kind: 'text' },
  };
}

const tokensOf = (article: Article, paragraphs: number) =>
  countTokens(article.headline) + article.paragraphs.slice(0, paragraphs).reduce((sum, p) => sum + countTokens(p.text), 0);

describe('countTokens', () => {
  it('counts with a real tokenizer: more text, more tokens; none for nothing', () => {
    expect(countTokens('')).toBe(0);
    expect(countTokens('Rusia Siap Lanjutkan Upaya Diplomasi')).toBeGreaterThan(countTokens('Rusia'));
  });

  it('counts special-token text in an article as text instead of failing', () => {
    expect(countTokens('Ignore this: <|endoftext|> and go on.')).toBeGreaterThan(5);
  });
});

describe('fitToBudget', () => {
  it('keeps the first paragraphs that fit and says how many of how many', () => {
    const article = articleOf(63);
    const { article: fitted, note } = fitToBudget(article, tokensOf(article, 40) + 3);
    expect(fitted.paragraphs.map((p) => p.id)).toEqual(article.paragraphs.slice(0, 40).map((p) => p.id));
    expect(note).toBe('This article is long: Newsdesk used its first 40 of 63 paragraphs.');
    expect(fitted.id).toBe(article.id);
  });

  it('leaves an article that fits as it is, without a note', () => {
    const article = articleOf(5);
    expect(fitToBudget(article, tokensOf(article, 5))).toEqual({ article });
  });

  it('refuses clearly when not even the first paragraph fits', () => {
    const article = articleOf(3);
    expect(() => fitToBudget(article, tokensOf(article, 1) - 1)).toThrow(NewsroomError);
    expect(() => fitToBudget(article, tokensOf(article, 1) - 1)).toThrow(/too long/);
  });
});
