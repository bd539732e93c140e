import { describe, expect, it } from 'vitest';
import { endsWithShiftedOpening, findQuoteSpans, quotedText } from '../../../../src/engines/offline/quote-marks.js';

const quotes = (text: string) => findQuoteSpans(text).map((span) => quotedText(text, span));

describe('findQuoteSpans', () => {
  it('takes an opening mark followed by a space as an opening mark, and a spaced closing mark as closing', () => {
    expect(quotes('" Kami sudah siap. Semua petugas berjaga, " ujar Sari.')).toEqual(['Kami sudah siap. Semua petugas berjaga,']);
    expect(quotes('Dia berkata: “ Tidak ada yang terluka, ” kata petugas.')).toEqual(['Tidak ada yang terluka,']);
  });

  it('pairs marks typed in the wrong direction by where they stand', () => {
    expect(quotes('”Jalan ditutup sampai Senin,“ kata Budi. Warga diminta memutar.')).toEqual(['Jalan ditutup sampai Senin,']);
    expect(quotes('He said ”we will appeal“ and left.')).toEqual(['we will appeal']);
  });

  it('keeps narration between two quotes out of both', () => {
    const text = '"We lost the vote," said Ana. Later she added: "We will try again."';
    expect(quotes(text)).toEqual(['We lost the vote,', 'We will try again.']);
  });

  it('pairs marks shifted one word along: one glued to the end of a sentence, one glued to the attribution verb', () => {
    const text = 'Rudi mengatakan oven tokonya rusak sejak Kamis.” Pesanan kue ulang tahun kami tolak dulu. Teknisinya baru datang Sabtu, “lanjutnya. Ia lalu pergi.';
    expect(quotes(text)).toEqual(['Pesanan kue ulang tahun kami tolak dulu. Teknisinya baru datang Sabtu,']);
  });

  it('does not open a quotation at a mark glued to a word that is not an attribution', () => {
    expect(quotes('Tepung mahal.” Pembeli mengeluh, “mahal” katanya.')).not.toContain('Pembeli mengeluh,');
  });

  it('keeps a term quoted inside a quotation, in shifted marks, within the quotation', () => {
    const text = '“Setiap pagi selalu ada” roti sobek “-nya. Pelanggan lama memintanya,” ucapnya.';
    expect(quotes(text)).toEqual(['Setiap pagi selalu ada” roti sobek “-nya. Pelanggan lama memintanya,']);
  });

  it('still reads two quotations with the attribution between them as two', () => {
    const text = '“Kami siap,” kata Budi, “dan kami tidak akan mundur.”';
    expect(quotes(text)).toEqual(['Kami siap,', 'dan kami tidak akan mundur.']);
  });

  it('ends a quotation at a single closing mark before an attribution verb', () => {
    const text = '“Adonan harus diuleni lama. Resepnya dari nenek saya,’ kata Heru. Kelas memasak berlanjut sampai malam. “Terima kasih,” ujar moderator.';
    expect(quotes(text)).toEqual(['Adonan harus diuleni lama. Resepnya dari nenek saya,', 'Terima kasih,']);
  });

  it('closes a quotation at a mark shifted onto the attribution verb, and reads no quotation after a lost opening', () => {
    expect(quotes('”Roti tawar habis sebelum siang, “ucapnya. Ia lalu pergi.')).toEqual(['Roti tawar habis sebelum siang,']);
    expect(quotes('Oven kami servis dulu, “ujarnya. Sore itu, Budi menutup tokonya lebih awal.” Ia pulang.')).toEqual([]);
  });

  it('opens a quotation at the start of a paragraph when the one before ends on a shifted mark', () => {
    expect(endsWithShiftedOpening('Budi menjelaskan, tokonya kini buka sampai malam.”')).toBe(true);
    expect(endsWithShiftedOpening('“Kami siap,” kata Budi.')).toBe(false);
    const text = 'Resep baru itu kami coba minggu depan, “ucapnya.';
    expect(findQuoteSpans(text, true).map((span) => quotedText(text, span))).toEqual(['Resep baru itu kami coba minggu depan,']);
    expect(findQuoteSpans(text, false)).toEqual([]);
  });
});
