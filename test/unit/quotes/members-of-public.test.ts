import { describe, expect, it } from 'vitest';
import { isMemberOfPublic } from '../../../src/quotes/members-of-public.js';

describe('isMemberOfPublic', () => {
  it('takes residents, traders, drivers, students and relatives as members of the public, in Indonesian and English', () => {
    for (const role of [
      'warga Kelurahan Sukamaju',
      'Warga Kota Lestari',
      'pedagang sayur di Pasar Sukamaju',
      'salah satu sopir angkutan kota',
      'seorang mahasiswa di Bandung',
      'ayah korban',
      'ibu tiga anak',
      'orang tua siswa',
      'pelaku usaha kecil',
      'a local resident',
      'one of the passengers',
      'mother of three',
      'shopkeeper in the old town',
    ]) expect(isMemberOfPublic(role), role).toBe(true);
  });

  it('takes officials, experts, organisations and an unstated role as sources', () => {
    for (const role of [
      'Wali Kota Lestari',
      'Ketua RT 05',
      'Kepala Dinas Perhubungan',
      'guru besar ilmu ekonomi',
      'Ibu Negara',
      'juru bicara kepolisian',
      'peneliti di lembaga survei',
      'Finance Minister',
      'a spokesperson for the ministry',
      '',
      null,
    ]) expect(isMemberOfPublic(role), String(role)).toBe(false);
  });
});
