import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../../src/article/article.js';
import { NewsroomError } from '../../../src/errors.js';

const scrape = readFileSync(new URL('../../fixtures/article-id-russia-diplomacy.txt', import.meta.url), 'utf8');
const HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';
const storyParagraphs = scrape.split('\n').filter((line) => line.trim() && line !== HEADLINE);
const uniqueStory = [...new Set(storyParagraphs)];

const englishStory = [
  'Dockworkers at the Port of Eastmere stayed off the job for a third day on Thursday after overnight talks over pay and automation broke up without a deal.',
  'Share prices of the four terminal operators fell by as much as 6 percent in early trading, as investors weighed the cost of a long stoppage.',
  'Advertisement spending by the port authority, a frequent target of the union, has doubled since 2021, according to its annual report.',
  '"We came to the table ready to compromise," said Renata Silva, the union\'s chief negotiator.',
];

describe('articleFromText on the scraped Indonesian story', () => {
  const article = articleFromText(scrape);

  it('keeps the body once although the scrape holds it twice', () => {
    expect(storyParagraphs).toHaveLength(16);
    expect(article.paragraphs.map((p) => p.text)).toEqual(uniqueStory);
    expect(article.paragraphs).toHaveLength(8);
  });

  it('numbers the paragraphs P1 to P8 for citations', () => {
    expect(article.paragraphs.map((p) => p.id)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5', 'P6', 'P7', 'P8']);
  });

  it('finds the headline line between the two copies and keeps it out of the body', () => {
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs.some((p) => p.text.includes(HEADLINE))).toBe(false);
  });

  it('detects Indonesian', () => {
    expect(article.language).toBe('id');
  });
});

describe('boilerplate of news sites', () => {
  it('drops Indonesian sites\' prompts, ad labels, share bars and credits between the paragraphs', () => {
    const noisy = [
      'Bagikan',
      'Facebook Twitter WhatsApp Salin Link',
      uniqueStory[0],
      'Baca juga: Ukraina Minta Jaminan Keamanan dari Barat',
      uniqueStory[1],
      'ADVERTISEMENT',
      'SCROLL TO CONTINUE WITH CONTENT',
      uniqueStory[2],
      'Foto: Presiden Rusia Vladimir Putin (REUTERS/Sputnik/Alexei Nikolsky)',
      'Presiden Rusia Vladimir Putin dan Menteri Luar Negeri Sergey Lavrov. (REUTERS/Sputnik/Alexei Nikolsky)',
      ...uniqueStory.slice(3),
      'Simak Video "Putin dan Macron Bicara 5 Jam soal Ukraina"',
      '(nad/nvc)',
      'Ikuti berita terkini dari Kabar Nusantara di Google News',
      'Copyright © 2022 Kabar Nusantara',
    ].join('\n');
    expect(articleFromText(noisy).paragraphs.map((p) => p.text)).toEqual(uniqueStory);
  });

  it('keeps story paragraphs that merely start with a boilerplate word', () => {
    const article = articleFromText(['Port strike enters third day', ...englishStory, 'Advertisement', 'Read more: Eastmere dockers vote to strike'].join('\n\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(englishStory);
  });

  it('drops the list of related-article titles under a prompt standing alone, up to a blank line', () => {
    const story = [
      englishStory[0],
      `${englishStory[1]}\n\nbaca:\n Eastmere Dockers Vote to Strike \n Port Authority Names New Chief \n Shipping Rates Climb Again`,
      ...englishStory.slice(2),
    ].join('\n\n');
    expect(articleFromText(story).paragraphs.map((p) => p.text)).toEqual(englishStory);
    const singleSpaced = ['Port strike enters third day', englishStory[0], 'Baca juga:', 'Eastmere Dockers Vote to Strike', 'Port Authority Names New Chief', ...englishStory.slice(1)].join('\n');
    expect(articleFromText(singleSpaced).paragraphs.map((p) => p.text)).toEqual(englishStory);
  });

  it('drops related-article titles set as paragraphs of one line under a prompt, and links set inside a paragraph', () => {
    const story = [
      englishStory[0],
      'Baca juga:',
      'Eastmere Dockers Vote to Strike',
      'Port Authority Names New Chief',
      `${englishStory[1]} (Baca: Shipping Rates Climb Again)`,
      `${englishStory[2]} Baca juga: Union Leader Speaks Out`,
      ...englishStory.slice(3),
    ].join('\n\n');
    expect(articleFromText(story).paragraphs.map((p) => p.text)).toEqual(englishStory);
  });

  it('drops a byline under the headline', () => {
    const article = articleFromText(['Port strike enters third day', 'By Renée Okafor, Business Reporter', ...englishStory].join('\n'));
    expect(article.paragraphs.map((p) => p.text)).toEqual(englishStory);
  });
});

describe('whitespace and Unicode', () => {
  it('normalises line ends, odd spaces, invisible characters and decomposed letters', () => {
    const messy = `  Port\u00a0strike\u200b enters third day \r\n\r\nThe union\u2019s  negotiator, Rene\u0301e\u00adOkafor, said\tthe offer was final.\u2028${englishStory.join('\r\n')}\uFEFF`;
    const article = articleFromText(messy);
    expect(article.headline).toBe('Port strike enters third day');
    expect(article.paragraphs[0]!.text).toBe('The union\u2019s negotiator, Ren\u00e9eOkafor, said the offer was final.');
    expect(article.paragraphs.map((p) => p.text).slice(1)).toEqual(englishStory);
  });

  it('joins hard-wrapped lines back into their paragraphs', () => {
    const wrapped = englishStory.map((paragraph) => paragraph.replace(/(.{50,60}?) /g, '$1\n')).join('\n\n');
    expect(wrapped.split('\n').length).toBeGreaterThan(englishStory.length * 2);
    expect(articleFromText(wrapped).paragraphs.map((p) => p.text)).toEqual(englishStory);
  });
});

describe('headline and paragraphs', () => {
  it('uses the source title as the headline and drops its copy from the body', () => {
    const article = articleFromText([HEADLINE, ...uniqueStory].join('\n'), { kind: 'url', title: `  ${HEADLINE}\n` });
    expect(article.headline).toBe(HEADLINE);
    expect(article.paragraphs).toHaveLength(8);
  });

  it('falls back to the lede\'s first sentence, cut where a phrase ends and never with "…", when there is no headline line', () => {
    const article = articleFromText(englishStory.join('\n'));
    expect(article.headline).toBe('Dockworkers at the Port of Eastmere stayed off the job for a third day on Thursday');
    expect(article.paragraphs[0]!.text).toBe(englishStory[0]);
  });

  it('cuts a story pasted as one block at sentence ends, losing no text', () => {
    const block = Array.from({ length: 12 }, () => englishStory.join(' ')).join(' ');
    const article = articleFromText(block);
    expect(article.paragraphs.length).toBeGreaterThan(1);
    for (const paragraph of article.paragraphs) {
      expect(paragraph.text.split(' ').length).toBeLessThanOrEqual(260);
      expect(paragraph.text).toMatch(/[.!?"”]$/);
    }
    expect(article.paragraphs.map((p) => p.text).join(' ')).toBe(block);
  });

  it('keeps a closing quote mark with the quotation it closes when the cut falls right after it', () => {
    const filler = 'Warga Kota Lestari berkumpul di alun-alun sejak pagi untuk mendengar pengumuman wali kota.';
    for (let before = 18; before <= 22; before++) {
      const block = [
        ...Array.from({ length: before }, () => filler),
        '" Kami siap bekerja keras untuk kota ini. Semua warga mendukung rencana itu. " Budi Santoso lalu meninggalkan balai kota.',
        ...Array.from({ length: 6 }, () => filler),
      ].join(' ');
      const paragraphs = articleFromText(block).paragraphs.map((p) => p.text);
      expect(paragraphs.length).toBeGreaterThan(1);
      for (const paragraph of paragraphs) expect((paragraph.match(/"/g) ?? []).length % 2).toBe(0);
      expect(paragraphs.join(' ')).toBe(block);
    }
  });
});

describe('identity', () => {
  it('is the content hash for pasted text: same text, same id; other text, other id', () => {
    const text = [HEADLINE, ...uniqueStory].join('\n');
    expect(articleFromText(text).id).toBe(articleFromText(` ${text}\n\n`).id);
    expect(articleFromText(text).id).not.toBe(articleFromText(englishStory.join('\n') + '\n' + uniqueStory[0]).id);
  });

  it('is the canonical URL when the source states one, whatever the text', () => {
    const url = 'https://www.kabarnusantara.example/internasional/d-5943210/rusia';
    const first = articleFromText(uniqueStory.join('\n'), { kind: 'url', canonicalUrl: url });
    const edited = articleFromText(uniqueStory.slice(0, 6).join('\n'), { kind: 'url', canonicalUrl: url });
    expect(first.id).toBe(edited.id);
    expect(first.id).not.toBe(articleFromText(uniqueStory.join('\n')).id);
  });
});

describe('input that is not an article', () => {
  const failure = (text: string) => {
    try {
      articleFromText(text);
    } catch (error) {
      expect(error).toBeInstanceOf(NewsroomError);
      return (error as Error).message;
    }
    throw new Error('expected articleFromText to refuse the text');
  };

  it('refuses empty and whitespace-only text', () => {
    expect(failure('')).toMatch(/no article text/);
    expect(failure(' \n\u200b\n\t')).toMatch(/no article text/);
  });

  it('says a short text is too short to be an article', () => {
    expect(failure('Putin met Macron in Moscow on Monday. They talked for five hours.')).toMatch(/too short to be an article \(12 words\)/);
  });

  it('says so when only boilerplate and a headline are left', () => {
    expect(failure(`${HEADLINE}\nADVERTISEMENT\nBaca juga: Ukraina Minta Jaminan Keamanan`)).toMatch(/too short/);
  });

  it('recognises program code', () => {
    const code = Array.from({ length: 20 }, (_, i) => `const value${i} = compute(items[${i}], { retries: ${i} });`).join('\n');
    expect(failure(code)).toMatch(/program code/);
  });

  it('recognises base64', () => {
    const blob = Buffer.from(scrape).toString('base64').replace(/(.{76})/g, '$1\n');
    expect(failure(blob)).toMatch(/encoded data/);
  });

  it('recognises a table of numbers', () => {
    const table = Array.from({ length: 30 }, (_, i) => `${2000 + i} ${(i * 37) % 100}.${i} ${(i * 91) % 1000} ${i * 12} Q${(i % 4) + 1}`).join('\n');
    expect(failure(table)).toMatch(/table of numbers/);
  });
});

describe('notes above the story, the headline, and identity', () => {
  const story = [
    'Council approves new bus lanes',
    ...englishStory,
  ];

  it('never takes a note to colleagues for the headline or the lede', () => {
    const article = articleFromText(['Reporter Sam Lee filed this copy:', 'pls check the quote', ...story].join('\n\n'));
    expect(article.headline).toBe('Council approves new bus lanes');
    expect(article.paragraphs[0]!.text).toBe(englishStory[0]);
    expect(article.notes).toEqual(['Reporter Sam Lee filed this copy:', 'pls check the quote']);
  });

  it('takes no subheading, list item or related link further down for the headline', () => {
    const article = articleFromText([englishStory[0], 'What happens next', englishStory[1], '1. Talks resume Monday', 'Baca juga: Harga Cabai Naik', englishStory[2], englishStory[3]].join('\n\n'));
    expect(article.headline).not.toBe('What happens next');
    expect(article.headline).not.toContain('Talks resume');
    expect(article.headline.startsWith('Dockworkers at the Port of Eastmere')).toBe(true);
    expect(article.paragraphs.map((p) => p.text)).toContain('What happens next');
  });

  it('joins a dateline set on a line of its own to the paragraph under it, and keeps it out of the headline', () => {
    const lede = 'Warga Kota Lestari menolak rencana pembangunan pasar baru di tepi sungai karena khawatir banjir.';
    const rest = [
      'Budi Santoso, ketua rukun warga setempat, mengatakan ratusan warga sudah menandatangani petisi penolakan.',
      'Pemerintah kota berjanji meninjau ulang rencana itu bersama dinas lingkungan hidup pekan depan.',
    ];
    const article = articleFromText(['Kabar.com -', lede, ...rest].join('\n\n'));
    expect(article.paragraphs[0]!.text).toBe(`Kabar.com - ${lede}`);
    expect(article.paragraphs).toHaveLength(3);
    expect(article.headline).not.toContain('Kabar.com');
    expect(article.headline.startsWith('Warga Kota Lestari menolak')).toBe(true);
  });

  it('makes a changed headline a new article', () => {
    const first = articleFromText(story.join('\n\n'));
    const retitled = articleFromText(['Bus lanes approved after two-year trial', ...englishStory].join('\n\n'));
    const again = articleFromText(story.join('\n\n'));
    expect(retitled.id).not.toBe(first.id);
    expect(again.id).toBe(first.id);
    const url = { kind: 'url' as const, canonicalUrl: 'https://news.example/bus-lanes' };
    expect(articleFromText(story.join('\n\n'), { ...url, title: 'Bus lanes approved' }).id).not.toBe(
      articleFromText(story.join('\n\n'), { ...url, title: 'Council approves bus lanes' }).id,
    );
  });
});
