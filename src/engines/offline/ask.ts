import type { Article } from '../../article/article-types.js';
import type { Answer } from '../schemas.js';
import { definedSubject, defines, holds, statesDate, statesPlace } from './answer-kinds.js';
import { answerKind, isEnglishQuestion, isNegation, questionParts, type AnswerKind } from './question.js';
import { articleSentences, type ArticleSentence } from './sentences.js';
import { comparableTokens, frequencyIn, mergedTerms, namesReadAsSlips, passageTerms, questionConcepts, unsupported, type Concept, type PassageTerms } from './support.js';
import { stems } from './terms.js';
import { negatedAt, negationsMetByOpposites } from './negation.js';
import { DECLINE_AT, isTitle, unstatedWeight } from './unstated.js';
import { isStopword } from '../../checks/stopwords.js';

export const NOT_IN_ARTICLE = 'The article does not say.';

/** Said under an answer to an English question about an article in another language. */
export const OWN_WORDS_NOTE = "(These are the article's own words, in its language: translating them needs a language model.)";

// Okapi BM25 constants, the usual ones.
const K1 = 1.2;
const B = 0.75;
/** Share of the question's weight (by IDF) the answer must match: what tells a cross-language answer from a guess. */
const MIN_COVERAGE = 0.6;
/** Below this weight a missing word is a shell or kind noun (see unstated.ts, a third), left out of the coverage. */
const WEAK_WORD = 0.4;
/** A second sentence joins the answer only when it holds what the first lacks and matches this share of it. */
const SUPPORT_RATIO = 0.6;
/** How much a sentence holding what was asked for (a date for "when") counts over one that only mentions the subject. */
const HOLDS_WEIGHT = 2;
/** How much a word that frames the question ("letak" in "di mana letak …?") counts towards finding the answer. */
const HINT_WEIGHT = 0.5;
/** How much more a sentence that defines the question's subject counts, for "what is X?" questions. */
const DEFINES_WEIGHT = 2;
/** How much more the article's first sentence counts: it usually says what its subject is, where and when. */
const LEAD_WEIGHT = 2;
/**
 * How much more a sentence that defines the subject counts for "apa yang dimaksud dengan X?": more than the lead,
 * so "X adalah …" further on beats a first sentence that only mentions X.
 */
const DEFINITION_WEIGHT = 2 * LEAD_WEIGHT;
/** Kinds of question whose answer must hold what was asked for: a date, a number, a rank, a name, a place. */
const STRICT_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'number', 'rank', 'person', 'place']);
/** Kinds of question whose answer a later sentence may hold when the best match does not: a date, an amount, a rank, a place. */
const AMOUNT_KINDS: ReadonlySet<AnswerKind> = new Set(['date', 'number', 'rank', 'place']);
/** An answer shorter than this is a heading or a fragment, not a sentence that says something. */
const MIN_ANSWER_WORDS = 5;
/** Up to this many words, an answer and the sentence after it are given together. */
const SHORT_ANSWER_WORDS = 30;
/** How much a neighbour that states the rest of the question adds to the sentence it completes. */
const NEIGHBOUR_WEIGHT = 0.5;

/** How many words may stand between two words of a name the text gives ("Budi Hadi Santoso" for "Budi Santoso"). */
const NAME_GAP = 2;
const OPENS_WITH_PRONOUN = /^(?:ia|dia|beliau|mereka|he|she|they)\b/i;

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
// "No. 17/1950", "No 5": the abbreviation of "nomor"/"number", not a negation of the words after it.
const NUMBER_SIGN = /\bno\.?\s*(?=\d)/gi;
const lowerWords = (text: string) => text.replace(NUMBER_SIGN, ' ').toLowerCase().match(/[\p{L}']+/gu) ?? [];
const negatedIn = (text: string) => lowerWords(text).some(isNegation);

// "…, sedangkan ayah dan kakeknya adalah dewa, bukan raja": a clause of contrast, said of something else.
const CONTRAST = /\b(?:sedangkan|whereas)\b/i;

/** Whether the sentence negates one of the words the question is about: "tidak berdarah panas", "tidak dapat dihuni". */
function negatesMatch(text: string, concepts: readonly Concept[]): boolean {
  const words = lowerWords(text);
  return words.some((word, i) => negatedAt(words, i) && concepts.some((c) => c.required && stems(word).some((stem) => c.stems.has(stem))));
}

/** The concept right after "berapa"/"how many" in the question: what is measured ("luas", "biaya", "penduduk"). */
function measuredIn(question: string, required: readonly Concept[]): Concept | undefined {
  const after = /\b(?:berapa(?:kah)?|how (?:many|much))\s+([\p{L}-]+)/iu.exec(question)?.[1]?.toLowerCase();
  return after === undefined ? undefined : required.find((c) => c.word === after);
}

/** Whether a word of the text is one of the question's own (by stem): a name the question gives is not its answer. */
const askedIn = (concepts: readonly Concept[]) => (word: string) => stems(word.toLowerCase()).some((stem) => concepts.some((c) => c.stems.has(stem)));

/** One answer weighed: a sentence, and the neighbour that states what it leaves out of the question, if any. */
export interface Candidate {
  sentences: ArticleSentence[];
  order: number;
  score: number;
  /** Share of the question's weight the answer matches. */
  coverage: number;
  /** What the question turns on that the answer does not state. */
  unsupported: Concept[];
  /** How strongly that tells the text does not answer the question (see unstated.ts). */
  unstated: number;
}

/** Every sentence weighed as the answer to one simple question, best supported and then best scored first. */
export function weighAnswers(sentences: readonly ArticleSentence[], question: string): Candidate[] {
  const kind = answerKind(question);
  const concepts = questionConcepts(question);
  if (!concepts.some((c) => c.required) || sentences.length === 0) return [];
  const terms = sentences.map((s) => passageTerms(s.text));
  const lengthOf = (t: PassageTerms) => [...t.stems.values()].reduce((sum, n) => sum + n, 0);
  const averageLength = terms.reduce((sum, t) => sum + lengthOf(t), 0) / terms.length || 1;
  const idf = concepts.map((concept) => {
    const documents = terms.filter((t) => frequencyIn(t, concept) > 0).length;
    return (concept.required ? 1 : HINT_WEIGHT) * Math.log(1 + (sentences.length - documents + 0.5) / (documents + 0.5));
  });
  // Coverage is of what the article mentions at all: across languages, a word the lexicon cannot translate is
  // not held against a sentence (the support check declines same-language questions about unmentioned things).
  const article = mergedTerms(terms);
  // A word whose absence weighs little (a shell or kind noun, see unstated.ts) is no part of what the answer must
  // cover, unless the question has nothing else the article mentions.
  const inText = concepts.map((concept) => terms.some((t) => frequencyIn(t, concept) > 0));
  const weak = concepts.map((concept) => unstatedWeight([concept], article, question) < WEAK_WORD);
  const strong = concepts.some((concept, i) => concept.required && inText[i] && !weak[i]);
  const mentioned = concepts.map((_, i) => inText[i]! && !(strong && weak[i]));
  const totalWeight = idf.reduce((sum, w, i) => sum + (concepts[i]!.required && mentioned[i] ? w : 0), 0) || 1;
  const bm25 = terms.map((own) => {
    const norm = K1 * (1 - B + (B * lengthOf(own)) / averageLength);
    return concepts.reduce((score, concept, i) => {
      const tf = frequencyIn(own, concept);
      return tf === 0 ? score : score + (idf[i]! * tf * (K1 + 1)) / (tf + norm);
    }, 0);
  });
  const required = concepts.filter((c) => c.required);
  // What "berapa …?" measures: the word after it ("luas" in "berapa luas X?").
  const measured = kind === 'number' ? measuredIn(question, required) : undefined;
  const isSubject = (word: string) => stems(word).some((stem) => required.some((c) => c.stems.has(stem)));
  const isAsked = askedIn(concepts);
  const weighMissing = (passage: PassageTerms) => {
    const missing = unsupported(concepts, passage);
    return { missing, weight: unstatedWeight(missing, article, question) };
  };
  const coverageOf = (passage: PassageTerms) =>
    concepts.reduce((sum, concept, i) => sum + (concept.required && mentioned[i] && frequencyIn(passage, concept) > 0 ? idf[i]! : 0), 0) / totalWeight;

  // The paragraph's first sentence names its subject, which the rest refer back to ("luasnya", "kabupaten ini"): what
  // the lead states counts as stated anywhere in its paragraph. So does what the article's first sentence names, for
  // the whole article ("Jembatan X …", later "jembatan itu").
  const ownTerms = new Map<number, PassageTerms>();
  const ownOf = (order: number) => {
    let own = ownTerms.get(order);
    if (own === undefined) {
      const lead = sentences.findIndex((s) => s.paragraphId === sentences[order]!.paragraphId);
      const leads = [...new Set([order, lead, 0])];
      own = leads.length === 1 ? terms[order]! : mergedTerms(leads.map((i) => terms[i]!));
      ownTerms.set(order, own);
    }
    return own;
  };
  // "Berapa luas X?" is answered by a sentence that gives the area of X, not by one giving an area beside one naming X:
  // a neighbour joins an answer to "how many/much" only when one of the two states the names and what is measured.
  const names = required.filter((c) => c.name);
  const measures = (order: number) => [...names, ...(measured ? [measured] : [])].every((c) => frequencyIn(ownOf(order), c) > 0);

  return sentences
    .map((sentence, order): Candidate => {
      const own = ownOf(order);
      let answer = { orders: [order], passage: own, ...weighMissing(own) };
      // What the sentence leaves out of the question, its neighbour in the paragraph may state: the two are the answer.
      for (const next of [order - 1, order + 1]) {
        if (answer.missing.length === 0 || sentences[next]?.paragraphId !== sentence.paragraphId || bm25[next] === 0) continue;
        if (kind === 'number' && !measures(order) && !measures(next)) continue;
        const passage = mergedTerms([own, terms[next]!]);
        const found = weighMissing(passage);
        if (found.weight < answer.weight) answer = { orders: [order, next].sort((a, b) => a - b), passage, ...found };
      }
      const chosen = answer.orders.map((i) => sentences[i]!);
      const neighbours = answer.orders.filter((i) => i !== order);
      let score = bm25[order]! + neighbours.reduce((sum, i) => sum + NEIGHBOUR_WEIGHT * bm25[i]!, 0);
      // Of two equally good answers, the one holding a date for "when", a number for "how many" answers it.
      if (holds(kind, chosen.map((s) => s.text).join(' '), isAsked)) score *= HOLDS_WEIGHT;
      if ((kind === 'definition' || kind === 'other') && defines(sentence.text, isSubject)) score *= kind === 'definition' ? DEFINITION_WEIGHT : DEFINES_WEIGHT;
      if (order === 0) score *= LEAD_WEIGHT;
      return { sentences: chosen, order, score, coverage: coverageOf(answer.passage), unsupported: answer.missing, unstated: answer.weight };
    })
    .sort((a, b) => a.unstated - b.unstated || b.score - a.score || a.order - b.order);
}

/**
 * Whether a name the question gives in several words ("Kabupaten Lestari") is made of words the text gives only
 * apart and inside other names ("Kabupaten Sari Jaya", "Jawa Lestari"): a name the text never gives, so the question
 * is about something else. A title is no part of the name ("Santo"), and a part the text says alone ("Santoso
 * lahir …", "Kini Budi …") may be the same person or place named by one word. A word the question types in lower
 * case is part of a name when the text writes it only with a capital ("Kabupaten lestari").
 */
function scatteredName(sentences: readonly ArticleSentence[], question: string, concepts: readonly Concept[]): boolean {
  const texts = sentences.map((s) => comparableTokens(s.text));
  // Whether the text writes a word with a capital wherever it does not open a sentence.
  const capitals = new Map<string, boolean>();
  for (const tokens of texts) {
    tokens.forEach((token, i) => {
      if (i === 0) return;
      const word = token.toLowerCase();
      capitals.set(word, (capitals.get(word) ?? true) && /^\p{Lu}/u.test(token));
    });
  }
  // The runs of name words after the question's first word, lowercased: "Kapan Pasar Ikan Tanjung Sari dibuka?" has one.
  const runs: string[][] = [];
  let run: string[] = [];
  for (const token of [...comparableTokens(question).slice(1), '']) {
    const word = token.toLowerCase();
    if (token && !isStopword(word) && (/^\p{Lu}/u.test(token) || capitals.get(word) === true)) run.push(word);
    else if (run.length > 0) (runs.push(run), (run = []));
  }
  const termsOf = new Map<string, PassageTerms>();
  // As written or one letter off, not through the lexicon: "City" in a name is not "kota".
  const matches = (concept: Concept, token: string) => {
    const word = token.toLowerCase();
    if (!termsOf.has(word)) termsOf.set(word, passageTerms(word));
    return frequencyIn(termsOf.get(word)!, { ...concept, stems: new Set(stems(concept.word)) }) > 0;
  };
  const byWord = new Map(concepts.map((c) => [c.word, c]));
  return runs.some((run) => {
    const parts = run.filter((word) => !isTitle(word)).flatMap((word) => byWord.get(word) ?? []);
    if (parts.length < 2) return false;
    // Where each part stands: [sentence, word].
    const places = parts.map((part) => texts.flatMap((tokens, t) => tokens.flatMap((token, i) => (matches(part, token) ? [[t, i] as const] : []))));
    if (places.some((p) => p.length === 0)) return false;
    const together = places.slice(1).some((next, n) => places[n]!.some(([t, i]) => next.some(([u, j]) => u === t && j !== i && Math.abs(j - i) <= NAME_GAP + 1)));
    if (together) return false;
    // Beside a capitalised word that is no title and no part of the question's name, not opening the sentence.
    const inOtherName = ([t, i]: readonly [number, number]) =>
      [i - 1, i + 1].some((k) => {
        const token = texts[t]![k];
        return k > 0 && token !== undefined && /^\p{Lu}/u.test(token) && !isTitle(token.toLowerCase()) && !parts.some((part) => matches(part, token));
      });
    return places.some((p) => p.every(inOtherName));
  });
}

// "bahasa Belanda", "bahasa Jawa Kuno", "language Dutch": a language named.
const LANGUAGE_NAMED = /\b(?:[Bb]ahasa|[Ll]anguage)\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*/gu;
// A question may type the language in lower case: "dalam bahasa belanda".
const LANGUAGE_ASKED = /\b(?:bahasa|language)\s+[\p{L}-]+/giu;

/**
 * Whether a word the question gives, not as a language ("di Belanda", not "bahasa Belanda"), is one the text gives
 * only as a language ("(bahasa Belanda: …)"): the country, the people or the place is not what the text is about.
 * `all` is the terms of the sentences' whole text, as answerOne has them.
 */
function onlyAsLanguage(sentences: readonly ArticleSentence[], question: string, concepts: readonly Concept[], all: PassageTerms): boolean {
  const text = sentences.map((s) => s.text).join(' ');
  const elsewhere = passageTerms(text.replace(LANGUAGE_NAMED, ' '));
  const asLanguage = passageTerms((question.match(LANGUAGE_ASKED) ?? []).join(' '));
  return concepts.some((c) => c.required && frequencyIn(asLanguage, c) === 0 && frequencyIn(all, c) > 0 && frequencyIn(elsewhere, c) === 0);
}

/**
 * Whether the answer defines something other than what "apa yang dimaksud dengan X?" asks about: its sentence
 * defines a subject ("Petani garam adalah …") in which none of the question's words stand, and none defines X.
 */
function definesOther(chosen: readonly ArticleSentence[], concepts: readonly Concept[]): boolean {
  const isSubject = (word: string) => concepts.some((c) => c.required && frequencyIn(passageTerms(word), c) > 0);
  return chosen.some((s) => defines(s.text, () => true)) && !chosen.some((s) => defines(s.text, isSubject));
}

/** Whether the sentence defines what the question names, every word of it: "Petani garam adalah …" of "siapakah petani garam?". */
function definesWhole(text: string, concepts: readonly Concept[]): boolean {
  const subject = passageTerms(definedSubject(text).join(' '));
  const required = concepts.filter((c) => c.required);
  return required.length > 0 && required.every((c) => frequencyIn(subject, c) > 0);
}

/** The answer to one simple question, or null when the article does not say. */
function answerOne(article: Article, sentences: readonly ArticleSentence[], question: string): ArticleSentence[] | null {
  const crossLanguage = isEnglishQuestion(question) && article.language !== 'en' && article.language !== 'und';
  const kind = answerKind(question);
  const concepts = questionConcepts(question);
  const weighed = weighAnswers(sentences, question);
  const isAsked = askedIn(concepts);
  // Across languages only names and numbers can be told missing (the small lexicon cannot translate everything).
  const tells = (concept: Concept) => !crossLanguage || concept.name || /^\d/.test(concept.word);
  const ranked = weighed
    .filter((c) => c.coverage >= MIN_COVERAGE && (crossLanguage ? !c.unsupported.some(tells) : c.unstated < DECLINE_AT))
    // What states the whole question comes first; across languages what is unstated may be only untranslated.
    .sort((a, b) => (crossLanguage ? 0 : a.unstated - b.unstated) || b.score - a.score || a.order - b.order);
  if (ranked.length === 0) return null;
  // A name that only looks like two function words run together ("Dian": "di", "an") is still a name the text must give.
  const articleTerms = passageTerms(sentences.map((s) => s.text).join(' '));
  if (namesReadAsSlips(question).some((name) => frequencyIn(articleTerms, name) === 0)) return null;
  // "Pulau terbesar di Belanda" of a text that names the Netherlands only as a language ("bahasa Belanda: …"): not stated.
  if (!crossLanguage && onlyAsLanguage(sentences, question, concepts, articleTerms)) return null;
  // "Kabupaten Lestari" of a text that has only "Kabupaten Sari Jaya" and "Jawa Lestari": another name.
  if (!crossLanguage && scatteredName(sentences, question, concepts)) return null;
  // "Which animals are not warm-blooded?" is not answered by "… are warm-blooded", nor the reverse.
  // A negation the text meets with an opposite ("tidak panas" of "dingin") asks what the text affirms.
  const questionNegated = negatedIn(question) && !negationsMetByOpposites(question, concepts, articleTerms);
  // A negation after "sedangkan" (whereas) is said of something else: "X is the first king, whereas his father was a
  // god, not a king" answers who the first king was. A negated question is still met by a negation anywhere.
  const matchText = ranked[0]!.sentences.map((s) => (questionNegated ? s.text : s.text.split(CONTRAST)[0]!)).join(' ');
  if (!crossLanguage && questionNegated !== negatesMatch(matchText, concepts)) return null;
  // "Mengapa …?": of the matches that state as much of the question as the best, the first that gives a cause or a
  // purpose ("karena …", "untuk …") answers.
  if (kind === 'reason') {
    const giving = ranked.find((c) => c.unstated === ranked[0]!.unstated && holds(kind, c.sentences.map((s) => s.text).join(' ')));
    if (giving) return answerWith(giving, sentences, weighed, ranked, kind, isAsked, concepts);
  }
  // The best match may only mention the subject ("Dinasti X adalah …") where a later sentence holds the date, the
  // number or the place asked for: the first that does, of those that state the whole question, answers. A later
  // sentence must name a place of its own ("di Peru"), not only say "di", "dari" before a common word ("dari rumahnya").
  for (const candidate of AMOUNT_KINDS.has(kind) ? ranked : ranked.slice(0, 1)) {
    if (kind === 'place' && candidate !== ranked[0] && !holds(kind, candidate.sentences.map((s) => s.text).join(' '), isAsked)) continue;
    const found = answerWith(candidate, sentences, weighed, ranked, kind, isAsked, concepts);
    if (found) return found;
  }
  return null;
}

/** The answer built around one candidate: its sentences, and those that complete it; null when it lacks what was asked for. */
function answerWith(
  best: Candidate,
  sentences: readonly ArticleSentence[],
  weighed: readonly Candidate[],
  ranked: readonly Candidate[],
  kind: AnswerKind,
  isAsked: (word: string) => boolean,
  concepts: readonly Concept[],
): ArticleSentence[] | null {
  const text = best.sentences.map((s) => s.text).join(' ');
  const chosen = [...best.sentences];
  const inAnswer = (s: Candidate) => chosen.includes(sentences[s.order]!);
  if (chosen.length === 1) {
    // What someone said is often two sentences: the next best that also reports speech joins the first.
    const second = ranked.find((s) => !inAnswer(s) && holds(kind, sentences[s.order]!.text, isAsked) && s.score >= best.score * SUPPORT_RATIO);
    if (kind === 'speech' && second) chosen.push(sentences[second.order]!);
    // The sentence matched what was asked about but not what was asked for: its neighbour may hold it.
    else if (!holds(kind, text, isAsked)) {
      const near = (s: Candidate) => s.order === best.order + 1 || s.order === best.order - 1;
      const neighbour =
        weighed.find((s) => near(s) && holds(kind, sentences[s.order]!.text, isAsked) && s.score >= best.score * SUPPORT_RATIO) ??
        weighed.find((s) => s.order === best.order + 1 && holds(kind, sentences[s.order]!.text, isAsked));
      if (neighbour) chosen.push(sentences[neighbour.order]!);
    }
  }
  // A heading ("Rapat Terbuka.") names the subject; the sentence after it says something about it.
  const following = sentences[best.order + 1];
  if (chosen.length === 1 && wordCount(text) < MIN_ANSWER_WORDS && following) chosen.push(following);
  // A short answer goes on in the next sentence of its paragraph often enough ("Yang terkecil, …") to give both; one
  // that ends its paragraph sums up or finishes the sentence before it ("… turun-temurun. Harganya Rp 50.000.").
  else if (chosen.length === 1) {
    const paragraph = best.sentences[0]!.paragraphId;
    const before = sentences[best.order - 1];
    const other = following?.paragraphId === paragraph ? following : before?.paragraphId === paragraph ? before : undefined;
    if (other && wordCount(text) + wordCount(other.text) <= SHORT_ANSWER_WORDS) chosen.splice(other === following ? 1 : 0, 0, other);
  }
  // An answer that opens with a pronoun ("Ia …", "She …") goes with the sentence before it, which says who that is
  // and often the fact itself ("Jabatan pertamanya dimulai pada 20 Oktober 2004. Ia … memenangi Pemilu …").
  const previous = sentences[best.order - 1];
  if (
    chosen.length === 1 &&
    previous?.paragraphId === best.sentences[0]!.paragraphId &&
    OPENS_WITH_PRONOUN.test(text) &&
    wordCount(text) + wordCount(previous.text) <= SHORT_ANSWER_WORDS
  ) {
    chosen.unshift(previous);
  }
  // "Who …?" answered by "Dia …": the paragraph's first sentence says who that is.
  const opening = sentences.find((s) => s.paragraphId === best.sentences[0]!.paragraphId)!;
  if (kind === 'person' && OPENS_WITH_PRONOUN.test(text) && !chosen.includes(opening)) chosen.unshift(opening);
  // "When …?" answered with no date, "how many …?" with no number, "who …?" with no name, "where …?" with no place:
  // the article does not say.
  const answer = chosen.map((s) => s.text).join(' ');
  // "Apa yang dimaksud dengan X?" is not answered by the definition of something else that mentions X.
  if (kind === 'definition' && definesOther(chosen, concepts)) return null;
  if (STRICT_KINDS.has(kind) && !(kind === 'date' ? statesDate(answer) : kind === 'place' ? statesPlace(answer) : holds(kind, answer, isAsked))) {
    // "Siapakah petani garam?" asks what one is: a sentence that defines everything the question names answers it.
    if (!(kind === 'person' && chosen.some((s) => definesWhole(s.text, concepts)))) return null;
  }
  return chosen.sort((a, b) => sentences.indexOf(a) - sentences.indexOf(b));
}

/**
 * Answers from the article's own sentences: BM25 over sentences, where each question word may match its stem
 * (and, for a question in another language, its translation); the answer is the sentence (or two) that holds
 * what was asked, verbatim, with its paragraph. The article does not say when what the answer (with its neighbour,
 * its paragraph's first sentence and the article's) leaves unstated of the question weighs enough (see
 * unstated.ts: a number, a name, an opposite, an ending, a judgement or a common word decides alone, a verb or a
 * title weighs half, a shell or kind noun a third), when "when", "how many", "who" or "where" finds no date, amount,
 * name or place there (for "when" and "how many", in any sentence that states the question), when a name the
 * question gives in several words is made of words the text gives only inside other names, when a word the question
 * gives is one the text gives only as a language ("bahasa Belanda"), when "apa yang dimaksud
 * dengan X" finds only the definition of something else, or when the question's negation is not the sentence's ("who"
 * of a common noun is answered by the sentence that defines it). A question with two parts is answered part by part.
 */
export function answerFromArticle(article: Article, question: string): Answer {
  const notFound: Answer = { answer: NOT_IN_ARTICLE, found: false, citations: [] };
  const sentences = articleSentences(article);
  const parts = questionParts(question);
  const answers = (parts.length > 1 ? parts : [question]).map((part) => ({ part, found: answerOne(article, sentences, part) }));
  if (answers.every((a) => a.found === null)) return notFound;

  const used = new Set<ArticleSentence>();
  const lines = answers.map(({ part, found }) => {
    if (!found) return `${part}? ${NOT_IN_ARTICLE}`;
    const fresh = found.filter((s) => !used.has(s));
    for (const s of found) used.add(s);
    return fresh.map((s) => s.text).join(' ');
  }).filter(Boolean);
  const crossLanguage = isEnglishQuestion(question) && article.language !== 'en' && article.language !== 'und';
  return {
    answer: [...lines, ...(crossLanguage ? [OWN_WORDS_NOTE] : [])].join('\n'),
    found: true,
    citations: [...new Set([...used].map((s) => s.paragraphId))],
  };
}
