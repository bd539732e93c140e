// Verbs that attribute speech. Indonesian bare forms ("kata", "imbuh") attribute only right after a quote
// ("…," imbuhnya): elsewhere most are ordinary words ("jelas" is "clear", "tambah" is "more").

const INDONESIAN_AFTER_QUOTE = `kata ujar ucap tutur terang jelas imbuh timpal tambah lanjut ungkap sebut tegas papar pungkas
tandas tukas sambung jawab tanya kilah seru bilang harap tulis tutup keluh sahut pinta ajak kenang canda urai beber
cerita kisah nilai klaim sanggah bantah sindir tanggap akui aku sesal imbau ingat`.split(/\s+/);

const INDONESIAN = `mengatakan menuturkan menjelaskan menambahkan mengungkapkan menegaskan menyebutkan memaparkan menyatakan
melanjutkan menerangkan menimpali berkata mengaku mengakui berharap menulis menuliskan mengeluhkan menyebut menilai
mengklaim membantah menyampaikan mengimbau mengingatkan menceritakan mengisahkan menandaskan menekankan bertanya
menjawab berujar bertutur`.split(/\s+/);

const ENGLISH = `said says told tells added adds asked explained noted stated wrote replied insisted warned argued continued
recalled acknowledged announced admitted claimed complained concluded suggested urged joked declared conceded
observed remarked predicted tweeted posted pleaded cautioned`.split(/\s+/);

/** Verbs that attribute a quote when they follow it: "…," kata Lavrov / "…," said Smith. */
export const VERBS_AFTER_QUOTE = new Set([...INDONESIAN_AFTER_QUOTE, ...INDONESIAN, ...ENGLISH]);

/** Verbs that attribute speech anywhere in a clause: Scholz mengatakan "…" / Smith said that … */
export const CLAUSE_VERBS = new Set(['kata', 'ujar', ...INDONESIAN, ...ENGLISH]);

/** Verbs whose reported clause may follow with no "bahwa"/"that": "Rusia mengatakan akan …", "Smith said the plan …". */
export const BARE_REPORTING_VERBS = new Set(['mengatakan', 'menyatakan', 'said', 'says']);

/** "katanya", "imbuhnya": the verb with -nya, meaning "he/she said". */
export function isVerbWithNya(word: string): boolean {
  return word.endsWith('nya') && VERBS_AFTER_QUOTE.has(word.slice(0, -3));
}

/** Every speech verb, for questions such as "what did Scholz say?". */
export const ALL_SPEECH_VERBS = [...VERBS_AFTER_QUOTE];

export const SINGULAR_PRONOUNS = new Set(['dia', 'ia', 'beliau', 'he', 'she']);
