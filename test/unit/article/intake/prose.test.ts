import { describe, expect, it } from 'vitest';
import { countWords, nonProseKind } from '../../../../src/article/intake/prose.js';

describe('counting words as a reader does', () => {
  it('counts runs between any kind of space, not dashes or bullets standing alone', () => {
    expect(countWords('The minister\u00a0said\u2003on  Tuesday — 40 people\tcame.\n• ')).toBe(8);
  });

  it('counts the words of scripts written without spaces', () => {
    expect(countWords('สวัสดีครับ')).toBeGreaterThan(1);
    expect(countWords('東京都は今日、新しい計画を発表した。')).toBeGreaterThan(3);
  });

  it('counts letters outside the Basic Multilingual Plane and accented words as words', () => {
    expect(countWords('𐐷𐐷 café naïve')).toBe(3);
  });
});

describe('telling prose from other pasted text', () => {
  it('takes prose in any script for prose', () => {
    expect(nonProseKind('Министр иностранных дел заявил во вторник, что переговоры продолжатся.')).toBeUndefined();
    expect(nonProseKind('“We will rebuild the bridge by June,” the mayor said (again) on Monday.')).toBeUndefined();
  });

  it('names text made mostly of symbols', () => {
    expect(nonProseKind('--- ... !!! ??? ... --- +++ ... @@@ ... %%% --- ... !!! ok')).toMatch(/symbols rather than sentences/);
  });

  it('takes a long run of base64 for encoded data, and a long hyphenated word for prose', () => {
    expect(nonProseKind(`data ${'QmFzZTY0IGVuY29kZWQgdGV4dCBpcyBub3QgYW4gYXJ0aWNsZS4'.repeat(3)}`)).toMatch(/encoded data/);
    expect(nonProseKind('A well-known, long-running, state-of-the-art-and-then-some campaign ended on Friday.')).toBeUndefined();
  });
});
