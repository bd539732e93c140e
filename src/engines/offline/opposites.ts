/**
 * Words of opposite meaning, and words that move a question away from what a text states. A question made from a
 * text's sentence with one word turned around ("kapan pasar itu ditutup?" of a text that says when it was
 * "didirikan", "the smallest" for "the largest") asks what the text does not say; so does one that adds a judgement
 * or an ordinal the text never gives ("yang paling enak", "the second"). General Indonesian and English, not any one
 * text's words.
 */
import { stems } from './terms.js';

// Each line: words on one side of "|" mean the opposite of those on the other. On lines marked "!", the right side
// names an ending (a death, a closure, a ban, a defeat): a question that asks when or why one happened presupposes
// it, and a text that does not state it does not answer, whether or not it states the beginning.
const PAIRS = `
! lahir dilahirkan kelahiran born birth | meninggal wafat mati tewas gugur kematian died death dead
! didirikan mendirikan pendiri berdiri dibentuk pembentukan dibangun membangun founded established built | dibubarkan membubarkan bubar pembubaran dihapus dihapuskan menghapus menghapuskan penghapusan diruntuhkan runtuh keruntuhan dihancurkan menghancurkan hancur dimusnahkan memusnahkan musnah menghilangkan dihilangkan dibongkar ditenggelamkan dissolved abolished demolished destroyed
! dibuka membuka pembukaan buka opened open | ditutup menutup penutupan tutup closed close
! mulai dimulai memulai awal permulaan start started begin began beginning | berakhir selesai usai berhenti dihentikan diberhentikan end ended finish finished stopped
! pertama perdana first | terakhir penghabisan last
pertama perdana first | kedua ketiga second third
terbesar terluas tertinggi terpanjang terbanyak terberat largest biggest highest longest most | terkecil tersempit terendah terpendek tersedikit teringan smallest lowest shortest least
tertua terlama oldest earliest | termuda terbaru terkini youngest newest latest
tua kuno tradisional old ancient traditional | muda baru modern young new
besar luas tinggi panjang banyak berat large big high long many heavy | kecil sempit rendah pendek sedikit ringan small low short few light
terbaik terbagus terbaik terkuat best strongest | terburuk terjelek terlemah worst weakest
baik bagus kuat maju good strong | buruk jelek lemah terbelakang bad weak
mayoritas majority | minoritas minority
! menang kemenangan memenangi memenangkan won win victory | kalah kekalahan lost lose defeat
jaya berjaya kejayaan makmur kemakmuran prosperous prosperity | runtuh keruntuhan merosot kemerosotan mundur kemunduran collapse collapsed decline declined
naik kenaikan meningkat peningkatan rise rose increase | turun penurunan menurun berkurang fall fell decrease
masuk memasuki entered enter | keluar keluarnya dikeluarkan exit left
! diizinkan boleh dibolehkan izin allowed permitted | dilarang melarang larangan terlarang banned forbidden
! berhasil sukses keberhasilan succeeded success | gagal kegagalan failed failure
dipertahankan mempertahankan bertahan kept | dilepas melepaskan hilang kehilangan lost
utara north | selatan south
timur east | barat west
atas upper | bawah lower
kaya rich | miskin poor
panas hot | dingin cold
resmi official | informal unofficial
asli native | asing foreign
mudah easy | sulit sukar susah hard
murah cheap | mahal expensive
aman safe | berbahaya bahaya dangerous
bersih clean | kotor dirty
murni pure | campuran blasteran mixed
`;

// Words a question adds to turn a statement into a judgement the text may not make, or a superlative.
const JUDGEMENTS = `paling terbaik terburuk terbagus terjelek terenak terindah terkuat terlemah terpopuler termahal termurah
tercepat terlambat terpintar tercerdas terkaya termiskin terbesar terkecil tertinggi terendah terpanjang terpendek
tertua termuda terbaru terlama enak lezat indah cantik jelek bagus buruk murahan mahal murah cerdas pintar bodoh
mutakhir best worst finest`.split(/\s+/);

// Events a question may presuppose that no answer about another event stands in for: "kapan wali kota ditangkap?"
// of an article that dates only the mayor's swearing-in must not be answered with that date, as a verb the text
// does not use otherwise may be.
const GRAVE_EVENTS = `ditangkap menangkap penangkapan ditahan penahanan didakwa dakwaan terdakwa divonis vonis dipenjara
dipecat pemecatan diberhentikan mengundurkan pengunduran dilengserkan dimakzulkan diculik penculikan dibunuh
pembunuhan terbunuh terluka diserang diperkosa digugat gugatan disita penyitaan didenda
arrested arrest detained charged convicted sentenced jailed imprisoned fired sacked resigned resignation impeached
kidnapped murdered killed injured wounded attacked sued fined`.split(/\s+/);

const stemSet = (words: string) => new Set(words.split(/\s+/).filter(Boolean).flatMap(stems));

const LINES = PAIRS.trim().split('\n');

const OPPOSITES: ReadonlyArray<readonly [ReadonlySet<string>, ReadonlySet<string>]> = LINES.map((line) => line.replace(/^!/, '').split('|') as [string, string]).map(
  ([left, right]) => [stemSet(left), stemSet(right)] as const,
);

const ENDING_STEMS = new Set(LINES.filter((line) => line.startsWith('!')).flatMap((line) => [...stemSet(line.split('|')[1]!)]));

const JUDGEMENT_STEMS = new Set(JUDGEMENTS.flatMap(stems));
const GRAVE_EVENT_WORDS = new Set(GRAVE_EVENTS);

/** The stems meaning the opposite of any of `wordStems`. */
export function oppositesOf(wordStems: Iterable<string>): Set<string> {
  const found = new Set<string>();
  for (const stem of wordStems) {
    for (const [left, right] of OPPOSITES) {
      if (left.has(stem)) for (const other of right) found.add(other);
      if (right.has(stem)) for (const other of left) found.add(other);
    }
  }
  return found;
}

/** Whether the word judges or ranks what it is about ("enak", "terbaik", "the worst"). */
export const isJudgement = (word: string): boolean => stems(word).some((stem) => JUDGEMENT_STEMS.has(stem));

/** Whether the word names an ending: a death, a closure, a ban, a defeat ("ditutup", "wafat", "abolished"). */
export const isEnding = (word: string): boolean => stems(word).some((stem) => ENDING_STEMS.has(stem));

/** Whether the word names an arrest, a charge, a dismissal, a killing or the like (as written: "ditangkap", "arrested"). */
export const isGraveEvent = (word: string): boolean => GRAVE_EVENT_WORDS.has(word);
