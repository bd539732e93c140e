import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SummarySchema, type Summary } from '../../../../src/engines/schemas.js';
import { articleFromText } from '../../../../src/article/article.js';
import type { Article } from '../../../../src/article/article-types.js';
import { articleSentences } from '../../../../src/engines/offline/sentences.js';
import { isSourceCredit, summarizeExtractive } from '../../../../src/engines/offline/summarize.js';

const fixtureText = readFileSync('test/fixtures/article-id-russia-diplomacy.txt', 'utf8');
const fixture = articleFromText(fixtureText);

/** Every line of a summary is an article sentence, word for word; the points follow the article's order. */
function expectExtractive(article: Article, summary: Summary) {
  expect(SummarySchema.safeParse(summary).success).toBe(true);
  expect(summary.headline).toBe(article.headline);
  const sentences = articleSentences(article).map((s) => s.text);
  // The lede is an article sentence, its dateline ("JAKARTA, KOMPAS.com - ") aside.
  expect(sentences.some((sentence) => sentence.endsWith(summary.lede))).toBe(true);
  const positions = summary.points.map((point) => sentences.indexOf(point));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  expect(new Set(positions).size).toBe(positions.length);
  expect(summary.points).not.toContain(summary.lede);
}

describe('summarizeExtractive', () => {
  // Changed with issue 12: a summary is cut to a word budget (about what a human summary runs to), not to four points.
  it('summarises the fixture in its own sentences: a lede from the top and two to four points within 70 words', () => {
    const summary = summarizeExtractive(fixture);
    expectExtractive(fixture, summary);
    expect(summary.points.length).toBeGreaterThanOrEqual(2);
    expect(summary.points.length).toBeLessThanOrEqual(4);
    expect(fixture.paragraphs[0]!.text).toContain(summary.lede);
  });

  it('cuts a short summary tighter than a normal one, and lets a long one run further', () => {
    const words = (s: Summary) => [s.lede, ...s.points].join(' ').split(/\s+/).length;
    const short = summarizeExtractive(fixture, { length: 'short' });
    const normal = summarizeExtractive(fixture);
    const long = summarizeExtractive(fixture, { length: 'long' });
    for (const summary of [short, normal, long]) expectExtractive(fixture, summary);
    expect(words(short)).toBeLessThanOrEqual(words(normal));
    expect(words(long)).toBeGreaterThan(words(normal));
    expect(short.points.length).toBeLessThanOrEqual(3);
  });

  it('keeps the lead paragraph\'s later sentences, passes over quotations and drops the dateline', () => {
    const article = articleFromText(`Harbour reopens after storm

PORTVALE, Coast Herald - The harbour of Portvale reopened on Tuesday after a three-day closure caused by the storm. Ferries to the islands resumed at noon with extra sailings.

"We worked through the night to clear the channel," said harbour master Ines Duarte. "Nobody wanted the islands cut off for another day."

Fuel deliveries to the islands, which ran low during the closure, will arrive by Thursday.

The storm damaged two piers, which the port authority expects to repair by the end of the month.
`);
    const summary = summarizeExtractive(article);
    expectExtractive(article, summary);
    expect(summary.lede).toBe('The harbour of Portvale reopened on Tuesday after a three-day closure caused by the storm.');
    expect(summary.points[0]).toBe('Ferries to the islands resumed at noon with extra sailings.');
    expect(summary.points.join(' ')).not.toContain('worked through the night');
  });

  it('does not open on a quotation behind a dateline', () => {
    const article = articleFromText(`Warga bertahan di bantaran sungai

KOTA LESTARI (Kabar Kota) - "Kami tidak akan pindah sebelum ada ganti rugi yang layak," kata Budi Santoso, warga bantaran Sungai Lestari, Senin.

Pemerintah Kota Lestari akan menggusur 120 rumah di bantaran sungai untuk membangun tanggul penahan banjir.

Warga menolak karena ganti rugi yang ditawarkan dinilai terlalu kecil.

Wali kota berjanji menemui warga pekan depan untuk membahas besaran ganti rugi.
`);
    const summary = summarizeExtractive(article);
    expectExtractive(article, summary);
    expect(summary.lede).toBe('Pemerintah Kota Lestari akan menggusur 120 rumah di bantaran sungai untuk membangun tanggul penahan banjir.');
  });

  it('never makes a point of a fragment of a quotation whose opening mark is followed by a space', () => {
    const article = articleFromText(`Mayor defends budget

The mayor on Monday defended a budget that cuts library hours across the city.

" We had to choose. The libraries will stay open, but not every evening. Nobody likes it, " said the mayor at a press conference.

The council will vote on the budget on Friday, and two members have said they will oppose it.

Library staff plan to protest outside the town hall before the vote.
`);
    const summary = summarizeExtractive(article);
    expectExtractive(article, summary);
    for (const point of summary.points) expect(point).not.toMatch(/^(?:The libraries|Nobody likes)/);
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

  it('makes no point of a line that only credits the outlet a story was taken from', () => {
    const article = articleFromText(`Harga beras naik di Kota Lestari

Harga beras di pasar-pasar Kota Lestari naik hingga 15 persen dalam sepekan terakhir.
Seperti dilansir Kabar Pagi, Senin (3 / 4).
Pedagang menyebut pasokan dari daerah sentra berkurang karena panen mundur.
Dinas Perdagangan berencana menggelar operasi pasar mulai pekan depan.
Budi Santoso, seorang pedagang, mengatakan pembeli kini membeli lebih sedikit.
`);
    const summary = summarizeExtractive(article);
    expectExtractive(article, summary);
    expect(summary.points).not.toContain('Seperti dilansir Kabar Pagi, Senin (3 / 4).');
    expect(summary.points).toContain('Pedagang menyebut pasokan dari daerah sentra berkurang karena panen mundur.');
  });

  it('makes no point of a related article\'s title set between the paragraphs, but keeps a list\'s subheading', () => {
    const article = articleFromText(`Kota Lestari buka jalur sepeda baru

Pemerintah Kota Lestari membuka jalur sepeda sepanjang 12 kilometer di pusat kota pada Senin.

Jalur itu menghubungkan stasiun, pasar dan kampus.

Budi Santoso Minta Warga Jaga Fasilitas Kota

Wali kota berharap warga lebih banyak bersepeda ke tempat kerja.

Petugas akan menindak kendaraan yang parkir di jalur itu.
`);
    const summary = summarizeExtractive(article);
    expectExtractive(article, summary);
    expect(summary.points).not.toContain('Budi Santoso Minta Warga Jaga Fasilitas Kota');

    const tips = articleFromText(`Tiga cara hemat listrik di rumah

Tagihan listrik bisa ditekan dengan kebiasaan kecil yang dilakukan setiap hari oleh seluruh keluarga.

Matikan lampu di ruangan yang kosong setiap saat

Lampu yang menyala tanpa ada orang di ruangan menambah tagihan tanpa guna.

Cabut pengisi daya setelah dipakai

Pengisi daya yang tetap tertancap masih menarik arus kecil sepanjang hari.
`);
    expect(summarizeExtractive(tips).points).toContain('Matikan lampu di ruangan yang kosong setiap saat');
  });

  it('drops the dateline from a point too, when a short story leaves its quoted opening for a point', () => {
    const article = articleFromText(`Warga kejar pencuri motor

KOTA LESTARI, Kabar.com - "Saya melihat dia lari ke arah pasar sambil membawa motor tetangga saya, jadi saya langsung mengejarnya," kata Budi Santoso, warga setempat.
Dia ditemui di depan kantor polisi Kota Lestari pada Minggu sore setelah memberikan keterangan kepada penyidik.
Polisi menangkap pelaku di dekat pasar dan mengembalikan motor itu kepada pemiliknya pada malam harinya.
`);
    const summary = summarizeExtractive(article);
    expect(summary.points).toContain('"Saya melihat dia lari ke arah pasar sambil membawa motor tetangga saya, jadi saya langsung mengejarnya," kata Budi Santoso, warga setempat.');
    for (const point of summary.points) expect(point).not.toMatch(/Kabar\.com/);
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

describe('isSourceCredit', () => {
  it('tells a credit to an outlet, with a date at most, from a sentence that goes on to say something', () => {
    expect(isSourceCredit('Seperti dilansir Kabar Pagi, Senin (3 / 4).')).toBe(true);
    expect(isSourceCredit('Dikutip dari Warta Kota, 12 Maret lalu.')).toBe(true);
    expect(isSourceCredit('As reported by the Daily Wire on Monday.')).toBe(true);
    expect(isSourceCredit('Dilansir Kabar Pagi, Budi Santoso ditangkap polisi pada Sabtu (15 / 7) lalu.')).toBe(false);
    expect(isSourceCredit('Seperti dilansir Kabar Pagi pada 14 Juni lalu, PT Sinar Jaya membantah tuduhan itu.')).toBe(false);
    expect(isSourceCredit('Harga beras naik, seperti dilansir Kabar Pagi.')).toBe(false);
  });
});
