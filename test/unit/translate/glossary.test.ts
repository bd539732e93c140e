import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../../../src/config.js';
import { articleFromText } from '../../../src/article/article.js';
import { glossaryDigest, glossaryFor, loadGlossary, parseGlossary } from '../../../src/translate/glossary.js';
import { russiaArticle } from '../../support/fixtures.js';

describe('newsroom glossary', () => {
  it('reads source = target lines, skipping comments and blank lines', () => {
    expect(parseGlossary('# renderings\n\nGedung Putih = White House\n  Kyiv=Kyiv  \n')).toEqual([
      { source: 'Gedung Putih', target: 'White House' },
      { source: 'Kyiv', target: 'Kyiv' },
    ]);
  });

  it.each([
    ['Gedung Putih White House', /line 1: expected "source = target"/],
    ['Kyiv = Kyiv\n = Kiev', /line 2: expected "source = target"/],
    ['a = b = c', /line 1/],
    ['Kyiv = Kyiv\nkyiv = Kiev', /line 2: "kyiv" is already defined on line 1/],
  ])('refuses %j with the line named', (text, message) => {
    expect(() => parseGlossary(text)).toThrow(message);
  });

  it('stops start-up with one line naming GLOSSARY_FILE when the file is bad or missing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'glossary-'));
    const bad = join(dir, 'bad.txt');
    writeFileSync(bad, 'Gedung Putih -> White House\n');
    expect(() => loadGlossary(bad)).toThrow(ConfigError);
    expect(() => loadGlossary(bad)).toThrow(`GLOSSARY_FILE ${bad} line 1`);
    expect(() => loadGlossary(join(dir, 'none.txt'))).toThrow(/GLOSSARY_FILE .*none\.txt: no such file/);
    expect(loadGlossary(undefined)).toEqual([]);
  });

  it('loads the example shipped with the repo', () => {
    const glossary = loadGlossary(new URL('../../../glossary.example.txt', import.meta.url).pathname);
    expect(glossary).toContainEqual({ source: 'Gedung Putih', target: 'White House' });
    expect(glossary).toContainEqual({ source: 'Kyiv', target: 'Kyiv' });
  });

  it('keeps for an article only the entries it uses, and fingerprints them', () => {
    const article = articleFromText(russiaArticle());
    const glossary = parseGlossary('Gedung Putih = White House\nKyiv = Kyiv\nDewan Perwakilan Rakyat = House of Representatives');
    const used = glossaryFor(glossary, article);
    expect(used.map((entry) => entry.source)).toEqual(['Gedung Putih', 'Kyiv']);
    expect(glossaryDigest(used)).not.toBe(glossaryDigest(glossary));
    expect(glossaryDigest(used)).toBe(glossaryDigest(parseGlossary('Gedung Putih = White House\nKyiv = Kyiv')));
    expect(glossaryDigest([])).toBe('none');
  });
});
