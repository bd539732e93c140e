import { stems } from './terms.js';

// A deliberately small English–Indonesian word list for news, so that an English question about an Indonesian
// article (or the reverse) can still find its passage. Each line is one meaning; names and numbers need no entry.
const GROUPS = `
troop troops soldier soldiers tentara pasukan prajurit
military army militer
border borders frontier perbatasan
embassy embassies kedutaan kedubes
talks negotiation negotiations pembicaraan perundingan negosiasi
diplomacy diplomatic diplomat diplomats diplomasi diplomatik
statement pernyataan
russia russian rusia
ukraine ukrainian ukraina
america american amerika us usa as
indonesia indonesian ri nkri
britain british uk england inggris
germany german jerman
france french prancis perancis
europe european eropa
poland polish polandia
west western barat
president presiden
minister ministers menteri
chancellor kanselir
government pemerintah
leader leaders pemimpin
official officials pejabat
war perang
invasion invade attack attacks serangan menyerang invasi
threat threats ancaman
crisis krisis
support dukungan mendukung
security keamanan
independence kemerdekaan
sovereignty kedaulatan
agreement deal agree agreed kesepakatan perjanjian setuju
sanction sanctions sanksi
phone call telepon panggilan
move moved relocate relocated memindahkan pindah
city kota
white putih
house building gedung rumah
country countries negara
people orang warga rakyat
staff staf
near close nearby dekat sekitar
place placed deploy deployed station stationed menempatkan mengerahkan
visit visited mengunjungi kunjungan
meeting meet met pertemuan bertemu
dialogue dialog
justification justify pembenaran
hope hopes harap berharap harapan
return kembali mengembalikan
withdraw withdrawal retreat mundur
warn warned warning memperingatkan peringatan
television televisi
speech pidato
conference konferensi
press pers
price prices harga
money fund funds funding uang dana
economy economic ekonomi
year years tahun
month months bulan
day days hari
killed dead died tewas meninggal
police polisi
election pemilu pemilihan
start starts started begin begins began begun commence mulai dimulai memulai
end ends ended finish finished complete completed selesai berakhir rampung
cost costs price biaya ongkos anggaran
pay pays paid paying bayar membayar dibayar menanggung ditanggung
build built construction construct pembangunan membangun dibangun konstruksi
open opened opening buka membuka dibuka pembukaan
close closed closing tutup menutup ditutup penutupan
die died death mati meninggal wafat kematian gugur mangkat
born lahir dilahirkan kelahiran
release released rilis dirilis diluncurkan peluncuran meluncurkan terbit diterbitkan
located location lokasi terletak berada letak
famous popular terkenal populer dikenal ternama terkemuka
cause causes caused reason reasons penyebab sebab disebabkan akibat alasan karena because
population inhabitants populasi penduduk
majority mayoritas kebanyakan terbanyak
community communities komunitas kelompok paguyuban masyarakat
parents orangtua ayah ibu
headquarters kantorpusat markas bermarkas
logo emblem lambang
anniversary hut ulangtahun harijadi
found founded establish established didirikan mendirikan pendiri berdiri dibentuk pembentukan
lead leads led leader memimpin pimpinan
win won victory menang memenangi kemenangan
lose lost defeat kalah kekalahan
plan plans planned rencana merencanakan berencana
school sekolah
hospital rumah sakit
court pengadilan
judge hakim
law laws undang hukum
tax taxes pajak
budget anggaran
company companies perusahaan
worker workers pekerja buruh karyawan
student students siswa pelajar mahasiswa
village desa
road roads jalan
bridge jembatan
flood floods banjir
fire kebakaran api
earthquake gempa
eruption erupt erupted erupsi letusan meletus
kind kinds type types jenis macam tipe ragam golongan
religion religions faith belief beliefs agama kepercayaan
ability abilities power powers kemampuan kekuatan kesaktian
rain hujan
monday senin
tuesday selasa
wednesday rabu
thursday kamis
friday jumat
saturday sabtu
sunday minggu
`;

// "Say" in both languages, in forms whose stems mean nothing else: many speech verbs are everyday words once
// stemmed ("menilai" is "nilai", value; "menutup" is "tutup", close), which would let "closed" match "said".
const SPEECH = `say said says tell told added explained insisted warned argued claimed declared kata berkata mengatakan
ujar berujar tutur bertutur menuturkan ucap bilang ungkap mengungkapkan`.split(/\s+/);

const stemGroups: ReadonlyArray<ReadonlySet<string>> = [
  ...GROUPS.trim()
    .split('\n')
    .map((line) => line.split(/\s+/)),
  SPEECH,
].map((words) => new Set(words.flatMap(stems)));

/** Stems that mean the same as any of `wordStems` in the other language (the stems themselves included). */
export function translations(wordStems: readonly string[]): Set<string> {
  const all = new Set(wordStems);
  for (const group of stemGroups) {
    if (wordStems.some((stem) => group.has(stem))) for (const stem of group) all.add(stem);
  }
  return all;
}
