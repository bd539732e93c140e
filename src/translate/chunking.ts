import type { Paragraph } from '../article/article-types.js';
import { countTokens } from '../article/tokens.js';

/**
 * Groups paragraphs, in order, into chunks of at most `budgetTokens` tokens, each ending at a
 * paragraph boundary. The chunks are balanced (an article of 1.2 budgets gives two chunks of
 * 0.6, not 1 and 0.2), since chunks run side by side and the longest one sets the wall time.
 * A paragraph longer than the budget is a chunk of its own: a paragraph is never split, since
 * its translation must come back whole, under its id.
 */
export function chunkParagraphs(paragraphs: readonly Paragraph[], budgetTokens: number): Paragraph[][] {
  const tokens = paragraphs.map((paragraph) => countTokens(paragraph.text));
  const total = tokens.reduce((sum, count) => sum + count, 0);
  const share = total / Math.max(1, Math.ceil(total / budgetTokens));
  const chunks: Paragraph[][] = [];
  let current: Paragraph[] = [];
  let currentTokens = 0;
  let before = 0;
  paragraphs.forEach((paragraph, i) => {
    const count = tokens[i]!;
    // A new chunk starts when this paragraph would overflow the budget, or when its middle lies past this chunk's share.
    const pastShare = before + count / 2 > (chunks.length + 1) * share;
    if (current.length > 0 && (currentTokens + count > budgetTokens || pastShare)) {
      chunks.push(current);
      current = [];
      currentTokens = 0;
    }
    current.push(paragraph);
    currentTokens += count;
    before += count;
  });
  if (current.length > 0) chunks.push(current);
  return chunks;
}
