import { describe, expect, it } from 'vitest';
import { personName, roleAfterName, roleBeforeName, speakerInPhrase } from '../../../src/checks/names.js';

const alone = (...words: string[]) => (word: string) => words.includes(word);

describe('speakerInPhrase', () => {
  it('takes the name the attribution ends on, with the office and places before it as the role', () => {
    expect(speakerInPhrase(' Kepala Desa Mekar, Kecamatan Sari, Budi Santoso, Senin (5/10).', alone())).toEqual({
      name: 'Budi Santoso',
      role: 'Kepala Desa Mekar, Kecamatan Sari',
    });
  });

  it('drops the weekday after the name and stops at the clause that follows', () => {
    expect(speakerInPhrase(' juru bicara Dinas Kesehatan Kota Lestari, Rina, Rabu sore, di kantornya.', alone())).toEqual({
      name: 'Rina',
      role: 'juru bicara Dinas Kesehatan Kota Lestari',
    });
  });

  it('finds where a long title ends by the short form the article uses elsewhere', () => {
    expect(speakerInPhrase(' Direktur Utama PT Sinar Laut Abadi (SLA) Wulan Pertiwi dalam keterangan pers.', alone('Wulan'))).toEqual({
      name: 'Wulan Pertiwi',
      role: 'Direktur Utama PT Sinar Laut Abadi (SLA)',
    });
    expect(speakerInPhrase(' Menteri Riset dan Teknologi Nasional Joko Sasmito Hadi.', alone('Joko'))).toMatchObject({ name: 'Joko Sasmito Hadi' });
  });

  it('gives a description after the name as its role', () => {
    expect(speakerInPhrase(' Dodi, salah satu pedagang ikan di pasar itu.', alone())).toEqual({ name: 'Dodi', role: 'salah satu pedagang ikan' });
  });

  it('names nobody when the phrase has no name', () => {
    expect(speakerInPhrase(' seorang warga.', alone())).toBeNull();
  });
});

describe('speakerInPhrase: lists of offices and long titles', () => {
  it('takes the name from the last item of a list of offices joined by "dan"', () => {
    expect(speakerInPhrase(' Menteri Koordinator Bidang Ekonomi, Sosial, dan Budaya Sinta Maharani dalam jumpa pers.', alone('Sinta'))).toEqual({
      name: 'Sinta Maharani',
      role: 'Menteri Koordinator Bidang Ekonomi, Sosial, dan Budaya',
    });
  });

  it('ends an office that names a ministry with the word naming it when the article never shortens the name', () => {
    expect(speakerInPhrase(' Sekretaris Jenderal Kementerian Pertanian Darmawan Yusuf.', alone())).toEqual({
      name: 'Darmawan Yusuf',
      role: 'Sekretaris Jenderal Kementerian Pertanian',
    });
  });
});

describe('roles given around a name', () => {
  it('reads a role set off by commas before the name', () => {
    expect(roleBeforeName('Sementara itu, anggota Komisi Pemilihan Daerah Lestari, ', ', mengatakan')).toBe('anggota Komisi Pemilihan Daerah Lestari');
    expect(roleBeforeName('Menurut kuasa hukum keluarga korban, ', ', polisi lamban.')).toBe('kuasa hukum keluarga korban');
    expect(roleBeforeName('Peneliti Lembaga Kajian Pangan, ', ', menuturkan')).toBe('Peneliti Lembaga Kajian Pangan');
  });

  it('reads no role before a name that is not set off, or after a clause that is not a role', () => {
    expect(roleBeforeName('anggota Komisi Pemilihan Daerah ', ' mengatakan')).toBeNull();
    expect(roleBeforeName('Setelah rapat selesai, ', ', mengatakan')).toBeNull();
  });

  it('reads an office in capitals, "selaku …" and "salah satu …" after the name, without the clause that follows', () => {
    expect(roleAfterName(', Kepala Dinas Perikanan Kota Lestari secara terpisah menuturkan, ')).toBe('Kepala Dinas Perikanan Kota Lestari');
    expect(roleAfterName(' selaku Ketua Panitia Festival Layang-layang mengatakan, ')).toBe('Ketua Panitia Festival Layang-layang');
    expect(roleAfterName(', salah satu pendiri komunitas Kebun Kota, menilai')).toBe('salah satu pendiri komunitas Kebun Kota');
    expect(roleAfterName(', Senin (5/10), mengatakan')).toBeNull();
  });

  it('reads a title after a capitalised field, but not a dateline\'s office (issue 12, roles)', () => {
    expect(roleAfterName(', Nutrition Officer dari Lembaga Anak Sehat (LAS) yang diundang sebagai pembicara, mengatakan')).toBe('Nutrition Officer dari Lembaga Anak Sehat (LAS)');
    expect(roleAfterName(', KABAR — Menteri Sosial Rina Wulandari menyatakan, pengiriman bantuan terhambat')).toBeNull();
  });

  it('reads no role from an aside after an age: an example, a verb, an average, a time', () => {
    expect(roleAfterName(' (52), misalnya, mengatakan')).toBeNull();
    expect(roleAfterName(' (40), mengaku, ')).toBeNull();
    expect(roleAfterName(' (37), rata-rata mendapat Rp 50.000 sehari.')).toBeNull();
    expect(roleAfterName(' (29), saat dihubungi wartawan, Minggu')).toBeNull();
    expect(roleAfterName(' (61), penjaga kebun, menuturkan')).toBe('penjaga kebun');
  });
});

describe('speakerInPhrase: a name followed by its office', () => {
  it('takes the part an office follows as the name, the office and the place after it as the role', () => {
    expect(speakerInPhrase(' Sari, Direktur RSUD Melati, Lestari, satu dari dua rumah sakit rujukan di provinsi itu.', alone('Sari'))).toEqual({
      name: 'Sari',
      role: 'Direktur RSUD Melati, Lestari',
    });
    expect(speakerInPhrase(' Dana Whitfield, Regional Head of Sales Lumio.', alone())).toEqual({
      name: 'Dana Whitfield',
      role: 'Regional Head of Sales Lumio',
    });
  });
});

describe('speakerInPhrase: given names before the short form', () => {
  const place = (...words: string[]) => (word: string) => words.includes(word);

  it('keeps the given names between the office and the short form with the name, and the place with the office', () => {
    expect(speakerInPhrase(' Ketua Asosiasi Nelayan Tanjung Muhammad Rasyid dalam rapat.', alone('Rasyid'), place('Tanjung'))).toEqual({
      name: 'Muhammad Rasyid',
      role: 'Ketua Asosiasi Nelayan Tanjung',
    });
  });

  it('does not take the unit a title heads for given names', () => {
    expect(speakerInPhrase(' Deputi Penindakan Lestiani Wibowo.', alone('Lestiani'))).toEqual({ name: 'Lestiani Wibowo', role: 'Deputi Penindakan' });
  });
});

describe('a name after a glued heading, and a list after a name (issue 12, speakers)', () => {
  it('drops a passive verb in -kan that opens the run', () => {
    expect(personName(['Dipulangkan', 'Budi', 'Santoso'])).toEqual({ name: 'Budi Santoso', role: null });
  });

  it('drops a capitalised preposition that ends the run', () => {
    expect(personName(['Budi', 'Santoso', 'Di'])).toEqual({ name: 'Budi Santoso', role: null });
  });

  it('takes no role from a bare noun that a list goes on from', () => {
    expect(roleAfterName(', istri, dan anaknya pulang ke desa.')).toBeNull();
    expect(roleAfterName(', warga Desa Sari, dan istrinya pulang ke desa.')).toBe('warga Desa Sari');
  });
});

describe('personName: sport positions, weekdays and possessives', () => {
  it('gives a sport position noun and the team to the role and the last two words to the name', () => {
    expect(personName(['Pebalap', 'Tim', 'Lestari', 'Racing', 'Budi', 'Santoso'])).toEqual({ name: 'Budi Santoso', role: 'Pebalap Tim Lestari Racing' });
    expect(personName(['Gelandang', 'Sinar', 'Jaya', 'Budi', 'Santoso'])).toEqual({ name: 'Budi Santoso', role: 'Gelandang Sinar Jaya' });
  });

  it('starts the name at a given name the article uses on its own', () => {
    expect(personName(['Kiper', 'Lestari', 'Budi', 'Santoso', 'Wijaya'], new Set(), { standsAlone: (w) => w === 'Budi' })).toEqual({
      name: 'Budi Santoso Wijaya',
      role: 'Kiper Lestari',
    });
  });

  it('names no one by a weekday or a possessive social-media word', () => {
    expect(personName(['Rabu'])).toBeNull();
    expect(personName(['Instagram-nya'])).toBeNull();
    expect(personName(['Twitternya'])).toBeNull();
  });
});
