import { describe, expect, it } from 'vitest';
import { assertHtmlWithinBounds } from '../../../../src/article/intake/html-shape.js';
import { READING_LIMITS } from '../../../../src/article/intake/reading-limits.js';
import { fixture } from '../../../support/fixtures.js';

const nested = (depth: number) => `<html><body>${'<div>'.repeat(depth)}story${'</div>'.repeat(depth)}</body></html>`;

describe('assertHtmlWithinBounds', () => {
  it('lets real news pages through', () => {
    expect(() => assertHtmlWithinBounds(fixture('pages/id-rusia-diplomasi.html'))).not.toThrow();
    expect(() => assertHtmlWithinBounds(fixture('pages/en-port-strike.html'))).not.toThrow();
  });

  it('refuses elements nested deeper than the bound, counting closed and void elements out', () => {
    expect(() => assertHtmlWithinBounds(nested(READING_LIMITS.htmlDepth - 2))).not.toThrow();
    expect(() => assertHtmlWithinBounds(`<body>${'<p>a<br><img src=x></p>'.repeat(1000)}</body>`)).not.toThrow();
    expect(() => assertHtmlWithinBounds(nested(10_000))).toThrow(/too large or too complex to read \(its elements are nested more than 256 deep\)/);
  });

  it('refuses a page with more elements than the bound', () => {
    const page = `<body>${'<span>x</span>'.repeat(READING_LIMITS.htmlElements + 1)}</body>`;
    expect(() => assertHtmlWithinBounds(page)).toThrow(/more than 30,000 elements/);
  });
});
