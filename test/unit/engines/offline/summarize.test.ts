import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SummarySchema, type Summary } from '../../../../src/engines/schemas.js';
import { articleFromText } from '../../../../src/article/article.js';
import type { Article } from '../../../../src/article/article-types.js';
import { articleSentences } from '../../../../src/engines/offline/sentences.js';
import { summarizeExtractive } from '../../../../src/engines/offline/summarize.js';

const fixtureText = readFileSync('test/fixtures/article-id-russia-diplomacy.txt', 'utf8');
const fixture = articleFromText(fixtureText);

/** Every line of a summary is an article sentence, word for word; the points follow the article's order. */
function expectExtractive(article: Article, summary: Summary) {
  expect(SummarySchema.safeParse(summary).success).toBe(true);
  expect(summary.headline).toBe(article.headline);
  const sentences = articleSentences(article).map((s) => s.text);
  expect(sentences).toContain(summary.lede);
  const positions = summary.points.map((point) => sentences.indexOf(point));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(positions).size).toBe(positions.length);
  expect(summary.points).not.toContain(summary.lede);
}

describe('summarizeExtractive', () => {
  it('summarises the fixture in its own sentences: a lede from the top and four points by default', () => {
    const summary = summarizeExtractive(fixture);
    expectExtractive(fixture, summary);
    expect(summary.points).toHaveLength(4);
    expect(fixture.paragraphs[0]!.text).toContain(summary.lede);
  });

  it('gives three points for a short summary and five for a long one', () => {
    const short = summarizeExtractive(fixture, { length: 'short' });
    const long = summarizeExtractive(fixture, { length: 'long' });
    expectExtractive(fixture, short);
    expectExtractive(fixture, long);
    expect(short.points).toHaveLength(3);
    expect(long.points).toHaveLength(5);
  });

  it('draws its points from across the story, not from one paragraph', () => {
    const summary = summarizeExtractive(fixture);
    const paragraphsUsed = new Set(
      summary.points.map((point) => fixture.paragraphs.find((p) => p.text.includes(point))!.id),
    );
    expect(paragraphsUsed.size).toBe(summary.points.length);
  });

  it('summarises English copy the same way', () => {
    const article = articleFromText(`Council approves new bus lanes

The city council on Monday approved four new bus lanes on the busiest roads in the centre, after a two-year trial cut journey times by a fifth.
The lanes will run on King Street, Market Road, the riverside avenue and the ring road, and will be enforced by cameras from March.
Shop owners on King Street opposed the plan, saying fewer parking spaces would drive customers away.
"Buses carry more people than cars on every one of these roads," said transport chair Lena Ortiz.
The council expects the lanes to cost 4.2 million euros, paid for by a national transport grant.
Cyclists will be allowed to use the lanes, but taxis will not.
`);
    expectExtractive(article, summarizeExtractive(article));
  });

  it('still gives three verbatim points for a story of only two long sentences', () => {
    const article = articleFromText(`Storm closes port

A storm with winds of up to 120 kilometres an hour closed the port of Tanjung Priok on Sunday, stranding dozens of ships at anchor; officials said the closure would last at least two days, while fishermen were told to stay ashore.
Harbour pilots, who guide the largest vessels through the channel, said the waves were the highest they had seen in ten years, and the navy sent two patrol boats to help a cargo ship that lost power.
`);
    const summary = summarizeExtractive(article, { length: 'short' });
    expect(SummarySchema.safeParse(summary).success).toBe(true);
    expect(summary.points).toHaveLength(3);
    const body = article.paragraphs.map((p) => p.text).join('\n');
    for (const line of [summary.lede, ...summary.points]) expect(body).toContain(line);
  });

  it('summarises a story of some ten thousand words', () => {
    // Numbered copies of the fixture's paragraphs: many distinct sentences, so the candidate cap is exercised.
    const paragraphs = Array.from({ length: 48 }, (_, copy) =>
      fixture.paragraphs.map((p) => p.text.replace(/\.(\s|$)/g, ` (salinan ${copy + 1}).$1`)),
    )
      .flat()
      .map((text, i) => ({ id: `P${i + 1}`, text }));
    const article: Article = { ...fixture, paragraphs };
    expect(paragraphs.map((p) => p.text).join(' ').split(/\s+/).length).toBeGreaterThan(10_000);
    expectExtractive(article, summarizeExtractive(article));
  });
});
