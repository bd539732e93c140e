import { describe, expect, it } from 'vitest';
import { rouge } from '../../../src/eval/rouge.js';
import { quotesMatch, speakerMatches } from '../../../src/eval/quotes.js';
import { leadThree } from '../../../src/eval/summaries.js';

describe('rouge', () => {
  it('scores identical texts 1 and disjoint texts 0, over lower-cased words', () => {
    expect(rouge('The Bridge Opens today.', 'the bridge opens today')).toEqual({ rouge1: 1, rouge2: 1, rougeL: 1 });
    expect(rouge('rain in the north', 'sun over Lisbon')).toEqual({ rouge1: 0, rouge2: 0, rougeL: 0 });
  });

  it('gives F1 of unigram, bigram and longest-subsequence overlap', () => {
    const scores = rouge('the council approved the plan', 'the council rejected the plan');
    expect(scores.rouge1).toBeCloseTo(0.8);
    expect(scores.rouge2).toBeCloseTo(0.5);
    expect(scores.rougeL).toBeCloseTo(0.8);
  });
});

describe('the eval\'s matching rules', () => {
  it('matches a quote equal after quote marks and spaces, or overlapping by more than 80%', () => {
    expect(quotesMatch('“We will  appeal,”', 'We will appeal,')).toBe(true);
    expect(quotesMatch('We will appeal the ruling next week, and we expect to win', 'We will appeal the ruling next week, and we expect to win it')).toBe(true);
    expect(quotesMatch('We will appeal', 'We will appeal the ruling next week, and we expect to win')).toBe(false);
  });

  it('counts a speaker right when it shares a word with a gold speaker', () => {
    expect(speakerMatches('Budi Santoso', ['Budi'])).toBe(true);
    expect(speakerMatches('Ani', ['Budi Santoso'])).toBe(false);
    expect(speakerMatches(null, ['Budi'])).toBe(false);
  });

  it('takes Lead-3 as the first three sentences of the text as it came', () => {
    expect(leadThree('One is here. Two is here.\n\nThree is here. Four is here.')).toBe('One is here. Two is here. Three is here.');
  });
});
