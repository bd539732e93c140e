import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import { recentTurns, withoutCitations } from '../../../src/ask/ask.js';
import { countTokens } from '../../../src/article/tokens.js';
import { extractiveHeadlines, extractiveSocialPost } from '../../../src/engines/offline/rewrite.js';
import { steps } from '../../../src/ask/slack-streaming.js';
import { russiaArticle } from '../../support/fixtures.js';

describe('recentTurns', () => {
  const turn = (i: number) => ({ question: `question ${i}?`, answer: `answer number ${i}, with a few more words to weigh it [P1].` });

  it('keeps the most recent turns within the token budget, oldest first, and drops the oldest', () => {
    const turns = Array.from({ length: 50 }, (_, i) => turn(i));
    const kept = recentTurns(turns, 200);
    expect(kept.at(-1)).toEqual(turn(49));
    expect(kept[0]!.question).not.toBe('question 0?');
    const cost = kept.reduce((sum, t) => sum + countTokens(`Q: ${t.question}\nA: ${t.answer}`), 0);
    expect(cost).toBeLessThanOrEqual(200);
    expect(kept.length).toBeLessThan(turns.length);
  });

  it('keeps every turn when they fit', () => {
    expect(recentTurns([turn(1), turn(2)], 1500)).toEqual([turn(1), turn(2)]);
  });
});

it('withoutCitations leaves out paragraph citations, so "P6" is not taken for a number', () => {
  expect(withoutCitations('More than 100.000 troops [P6], and the embassy moved [P2, P3].')).toBe('More than 100.000 troops , and the embassy moved .');
});

describe('steps', () => {
  it('splits text into pieces of at most the size that join back to exactly the text', () => {
    const text = 'Rusia mengatakan akan melanjutkan upaya diplomatik dengan Barat. '.repeat(40);
    const pieces = steps(text, 100);
    expect(pieces.join('')).toBe(text);
    expect(pieces.every((piece) => piece.length <= 100)).toBe(true);
    expect(pieces.slice(0, -1).every((piece) => piece.endsWith(' '))).toBe(true);
  });

  it('cuts a run without spaces at the size', () => {
    expect(steps('x'.repeat(250), 100)).toEqual(['x'.repeat(100), 'x'.repeat(100), 'x'.repeat(50)]);
  });
});

describe('offline rewrites', () => {
  const article = articleFromText(russiaArticle());

  // Changed with issue 12: three to five options (the README promises them), none cut mid-phrase or with "…".
  it('offers three to five distinct headlines of at most 15 words, the article\'s own first', () => {
    const { headlines } = extractiveHeadlines(article);
    expect(headlines[0]).toBe('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina');
    expect(headlines.length).toBeGreaterThanOrEqual(3);
    expect(headlines.length).toBeLessThanOrEqual(5);
    expect(new Set(headlines).size).toBe(headlines.length);
    for (const headline of headlines) {
      expect(headline.split(/\s+/).length).toBeLessThanOrEqual(15);
      expect(headline).not.toMatch(/…$|[,;:]$/);
    }
  });

  it('offers three headlines even for a short story without a headline line', () => {
    const short = articleFromText(
      'The ferry between Port Ellis and the islands resumed on Friday after a two-week repair of its engine. Tickets bought for cancelled sailings will be refunded in full, the operator said. Islanders had relied on a slower cargo boat during the repair.',
    );
    const { headlines } = extractiveHeadlines(short);
    expect(headlines.length).toBeGreaterThanOrEqual(3);
    for (const headline of headlines) expect(headline.split(/\s+/).length).toBeLessThanOrEqual(15);
  });

  it('writes a social post within 280 characters that says more than the lede', () => {
    const { post } = extractiveSocialPost(article);
    const lede = article.paragraphs[0]!.text;
    expect(post.length).toBeLessThanOrEqual(280);
    expect(post).not.toBe(lede);
    expect(lede).not.toContain(post);
    expect(post.startsWith('Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina')).toBe(true);
  });
});
