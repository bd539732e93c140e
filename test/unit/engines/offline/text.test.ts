import { describe, expect, it } from 'vitest';
import { findQuoteSpans, quotedText } from '../../../../src/engines/offline/quote-marks.js';
import { splitSentences } from '../../../../src/engines/offline/sentences.js';
import { contentWords, stems, terms } from '../../../../src/engines/offline/terms.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => s.text);

describe('splitSentences', () => {
  it('keeps a quote of several sentences together with its attribution', () => {
    expect(sentencesOf('"We will win. It will take time," she said. Then they left.')).toEqual([
      '"We will win. It will take time," she said.',
      'Then they left.',
    ]);
  });

  it('ends a sentence after a closing quote mark that follows the full stop', () => {
    expect(sentencesOf('Mereka “setuju bahwa masih ada jendela bagi diplomasi.” Sejauh ini, Rusia menyangkal.')).toEqual([
      'Mereka “setuju bahwa masih ada jendela bagi diplomasi.”',
      'Sejauh ini, Rusia menyangkal.',
    ]);
  });

  it('does not break at abbreviations, initials or thousands separators', () => {
    expect(sentencesOf('Dr. Smith met J. K. Rowling and Mr. Jones on Monday. Rusia menempatkan 100.000 tentara. Selesai.')).toEqual([
      'Dr. Smith met J. K. Rowling and Mr. Jones on Monday.',
      'Rusia menempatkan 100.000 tentara.',
      'Selesai.',
    ]);
  });

  it('does not break after initials written together ("R.A.", "B.J.")', () => {
    expect(sentencesOf('Sekolah itu didirikan oleh R.A. Suryani di Kudus. Kemudian B.J. Wirawan memimpinnya.')).toEqual([
      'Sekolah itu didirikan oleh R.A. Suryani di Kudus.',
      'Kemudian B.J. Wirawan memimpinnya.',
    ]);
  });

  it('does not break at "seb." ("sebelum"), as in a life span', () => {
    expect(sentencesOf('Raja Darmo (seb. Mei 1620 – 1681) memerintah Kerajaan Watu. Ia wafat di istana.')).toEqual([
      'Raja Darmo (seb. Mei 1620 – 1681) memerintah Kerajaan Watu.',
      'Ia wafat di istana.',
    ]);
  });

  it('does not break at Indonesian ranks, titles and address words written short', () => {
    expect(sentencesOf('Kantor itu ada di Jalan Jend. Ahmad Lestari, Kota Lestari. Hj. Siti Aminah dan KH. Budi Santoso hadir di Gg. Mawar. Acara selesai.')).toEqual([
      'Kantor itu ada di Jalan Jend. Ahmad Lestari, Kota Lestari.',
      'Hj. Siti Aminah dan KH. Budi Santoso hadir di Gg. Mawar.',
      'Acara selesai.',
    ]);
  });

  it('does not break inside quoted titles set off by spaced marks', () => {
    expect(sentencesOf("Spanduk itu bertuliskan ' Kapan jalan diperbaiki? ', dan ' Siapa peduli? '. Warga memasangnya pagi tadi.")).toEqual([
      "Spanduk itu bertuliskan ' Kapan jalan diperbaiki? ', dan ' Siapa peduli? '.",
      'Warga memasangnya pagi tadi.',
    ]);
    expect(sentencesOf("Dinding itu bertuliskan ' Apa kabarmu hari ini? ' yang biasa dilihat pengguna. ' Semua senang, ' kata Budi.")).toEqual([
      "Dinding itu bertuliskan ' Apa kabarmu hari ini? ' yang biasa dilihat pengguna.",
      "' Semua senang, ' kata Budi.",
    ]);
  });

  it('gives offsets that point back at each sentence', () => {
    const text = 'Satu kalimat di sini.  Kalimat kedua!';
    for (const sentence of splitSentences(text)) expect(text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });
});

describe('findQuoteSpans', () => {
  it('pairs straight, curly and mixed marks by context', () => {
    const text = 'He said "yes" and “no”, then ”maybe". Inch marks 5" stay alone.';
    const quotes = findQuoteSpans(text)
      .filter((span) => span.close !== null)
      .map((span) => quotedText(text, span));
    expect(quotes).toEqual(['yes', 'no', 'maybe']);
  });

  it('leaves a quote that runs past the end of the paragraph open', () => {
    const text = 'She went on. "Volunteers have signed up.';
    const [span] = findQuoteSpans(text);
    expect(span?.close).toBeNull();
    expect(quotedText(text, span!)).toBe('Volunteers have signed up.');
  });
});

describe('terms', () => {
  it('drops Indonesian and English function words and keeps acronyms that spell one', () => {
    expect(contentWords('Dia mengatakan bahwa AS akan pindah ke Lviv and the US agreed')).toEqual([
      'mengatakan',
      'as',
      'pindah',
      'lviv',
      'us',
      'agreed',
    ]);
  });

  it('writes a number the same way whatever separators it uses', () => {
    expect(contentWords('100.000 100,000 100000')).toEqual(['100000', '100000', '100000']);
  });

  it('gives Indonesian and English inflections a common stem', () => {
    const share = (a: string, b: string) => stems(a).some((stem) => stems(b).includes(stem));
    expect(share('menempatkan', 'ditempatkan')).toBe(true);
    expect(share('perbatasan', 'batas')).toBe(true);
    expect(share('pembicaraan', 'bicara')).toBe(true);
    expect(share('mengirim', 'dikirim')).toBe(true);
    expect(share('katanya', 'kata')).toBe(true);
    expect(share('troops', 'troop')).toBe(true);
    expect(share('placed', 'place')).toBe(true);
    expect(terms('Scholz mengunjungi Kyiv')).toEqual(expect.arrayContaining(['scholz', 'kyiv']));
  });

  it('reads the Arabic kh written as h ("tahta", "mahluk") as the same word', () => {
    const share = (a: string, b: string) => stems(a).some((stem) => stems(b).includes(stem));
    expect(share('tahta', 'takhta')).toBe(true);
    expect(share('mahluk', 'makhluk')).toBe(true);
    expect(share('terakhir', 'akhirnya')).toBe(true);
  });

  it('keeps an ending that only looks like a particle or suffix, and takes off -i', () => {
    const share = (a: string, b: string) => stems(a).some((stem) => stems(b).includes(stem));
    // "-kah" of "menikah" belongs to the root "nikah"; "memenangi" is me- + menang + -i.
    expect(share('menikah', 'pernikahan')).toBe(true);
    expect(share('memenangi', 'kemenangan')).toBe(true);
    expect(share('menduduki', 'kedudukan')).toBe(true);
  });
});
