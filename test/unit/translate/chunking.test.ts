import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import { chunkParagraphs } from '../../../src/translate/chunking.js';
import { countTokens } from '../../../src/article/tokens.js';
import { fixture, russiaArticle } from '../../support/fixtures.js';

const declaration = articleFromText(fixture('article-en-declaration.txt'));
const tokensOf = (chunk: { text: string }[]) => chunk.reduce((sum, p) => sum + countTokens(p.text), 0);

describe('chunkParagraphs', () => {
  it('keeps every paragraph once, in order, whole', () => {
    const chunks = chunkParagraphs(declaration.paragraphs, 300);
    expect(chunks.flat()).toEqual(declaration.paragraphs);
  });

  it('keeps each chunk within the token budget, measured with the real tokenizer', () => {
    const chunks = chunkParagraphs(declaration.paragraphs, 300);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) expect(tokensOf(chunk)).toBeLessThanOrEqual(300);
  });

  it('balances the chunks instead of leaving a small remainder', () => {
    const chunks = chunkParagraphs(declaration.paragraphs, 800);
    expect(chunks).toHaveLength(3);
    const sizes = chunks.map(tokensOf);
    expect(Math.min(...sizes) / Math.max(...sizes)).toBeGreaterThan(0.7);
  });

  it('leaves an article within the budget in one chunk', () => {
    const article = articleFromText(russiaArticle());
    expect(chunkParagraphs(article.paragraphs, 800)).toEqual([article.paragraphs]);
  });

  it('gives a paragraph longer than the budget a chunk of its own, never splitting it', () => {
    const paragraphs = [
      { id: 'P1', text: 'Short one.' },
      { id: 'P2', text: 'A much longer paragraph. '.repeat(40) },
      { id: 'P3', text: 'Short again.' },
    ];
    expect(chunkParagraphs(paragraphs, 50).map((chunk) => chunk.map((p) => p.id))).toEqual([['P1'], ['P2'], ['P3']]);
  });
});
