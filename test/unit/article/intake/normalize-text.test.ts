import { describe, expect, it } from 'vitest';
import { normalizeText, repairMojibake } from '../../../../src/article/intake/normalize-text.js';

describe('repairMojibake', () => {
  it('puts back quote marks, apostrophes and accented letters that UTF-8 read as Windows-1252 turned into "â€œ" and "Ã©"', () => {
    expect(repairMojibake('Harga naik. â€œKami siap,â€\u009d kata Budi.')).toBe('Harga naik. “Kami siap,” kata Budi.');
    expect(repairMojibake('Budiâ€™s cafe')).toBe('Budi’s cafe');
    expect(repairMojibake('CafÃ© Lestari')).toBe('Café Lestari');
    expect(repairMojibake('pukul 10.00 â€“ 12.00')).toBe('pukul 10.00 – 12.00');
  });

  it('reads a "â€" whose last byte was lost as a closing double quote', () => {
    expect(repairMojibake('â€œKami siap,â€ kata Budi.')).toBe('“Kami siap,” kata Budi.');
  });

  it('leaves text in those letters alone', () => {
    expect(repairMojibake('São Paulo, Âme, ÃO')).toBe('São Paulo, Âme, ÃO');
  });
});

describe('normalizeText', () => {
  it('repairs mojibake before it drops control characters, so a lost closing quote is still seen', () => {
    expect(normalizeText('â€œKami siap,â€\u009d kata Budi.')).toBe('“Kami siap,” kata Budi.');
  });

  it('drops direction marks from text in a left-to-right script, where they only hide a quote mark or a sentence start; text with a right-to-left script keeps them', () => {
    expect(normalizeText('Harga naik. \u200E"Kami siap," kata Budi.\u200E')).toBe('Harga naik. "Kami siap," kata Budi.');
    expect(normalizeText('Kota \u202ALestari\u202C')).toBe('Kota Lestari');
    expect(normalizeText('Budi \u200Fمرحبا\u200E 2024')).toBe('Budi \u200Fمرحبا\u200E 2024');
  });
});
