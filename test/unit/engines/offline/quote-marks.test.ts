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
    const text = 'Rudi mengatakan gaji karyawan tetap dibayar.” Bulan lalu kami memberi paket sembako. Kami tahu mereka kesulitan, “lanjutnya. Ia lalu pergi.';
    expect(quotes(text)).toEqual(['Bulan lalu kami memberi paket sembako. Kami tahu mereka kesulitan,']);
  });

  it('does not open a quotation at a mark glued to a word that is not an attribution', () => {
    expect(quotes('Harga naik.” Pedagang mengeluh, “sepi” katanya.')).not.toContain('Pedagang mengeluh,');
  });

  it('keeps a term quoted inside a quotation, in shifted marks, within the quotation', () => {
    const text = '“Di terminal, misalnya, ada” calo - calo “-nya. Kami minta mereka tertib,” ucapnya.';
    expect(quotes(text)).toEqual(['Di terminal, misalnya, ada” calo - calo “-nya. Kami minta mereka tertib,']);
  });

  it('still reads two quotations with the attribution between them as two', () => {
    const text = '“Kami siap,” kata Budi, “dan kami tidak akan mundur.”';
    expect(quotes(text)).toEqual(['Kami siap,', 'dan kami tidak akan mundur.']);
  });

  it('ends a quotation at a single closing mark before an attribution verb', () => {
    const text = '“Mereka bertahan karena disiplin. Tujuan mereka tetap sama,’ kata Heru. Diskusi berlanjut sampai malam. “Terima kasih,” ujar moderator.';
    expect(quotes(text)).toEqual(['Mereka bertahan karena disiplin. Tujuan mereka tetap sama,', 'Terima kasih,']);
  });

  it('closes a quotation at a mark shifted onto the attribution verb, and reads no quotation after a lost opening', () => {
    expect(quotes('”Semua warga sudah diberi tahu, “ucapnya. Ia lalu pergi.')).toEqual(['Semua warga sudah diberi tahu,']);
    expect(quotes('Kami tutup dulu, “ujarnya. Kendati begitu, Budi tetap optimistis.” Ia pulang.')).toEqual([]);
  });

  it('opens a quotation at the start of a paragraph when the one before ends on a shifted mark', () => {
    expect(endsWithShiftedOpening('Budi menjelaskan, pihaknya hanya bisa membayar gaji karyawan tetap.”')).toBe(true);
    expect(endsWithShiftedOpening('“Kami siap,” kata Budi.')).toBe(false);
    const text = 'Sebagai pengusaha, kami tunduk pada aturan, “ucapnya.';
    expect(findQuoteSpans(text, true).map((span) => quotedText(text, span))).toEqual(['Sebagai pengusaha, kami tunduk pada aturan,']);
    expect(findQuoteSpans(text, false)).toEqual([]);
  });
});
