import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import type { Article } from '../../../src/article/article-types.js';
import { locateQuote, normalizeForMatch, verifyQuotes, withheldLine } from '../../../src/quotes/verify.js';
import type { Quote } from '../../../src/engines/schemas.js';
import { russiaArticle } from '../../support/fixtures.js';

const russia = articleFromText(russiaArticle());

const paragraphWith = (article: Article, snippet: string): string =>
  article.paragraphs.find((paragraph) => paragraph.text.includes(snippet))!.id;

const quote = (fields: Partial<Quote> & Pick<Quote, 'quote'>): Quote => ({
  speaker: null,
  role: null,
  paragraph: 'P1',
  kind: 'full',
  translation: null,
  ...fields,
});

describe('normalizeForMatch', () => {
  it('makes every quote mark style, whitespace run and three dots one form', () => {
    expect(normalizeForMatch('“a”  „b‟ «c» ‘d’ \'e\' "f" ″g″')).toBe(normalizeForMatch('"a" "b" "c" "d" "e" "f" "g"'));
    expect(normalizeForMatch(' one\n\ttwo\u00a0 three ')).toBe('one two three');
    expect(normalizeForMatch('wait...')).toBe(normalizeForMatch('wait…'));
  });

  it('keeps words and their case', () => {
    expect(normalizeForMatch('Baik')).not.toBe(normalizeForMatch('baik'));
    expect(normalizeForMatch('melanjutkan')).not.toBe(normalizeForMatch('meneruskan'));
  });
});

describe('locateQuote on the Indonesian article', () => {
  const lavrov = 'Saya akan menyarankan untuk melanjutkan (diplomasi)';

  it('finds a quote without the comma and marks that close it in the article', () => {
    expect(locateQuote(russia, lavrov)).toEqual({ paragraphId: paragraphWith(russia, lavrov), exact: lavrov });
    expect(locateQuote(russia, `"${lavrov}."`)?.exact).toBe(lavrov);
    expect(locateQuote(russia, `${lavrov},`)?.exact).toBe(lavrov);
  });

  it('matches straight quote marks against the curly ones of the article and gives the article’s text', () => {
    const british = 'setuju bahwa masih ada jendela bagi diplomasi dan (kesempatan) bagi Rusia untuk mundur dari ancamannya terhadap Ukraina';
    const found = locateQuote(russia, `"${british.replace(' jendela', '\n   jendela')}."`);
    expect(found).toEqual({ paragraphId: paragraphWith(russia, '“setuju bahwa'), exact: british });
  });

  it('finds a partial quote inside a sentence, also when the model capitalises it', () => {
    const scholz = 'tidak ada pembenaran yang masuk akal';
    expect(locateQuote(russia, scholz)?.paragraphId).toBe(paragraphWith(russia, scholz));
    expect(locateQuote(russia, 'Tidak ada pembenaran yang masuk akal')?.exact).toBe(scholz);
  });

  it('fails a quote with one word changed', () => {
    expect(locateQuote(russia, 'Saya akan menyarankan untuk meneruskan (diplomasi)')).toBeUndefined();
  });

  it('fails a quote with a word dropped', () => {
    expect(locateQuote(russia, 'Saya akan menyarankan melanjutkan (diplomasi)')).toBeUndefined();
  });

  it('fails a word whose case the model changed inside the quote', () => {
    expect(locateQuote(russia, 'Saya akan menyarankan untuk melanjutkan (Diplomasi)')).toBeUndefined();
  });

  it('fails two quotes glued together with the attribution between them', () => {
    const glued = `${lavrov}," kata Lavrov dalam pidato sambutan yang disiararkan televisi. "Baik`;
    expect(russia.paragraphs.some((paragraph) => paragraph.text.includes(glued))).toBe(true);
    expect(locateQuote(russia, glued)).toBeUndefined();
    expect(locateQuote(russia, 'tawaran dialog". Selama konferensi pers dengan Presiden Ukraina Volodymyr Zelenskyy, Scholz mengatakan "tidak ada pembenaran')).toBeUndefined();
  });

  it('fails a quote shortened with an ellipsis', () => {
    expect(locateQuote(russia, 'setuju bahwa masih ada jendela … terhadap Ukraina')).toBeUndefined();
    expect(locateQuote(russia, 'setuju bahwa masih ada jendela...')).toBeUndefined();
  });

  it('fails part of a word', () => {
    expect(locateQuote(russia, 'Bai')).toBeUndefined();
    expect(locateQuote(russia, 'Baik')?.exact).toBe('Baik');
  });
});

describe('locateQuote on an English article', () => {
  const article = articleFromText(
    [
      'Council approves new housing plan',
      '“We will build 1,200 homes by 2026,” said council leader Jane Doe. ‘It’s a start,’ she added.',
      'Opposition member Tom Price called the plan "too little, too late" and said residents deserved better than promises on paper. The council will vote on the final budget next month.',
    ].join('\n\n'),
  );

  it('finds a quote across apostrophe styles and gives the article’s own marks', () => {
    expect(locateQuote(article, "It's a start")).toEqual({ paragraphId: 'P1', exact: 'It’s a start' });
  });

  it('finds a quoted fragment in the paragraph it is really in', () => {
    expect(locateQuote(article, 'too little, too late')).toEqual({ paragraphId: 'P2', exact: 'too little, too late' });
  });

  it('fails a changed number', () => {
    expect(locateQuote(article, 'We will build 1,500 homes by 2026')).toBeUndefined();
  });
});

describe('verifyQuotes', () => {
  const lavrov = 'Saya akan menyarankan untuk melanjutkan (diplomasi)';
  const lavrovParagraph = paragraphWith(russia, lavrov);

  it('keeps a verbatim quote in the article’s words and corrects its paragraph', () => {
    const result = verifyQuotes(russia, {
      quotes: [quote({ quote: `“${lavrov}.”`, speaker: 'Sergey Lavrov', paragraph: 'P7' })],
      paraphrases: [],
    });
    expect(result.quotes).toEqual([quote({ quote: lavrov, speaker: 'Sergey Lavrov', paragraph: lavrovParagraph })]);
    expect(result.withheld).toEqual([]);
  });

  it('withholds near misses and keeps the rest', () => {
    const changed = quote({ quote: 'Saya akan menyarankan untuk meneruskan (diplomasi)', speaker: 'Lavrov' });
    const dropped = quote({ quote: 'Jalan diplomasi tetap tersedia jika Rusia terlibat dengan itikad baik', speaker: 'Antony Blinken' });
    const kept = quote({ quote: 'Jalan diplomasi tetap tersedia jika Rusia memilih terlibat dengan itikad baik', speaker: 'Antony Blinken' });
    const result = verifyQuotes(russia, { quotes: [changed, dropped, kept], paraphrases: [] });
    expect(result.withheld).toEqual([changed, dropped]);
    expect(result.quotes.map((found) => found.quote)).toEqual([kept.quote]);
  });

  it('withholds a real quote credited to a speaker the article never names', () => {
    const invented = quote({ quote: lavrov, speaker: 'John Smith' });
    const result = verifyQuotes(russia, { quotes: [invented], paraphrases: [] });
    expect(result.quotes).toEqual([]);
    expect(result.withheld).toEqual([invented]);
  });

  it('accepts a speaker by surname, by an English name for an institution, or none at all', () => {
    const result = verifyQuotes(russia, {
      quotes: [
        quote({ quote: 'Jalan diplomasi tetap tersedia', speaker: 'Anthony J. Blinken', kind: 'partial' }),
        quote({
          quote: 'Mereka juga meninjau upaya diplomatik dan pencegahan dalam menanggapi pembangunan militer Rusia di perbatasan Ukraina',
          speaker: 'White House',
        }),
        quote({ quote: 'Baik', speaker: null }),
      ],
      paraphrases: [],
    });
    expect(result.withheld).toEqual([]);
    expect(result.quotes).toHaveLength(3);
  });

  it('keeps a quote given twice once', () => {
    const twice = [quote({ quote: lavrov, speaker: 'Lavrov' }), quote({ quote: `"${lavrov},"`, speaker: 'Lavrov' })];
    expect(verifyQuotes(russia, { quotes: twice, paraphrases: [] }).quotes).toHaveLength(1);
  });

  it('drops paraphrases of speakers the article never names', () => {
    const real = { speaker: 'Stephen Nix', statement: 'Nix doubted the talks were real.', paragraph: 'P3' };
    const invented = { speaker: 'Maria Zakharova', statement: 'Zakharova called the claims hysteria.', paragraph: 'P7' };
    expect(verifyQuotes(russia, { quotes: [], paraphrases: [real, invented] }).paraphrases).toEqual([real]);
  });
});

describe('withheldLine', () => {
  it('counts the withheld quotes and says why', () => {
    expect(withheldLine(2)).toBe('2 quotes withheld: not found word for word in the article');
    expect(withheldLine(1)).toBe('1 quote withheld: not found word for word in the article');
  });
});
