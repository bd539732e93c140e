import { describe, expect, it } from 'vitest';
import { segmentsOf } from '../../../../src/article/intake/segments.js';

const sentences = new Intl.Segmenter('en', { granularity: 'sentence' });

describe('segmentsOf', () => {
  it('gives the sentences Intl.Segmenter gives, across many windows, with indexes into the whole text', () => {
    const text = Array.from({ length: 400 }, (_, i) => `Sentence number ${i} says the council met on day ${i}. `).join('');
    const expected = Array.from(sentences.segment(text), (s) => s.segment);
    const segments = Array.from(segmentsOf(sentences, text));
    expect(segments.map((s) => s.segment)).toEqual(expected);
    for (const segment of segments) expect(text.slice(segment.index, segment.index + segment.segment.length)).toBe(segment.segment);
  });

  it('cuts a run-on sentence longer than a window at a space, never inside a word', () => {
    const words = Array.from({ length: 3000 }, (_, i) => `word${i}`);
    const segments = Array.from(segmentsOf(sentences, words.join(' ')), (s) => s.segment.trim());
    expect(segments.length).toBeGreaterThan(1);
    expect(segments.join(' ').split(' ')).toEqual(words);
  });

  it('keeps every character of text without spaces or sentence ends', () => {
    const text = '中'.repeat(5_000) + '😀'.repeat(3_000);
    expect(Array.from(segmentsOf(sentences, text), (s) => s.segment).join('')).toBe(text);
  });
});
