import { describe, expect, it } from 'vitest';
import { headlineFromLede, headlineFromSentence, looksLikeHeadline } from '../../../src/article/headline.js';
import { withoutDateline } from '../../../src/article/dateline.js';

describe('looksLikeHeadline', () => {
  it('takes a short line that does not end a sentence', () => {
    expect(looksLikeHeadline('Council Approves Four New Bus Lanes')).toBe(true);
    expect(looksLikeHeadline('Warga Desa Tolak Tambang Pasir di Tepi Sungai')).toBe(true);
  });

  it('refuses related links, list items, bracketed asides, embeds, datelined ledes and editor tags', () => {
    expect(looksLikeHeadline('Baca juga: Harga Cabai Naik Lagi')).toBe(false);
    expect(looksLikeHeadline('(Baca Juga: Harga Cabai Naik Lagi)')).toBe(false);
    expect(looksLikeHeadline('2. Drink more water every day')).toBe(false);
    expect(looksLikeHeadline('- Tickets go on sale in May')).toBe(false);
    expect(looksLikeHeadline('Great night at the stadium pic.twitter.com/abc123')).toBe(false);
    expect(looksLikeHeadline('— Ana Ruiz (@anaruiz) 3 May 2024')).toBe(false);
    expect(looksLikeHeadline('BANDUNG, Harian Kota - Ribuan buruh berunjuk rasa di depan gedung sate')).toBe(false);
    expect(looksLikeHeadline('Rapat akan dilanjutkan pekan depan. (abc)')).toBe(false);
    expect(looksLikeHeadline('The talks broke up without a deal.')).toBe(false);
  });
});

describe('withoutDateline', () => {
  it('drops the datelines wires and sites put before a story', () => {
    expect(withoutDateline('JAKARTA, Kabar.com - Harga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('Berita.com - Harga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('Jakarta, Kabar Indonesia - - Harga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('LISBON (Wire) — Prices rose.')).toBe('Prices rose.');
    expect(withoutDateline('Medan (Kabar News) - Harga beras naik.')).toBe('Harga beras naik.');
  });

  it('drops a dateline written loosely: no space after the dash, a comma before the bracketed outlet, an invisible mark, a story in lower case after a named outlet', () => {
    expect(withoutDateline('SEMARANG (Kabar Kota) –Harga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('Bandung, Kediri, (Kabar News) - Hujan deras turun sejak pagi.')).toBe('Hujan deras turun sejak pagi.');
    expect(withoutDateline('Berita.com - \u200eHarga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('KABAR.NET, TOKYO - pasangan ganda putri Indonesia menang.')).toBe('pasangan ganda putri Indonesia menang.');
    // Without a named outlet, a lower-case word after the dash goes on the sentence; a dash with no space joins two words.
    expect(withoutDateline('Ruko - ruko di Pasar Lestari kini kosong.')).toBe('Ruko - ruko di Pasar Lestari kini kosong.');
    expect(withoutDateline('Indonesia-Malaysia sepakat membuka pos baru.')).toBe('Indonesia-Malaysia sepakat membuka pos baru.');
  });

  it('takes a short word or a name in title case before a spaced dash as part of a name, not a dateline', () => {
    expect(withoutDateline('Go - Kilat meluncurkan layanan baru.')).toBe('Go - Kilat meluncurkan layanan baru.');
    expect(withoutDateline('GO - KILAT meluncurkan layanan baru.')).toBe('GO - KILAT meluncurkan layanan baru.');
    expect(withoutDateline('H - 3 lebaran, terminal dipadati pemudik.')).toBe('H - 3 lebaran, terminal dipadati pemudik.');
    expect(withoutDateline('Sinar Jaya - Lestari kembali menang!')).toBe('Sinar Jaya - Lestari kembali menang!');
    expect(withoutDateline('CEO Go - Kilat Budi Santoso mengatakan layanan itu aman.')).toBe('CEO Go - Kilat Budi Santoso mengatakan layanan itu aman.');
    // A place alone, in capitals or not, and places in capitals still make a dateline.
    expect(withoutDateline('INGGRIS - Harga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('Kabarnews - Harga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('KOTA LESTARI – Harga beras naik.')).toBe('Harga beras naik.');
  });

  it('drops a dateline set with no dash: a place in capitals and the outlet in brackets', () => {
    expect(withoutDateline('KOTA LESTARI (Kabar Kota) Harga beras naik.')).toBe('Harga beras naik.');
    expect(withoutDateline('LISBON (Wire) Prices rose.')).toBe('Prices rose.');
    // Capitals spelled out in brackets are a term that opens the sentence, not a place and its outlet.
    expect(withoutDateline('BPBD (Badan Penanggulangan Bencana Daerah) Kota Lestari mencatat banjir.')).toBe(
      'BPBD (Badan Penanggulangan Bencana Daerah) Kota Lestari mencatat banjir.',
    );
    expect(withoutDateline('BANK LESTARI (Persero) Membuka cabang baru.')).toBe('BANK LESTARI (Persero) Membuka cabang baru.');
    expect(withoutDateline('PSSI (Persatuan Sepak Bola Seluruh Indonesia) Menggelar rapat.')).toBe(
      'PSSI (Persatuan Sepak Bola Seluruh Indonesia) Menggelar rapat.',
    );
  });

  it('leaves a sentence with a dash in it alone', () => {
    expect(withoutDateline('The minister - who resigned on Monday - denied it.')).toBe('The minister - who resigned on Monday - denied it.');
  });
});

describe('headlineFromSentence', () => {
  it('keeps a short sentence whole, without its dateline or full stop', () => {
    expect(headlineFromSentence('OSLO (Wire) - The ferry strike is over.', 15)).toBe('The ferry strike is over');
  });

  it('cuts a long sentence where a phrase ends, never mid-phrase and never with "…"', () => {
    const cut = headlineFromSentence(
      'The city council on Monday approved four new bus lanes on the busiest roads in the centre after a two-year trial cut journey times by a fifth.',
      15,
    );
    expect(cut).toBe('The city council on Monday approved four new bus lanes on the busiest roads');
    const indonesian = headlineFromSentence(
      'Pemerintah kota menaikkan tarif parkir di pusat kota mulai bulan depan karena jumlah kendaraan terus bertambah setiap tahun.',
      12,
    );
    expect(indonesian).toBe('Pemerintah kota menaikkan tarif parkir di pusat kota mulai bulan depan');
  });

  it('falls back to whole words when a sentence has no phrase boundary', () => {
    const lede = headlineFromLede('Aaaa bbbb cccc dddd eeee ffff gggg hhhh iiii jjjj kkkk llll mmmm nnnn oooo pppp qqqq rrrr ssss tttt uuuu vvvv.');
    expect(lede.split(' ')).toHaveLength(20);
    expect(lede).not.toContain('…');
  });
});
