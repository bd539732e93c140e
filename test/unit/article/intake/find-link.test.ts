import { describe, expect, it } from 'vitest';
import { findLink } from '../../../../src/article/intake/find-link.js';

describe('findLink', () => {
  it('reads a link Slack wrapped with a label', () => {
    expect(findLink('tolong ringkas <https://news.example/a/b?x=1&amp;y=2|news.example/a/b> ya')).toBe('https://news.example/a/b?x=1&y=2');
  });

  it('reads a link Slack wrapped without a label', () => {
    expect(findLink('<@U123> summarize <https://news.example/story>')).toBe('https://news.example/story');
  });

  it('returns the first http(s) link, skipping mentions, channels and mail links', () => {
    expect(findLink('<#C42|newsroom> <mailto:desk@news.example|desk> <http://first.example/1> <https://second.example/2>')).toBe('http://first.example/1');
  });

  it('reads a bare link and leaves out the sentence punctuation around it', () => {
    expect(findLink('see https://news.example/story.')).toBe('https://news.example/story');
    expect(findLink('(see https://news.example/story)')).toBe('https://news.example/story');
    expect(findLink('https://en.wikipedia.example/wiki/Lviv_(city)')).toBe('https://en.wikipedia.example/wiki/Lviv_(city)');
  });

  it('returns undefined when there is no web link', () => {
    expect(findLink('Rusia siap lanjutkan upaya diplomasi')).toBeUndefined();
    expect(findLink('<ftp://files.example/a>')).toBeUndefined();
  });
});
