/**
 * Whether a quote's speaker is a member of the public (a resident, a trader, a driver, a student, a
 * private person's relative) rather than a source with a public role (an official, an expert, an
 * organisation's spokesperson). Newsrooms keep the two apart: the sources carry the story, the
 * members of the public ("vox pops") colour it. Told by the role the article gives: a speaker with
 * no role stated is taken as a source, since nothing says otherwise.
 */
export function isMemberOfPublic(role: string | null): boolean {
  if (!role) return false;
  const words = role.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  let start = 0;
  // "salah satu sopir", "seorang warga", "a local resident", "one of the passengers": the head comes after.
  while (start < words.length - 1 && LEADING_WORDS.has(words[start]!)) start++;
  const head = words[start];
  if (head === undefined) return false;
  const headPair = `${head} ${words[start + 1] ?? ''}`;
  if (PUBLIC_ROLES_OF_TWO_WORDS.has(headPair)) return true;
  if (NOT_PUBLIC_OF_TWO_WORDS.has(headPair)) return false;
  // English plurals: "one of the passengers".
  return PUBLIC_ROLES.has(head) || (head.endsWith('s') && PUBLIC_ROLES.has(head.slice(0, -1)));
}

/** Words before a role's head that say nothing of it: "salah satu", "seorang", "a", "one of the", "local". */
const LEADING_WORDS = new Set(['salah', 'satu', 'seorang', 'sebagai', 'para', 'sejumlah', 'a', 'an', 'the', 'one', 'of', 'local', 'fellow', 'another']);

/** The heads of roles that describe a private person, in Indonesian and English news. */
const PUBLIC_ROLES = new Set([
  // Where they live, and whom they live beside.
  'warga', 'penduduk', 'penghuni', 'tetangga',
  'resident', 'local', 'villager', 'neighbour', 'neighbor', 'homeowner', 'tenant',
  // Buying, selling, travelling, watching.
  'pedagang', 'penjual', 'pembeli', 'pelanggan', 'konsumen', 'pengunjung', 'wisatawan', 'turis', 'penumpang', 'pengendara', 'pemudik',
  'penonton', 'suporter', 'pengguna', 'pemilik', 'jemaah', 'jamaah',
  'vendor', 'trader', 'stallholder', 'shopkeeper', 'seller', 'shopper', 'customer', 'consumer', 'buyer', 'visitor', 'tourist',
  'passenger', 'commuter', 'motorist', 'cyclist', 'spectator', 'fan', 'user', 'voter',
  // Work with no public office.
  'sopir', 'supir', 'pengemudi', 'tukang', 'buruh', 'pekerja', 'karyawan', 'karyawati', 'pegawai', 'petani', 'nelayan', 'peternak',
  'perajin', 'pengrajin', 'pemulung', 'pengamen', 'guru',
  'driver', 'worker', 'employee', 'farmer', 'fisherman', 'teacher', 'pensioner', 'retiree',
  // Learning, being treated, taking part.
  'siswa', 'siswi', 'pelajar', 'mahasiswa', 'mahasiswi', 'santri', 'peserta', 'pasien', 'penyintas',
  'student', 'pupil', 'schoolgirl', 'schoolboy', 'participant', 'patient', 'survivor',
  // Someone's family: "ayah Budi", "ibu dua anak", "mother of three".
  'ayah', 'ibu', 'anak', 'istri', 'suami', 'kakak', 'adik', 'paman', 'bibi', 'nenek', 'kakek', 'cucu', 'orangtua', 'keponakan', 'menantu', 'mertua',
  'mother', 'father', 'parent', 'son', 'daughter', 'wife', 'husband', 'sister', 'brother', 'grandmother', 'grandfather',
]);

/** Two-word heads of a private person's role whose first word alone is not one. */
const PUBLIC_ROLES_OF_TWO_WORDS = new Set(['pelaku usaha', 'pelaku umkm', 'pencari kerja', 'orang tua']);

/** Two-word heads whose first word is a private person's but which name a public role. */
const NOT_PUBLIC_OF_TWO_WORDS = new Set(['guru besar', 'ibu negara']);
