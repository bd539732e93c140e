/**
 * How strongly what an answer leaves unstated tells that the text does not answer the question. Two kinds of
 * missing word are weak evidence, each weighing half: a verb ("kapan X diresmikan?" of a text that gives X's year
 * with "rampung"; a bare one too, "kapan X muncul?" of "X dirintis pada …"), since texts state events in many verbs
 * and questions reword them; and a title leading a name the text otherwise gives ("Santo Benediktus Yosef", "Kiai
 * Haji …"); so does a common word in a "who" question, whose answer must still name someone ("pertama" too, whatever
 * second thing the text names elsewhere), but not one that tells one relative from another ("ibu tiri", "anak
 * angkat"), nor a relative ("ibu", "istri") of a text that tells no family at all. A shell or kind noun that frames
 * the subject ("sistem pemerintahan X", "luas daerah X", "makanan khas X", "pohon X"), which a text about X leaves
 * out, weighs a third, less than a verb ("berapa lama periode X berlangsung?" of a text that says how long X lasted), and so does a
 * common noun heading a name ("pulau Nusa Arga") by which the text refers to its subject ("pulau ini"); so does
 * "pertama (kali)" in a "when" question, as the beginning a text dates is the first time. Everything else decides
 * alone: a number or year, a name the text never gives, the opposite of a word the text has ("ditutup" where it
 * says "dibuka"), an ending ("dibubarkan", "wafat") or a grave event ("ditangkap") the text does not state, a
 * judgement or rank ("yang paling enak"), a source ("menurut buku …") and any other common word: measured on IDK-MRC, a missing
 * noun or adjective is the question's own paraphrase about as often as it is what makes the question
 * unanswerable, so it cannot be let through without answering as many questions the text does not answer.
 */
import { isEnding, isGraveEvent, isJudgement, oppositesOf } from './opposites.js';
import { negatedOppositeStated, questionWords } from './negation.js';
import { isTitleWord } from '../../checks/names.js';
import { answerKind } from './question.js';
import type { Concept, PassageTerms } from './support.js';
import { stems } from './terms.js';

/** The weight of unstated words at which the text is taken not to answer. */
export const DECLINE_AT = 1;
/** One missing common word: a paraphrase about as often as a changed question (see above). */
const COMMON_WORD = 1;
/**
 * One missing common word in a "who" question: the role it names ("penemu", "istri", "sutradara") is often said
 * another way ("ditemukan oleh", "menikah dengan", "disutradarai"), and the answer must still give a name.
 */
const WHO_WORD = 0.5;
/** A title missing from a name the text gives otherwise ("Kiai Haji Achmad Dahlan" for "Achmad Dahlan"). */
const NAME_PART = 0.5;
/** A missing verb: "kapan X didirikan?" of a text that gives X's year without the verb. */
const VERB = 0.5;
/** "Kapan … pertama (kali)", "when … first": a text that tells when something began rarely says it was the first time. */
const FIRST_TIME = 1 / 3;

// "menurut buku …", "according to the ministry": the question names a source.
const SOURCE_CUE = /^(?:menurut|berdasarkan|mengacu|versi|according|based)$/i;
// "yang paling enak", "the most popular": the question ranks or judges.
const DEGREE_CUE = /^(?:paling|most|least)$/i;

// Words that tell one relative from another of the same kind: step-, adoptive, by birth.
const KIN_QUALIFIERS = new Set(['tiri', 'angkat', 'kandung', 'step', 'adoptive', 'biological']);

const FIRST_WORDS = new Set(['pertama', 'perdana', 'first']);

// Relatives a "who" question asks for ("siapa ibu X?"), and the words by which a text tells any family at all
// (those, and marriage: "menikah dengan" says who the wife is).
const KIN_WORDS = new Set(
  `ibu ayah bapak anak putra putri istri isteri suami kakak adik saudara cucu kakek nenek paman bibi mertua menantu
  keponakan mother father son daughter wife husband brother sister child children grandson granddaughter uncle aunt`.split(/\s+/),
);
const KIN_STATED = [...KIN_WORDS, 'nikah', 'kawin', 'married', 'marry', 'parents'];
// Their stems, worked out at the first "who" question that asks for a relative, then kept.
let kinStatedStems: readonly string[] | undefined;
const statesAnyFamily = (article: PassageTerms) => (kinStatedStems ??= [...new Set(KIN_STATED.flatMap(stems))]).some((stem) => article.stems.has(stem));

/** A missing shell or kind noun: "sistem pemerintahan Jepang", "luas daerah X", "sifat umum X" say little beyond the word after. */
const GENERIC = 1 / 3;
// Shell and class nouns and the generic modifiers that go with them: a question frames its subject with them ("apa
// sumber hukum di X?", "berapa luas daerah X?", "makanan khas X", "nama ilmiah X", "definisi sederhana X") where the
// text names the subject alone.
const GENERIC_NOUNS = new Set(`hal cara bentuk macam ragam sistem proses sifat ciri bagian daerah wilayah kawasan tempat lokasi
  negara masa periode waktu sumber asal dunia umum utama khas pokok ilmiah sederhana singkat kind type system process way
  part area region place world main general scientific simple brief`.split(/\s+/));
// Kind nouns: what sort of thing the subject is ("pohon durian", "planet Mars", "serial X", "ilmu astrologi"), which a
// text about that subject rarely repeats.
const KIND_NOUNS = new Set(`ilmu pohon tumbuhan tanaman hewan binatang buah bunga planet bintang karya serial film filem novel buku
  lagu album komik manga anime band grup kelompok organisasi lembaga perusahaan partai tokoh`.split(/\s+/));

// Honorifics that lead a name and that texts drop, beside the offices names.ts knows ("Presiden", "Gubernur").
const HONORIFICS = new Set(`santo santa saint sir kiai kyai haji hajah hajjah raden syekh sheikh romo monsinyur uskup
  nabi tuan nyonya baginda sri`.split(/\s+/));
/** Whether the word (lowercased) is a title or honorific that leads a name: "santo", "kiai", "presiden". */
export const isTitle = (word: string): boolean => HONORIFICS.has(word) || isTitleWord(word);

/** Whether the word is part of "pertama kali" / "first time" in the question. */
function firstTimePhrase(question: readonly string[], word: string): boolean {
  const at = question.indexOf(word);
  if (at < 0) return false;
  if (FIRST_WORDS.has(word)) return /^(?:kali|time)$/.test(question[at + 1] ?? '');
  return /^(?:kali|time)$/.test(word) && FIRST_WORDS.has(question[at - 1] ?? '');
}

/** Whether `word` comes within a few words after one of the cue's words in the question. */
function follows(question: readonly string[], word: string, cue: RegExp, reach: number): boolean {
  const at = question.indexOf(word);
  return at > 0 && question.slice(Math.max(0, at - reach), at).some((before) => cue.test(before));
}

/**
 * Whether the word is a common noun heading a name in the question ("pulau Nusa Arga", "sungai Musi") by which the
 * text refers back to its subject ("pulau ini"): the sort of thing the name is, which the sentence giving the answer
 * leaves out. An attribute the text gives otherwise ("biaya Jembatan X", "dengan biaya …") is no such noun.
 * `written` is the question's words as typed, so a capital tells the name.
 */
function headsNameStatedElsewhere(concept: Concept, article: PassageTerms, question: readonly string[], written: readonly string[]): boolean {
  const at = question.indexOf(concept.word);
  const next = written[at + 1];
  return at >= 0 && next !== undefined && /^\p{Lu}/u.test(next) && article.referring.has(concept.word);
}

// Indonesian verbs wear their prefix: di-, me(N)-, ber- (not peN-, per-, ke-, which make nouns).
const VERB_FORM = /^(?:di|me|be[rl]?)\p{L}{4,}$/u;
// Common verbs Indonesian uses bare, without a prefix, for coming about, moving or appearing: "kapan X muncul?". Not
// birth, death or loss ("lahir", "tenggelam"), which a text that does not state them does not answer.
const BARE_VERBS = new Set(`muncul tiba datang pergi pulang tinggal hidup naik turun tampil mulai tumbuh pindah terbit kembali`.split(/\s+/));
const isVerb = (word: string) => BARE_VERBS.has(word) || (VERB_FORM.test(word) && stems(word).some((stem) => stem.length < word.length - 1));

/** How much one unstated concept weighs, given the others unstated and the whole article's terms. */
function weightOf(
  concept: Concept,
  missing: readonly Concept[],
  article: PassageTerms,
  question: readonly string[],
  { asksWhen, asksWho }: { asksWhen: boolean; asksWho: boolean },
  written: readonly string[],
): number {
  // A number or a year the text does not give: a question about another time or amount.
  if (/^\d/.test(concept.word)) return DECLINE_AT;
  if (negatedOppositeStated(concept, article, question)) return 0;
  // "Pertama kali" ("for the first time") dates the beginning, whatever ordinals the text has elsewhere ("kedua"):
  // the phrase weighs FIRST_TIME once, on "pertama".
  if (asksWhen && firstTimePhrase(question, concept.word)) return concept.word === 'kali' ? 0 : FIRST_TIME;
  if (follows(question, concept.word, SOURCE_CUE, 3)) return DECLINE_AT;
  if (concept.name) {
    // Titles lead a name and texts drop them: "Santo Benediktus Yosef" for "Benediktus Yosef" is the same
    // man. A later word missing makes another name: "Kabupaten Sari" for "Kabupaten Lestari".
    // An epithet after a name the text gives ("Asoka yang Agung", "the Great") is a title texts drop.
    const at = question.indexOf(concept.word);
    const before = question[at - 2];
    const givenBefore = before !== undefined && !missing.some((m) => m.word === before) && stems(before).some((stem) => article.stems.has(stem));
    if (concept.nameRun.length === 1 && question[at - 1] === 'yang' && givenBefore) return NAME_PART;
    const run = concept.nameRun;
    const stated = (part: string) => !missing.some((m) => m.word === part);
    const leading = run.slice(0, run.indexOf(concept.word)).every((part) => !stated(part));
    if (!(leading && stated(run.at(-1)!))) return DECLINE_AT;
    // A given name dropped is no sign of the same person ("Chen Lihua" of "Wang Lihua"); a title is.
    if (!run.slice(0, run.indexOf(concept.word) + 1).some(isTitle)) return DECLINE_AT;
    // A title of several words ("Kiai Haji") is dropped as one: the name's leading missing words weigh NAME_PART together.
    const dropped = run.filter((part) => !stated(part)).length;
    return NAME_PART / dropped;
  }
  // "Siapa … pertama?" asks for whoever came first, which a second something the text names elsewhere ("gedung
  // kedua") does not contradict: "pertama" weighs as a "who" word, and the answer must still name someone.
  const firstOfWho = asksWho && FIRST_WORDS.has(concept.word);
  if (isEnding(concept.word) || isGraveEvent(concept.word) || (!firstOfWho && [...oppositesOf(concept.stems)].some((stem) => article.stems.has(stem)))) return DECLINE_AT;
  if (isJudgement(concept.word) || follows(question, concept.word, DEGREE_CUE, 1)) return DECLINE_AT;
  if (isVerb(concept.word)) return VERB;
  if (asksWhen && (FIRST_WORDS.has(concept.word) || (concept.word === 'kali' && question.includes('pertama')))) return FIRST_TIME;
  // "Ibu tiri", "anak angkat", "ayah kandung": which mother or child, not the role said another way.
  if (KIN_QUALIFIERS.has(concept.word)) return DECLINE_AT;
  // "Siapa ibu X?" of a text that tells no one's family (no mother, son or wife, no marriage): the relative is not there
  // to be named, however the text words it.
  if (asksWho && KIN_WORDS.has(concept.word) && !statesAnyFamily(article)) return DECLINE_AT;
  if (asksWho) return WHO_WORD;
  if (GENERIC_NOUNS.has(concept.word) || KIND_NOUNS.has(concept.word)) return GENERIC;
  if (headsNameStatedElsewhere(concept, article, question, written)) return GENERIC;
  return COMMON_WORD;
}

/** The weight of what the question turns on that the answer leaves unstated: at DECLINE_AT or more, the text does not say. */
export function unstatedWeight(missing: readonly Concept[], article: PassageTerms, question: string): number {
  const words = questionWords(question);
  const written = question.match(/[\p{L}\p{N}]+/gu) ?? [];
  const kind = answerKind(question);
  const asks = { asksWhen: kind === 'date', asksWho: kind === 'person' };
  return missing.reduce((sum, concept) => sum + weightOf(concept, missing, article, words, asks, written), 0);
}

