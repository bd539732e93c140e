import type { Article, Paragraph } from '../../article/article-types.js';
import type { Paraphrase, Quote, QuoteList } from '../schemas.js';
import { isOfficePart, nameAfterRankEndingOffice, nameFrontEndingOffice, nameHeadEndingOffice, officeLeftOpen, splitOfficeFromName } from '../../checks/office-name-split.js';
import { afterLastBreak, confirmedNames, isFullerForm, isPlaceOnly, isTitleWord, KINSHIP, looksLikeRole, nameKey, nameRuns, namesPlaceOrBody, NAME_LIKE_KINSHIP, NAME_LIKE_TITLES, officeBeforeName, personName, roleAfterName, roleBeforeName, roleStatedAfterName, speakerInPhrase, SPORT_POSITIONS, NOT_A_NAME, PLACES, type NameHints, type NameRun, type PersonName } from '../../checks/names.js';
import { regExpLiteral } from '../../regexp-literal.js';
import { endsWithShiftedOpening, findQuoteSpans, maskQuotes, quotedText, type QuoteSpan } from './quote-marks.js';
import { splitSentences } from './sentences.js';
import { BARE_REPORTING_VERBS, CLAUSE_VERBS, isVerbWithNya, SINGULAR_PRONOUNS, VERBS_AFTER_QUOTE } from './speech-verbs.js';


/** Whom an attribution points at. */
type Attribution =
  | { kind: 'named'; person: PersonName }
  /** "katanya", "imbuhnya", "he said": the last named speaker. */
  | { kind: 'pronoun' }
  /** A speech verb without a name: "terang percakapan …", "an official said". */
  | { kind: 'unnamed' }
  /** A source the story keeps unnamed ("kata sumber itu"): the "katanya" after it is theirs, not the last named speaker's. */
  | { kind: 'anonymous' }
  /** A role pointing back to someone named earlier: "ujar penyiar radio itu", "kata politisi senior ini". */
  | { kind: 'described'; role: string };

interface Speaker {
  speaker: string;
  role: string | null;
}

const WORD = /[\p{L}\p{M}]+/gu;
const BARE_VERBS = new Set(['kata', 'ujar']);
const UNNAMED: Attribution = { kind: 'unnamed' };
const PRONOUN: Attribution = { kind: 'pronoun' };

const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;

/** A quoted phrase this short, with nobody said to say it right after, is a term or a scare quote. */
const MAX_TERM_WORDS = 4;
/** Words a title leaves in lowercase ("Peran Perempuan dalam Pembangunan", "Water for All"). */
const TITLE_FUNCTION_WORD = /^(?:dan|di|ke|dari|dalam|untuk|bagi|pada|yang|dengan|serta|atau|bersama|melalui|menuju|tentang|terhadap|antara|sebagai|of|and|the|a|an|in|on|for|to|at|with|by|from|via|towards)$/;

/**
 * A name in quote marks rather than a quotation: a title ("webinar bertajuk “Suara Petani dalam …”", "dalam
 * bukunya, “…”, mengatakan") or a term or scare quote ("konsep “solidaritas global”", "belum “menendang”").
 * Quoted speech ends on its punctuation ("…,” kata X; “… selesai.”); these end on a bare word. A short one is
 * still a quotation when someone is said to say it right after ("“Merdeka” teriak mereka"); a title never is.
 */
function nameInMarks(text: string): 'title' | 'term' | null {
  if (/[,.!?…;:'’-]$/u.test(text)) return null;
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  const content = words.filter((word) => !TITLE_FUNCTION_WORD.test(word));
  if (words.length > 1 && content.length > 0 && content.every((word) => /^[\p{Lu}\p{N}]/u.test(word))) return 'title';
  return words.length <= MAX_TERM_WORDS ? 'term' : null;
}

/** Whether a paragraph opens with a quote mark: a quotation left open at the end of the one before it goes on here. */
const opensWithQuoteMark = (text: string | undefined) => text !== undefined && /^\s*["“”„‟]/u.test(text);

/** The name that starts `text` (after spaces), with a role given in front of it or right after it. */
function nameAtStart(text: string, hints: NameHints): { person: PersonName; end: number } | null {
  const run = nameRuns(text)[0];
  if (!run || run.start !== text.length - text.trimStart().length) return null;
  const person = personName(run.tokens, VERBS_AFTER_QUOTE, hints);
  if (!person) return null;
  return { person: { name: person.name, role: person.role ?? roleAfterName(text.slice(run.end)) }, end: run.end };
}

function startsWithPronoun(text: string): boolean {
  return SINGULAR_PRONOUNS.has(/^\s*([\p{L}]+)/u.exec(text)?.[1]?.toLowerCase() ?? '');
}

/**
 * Who is speaking in the clause that ends right before a speech verb: "Scholz", "Gedung Putih dalam sebuah
 * pernyataan", "pemerintah Inggris", "Jane Doe, the city's mayor,", "dia pun".
 */
function subjectBefore(text: string, hints: NameHints): Attribution | null {
  const lastWord = /([\p{L}]+)(?:\s+(?:pun|juga|also))?\s*$/u.exec(text)?.[1]?.toLowerCase();
  if (lastWord && SINGULAR_PRONOUNS.has(lastWord)) return PRONOUN;
  const appositive = /,\s+(?:a|an|the|seorang|sang)\s+([^,]{3,80}),\s*$/.exec(text);
  const head = appositive ? text.slice(0, appositive.index) : text;
  const run = nameRuns(head).at(-1);
  if (!run) return null;
  // "Budi Santoso, melalui akun Instagram-nya mengatakan": a possessive ends a phrase after a comma; the subject is
  // before that comma, when it names a person rather than a place.
  const comma = head.lastIndexOf(',', run.start);
  if (run.tokens.length === 1 && /nya$/.test(run.tokens[0]!) && NOT_A_NAME.test(run.tokens[0]!) && comma > 0) {
    const before = subjectBefore(head.slice(0, comma), hints);
    return before?.kind === 'named' && !namesPlace(before.person.name, hints) && !PLACES.has(before.person.name.toLowerCase()) ? before : null;
  }
  const between = head.slice(run.end);
  if (!/^(?:\s+\p{Ll}[\p{L}\p{M}'’-]*){0,4}\s*$/u.test(between)) return null;
  const person = personName(run.tokens, VERBS_AFTER_QUOTE, hints);
  if (!person) return null;
  // Governments and ministries are named by a common noun plus a country: "pemerintah Inggris", "British government".
  const nounBefore = /(pemerintah|kementerian|kedutaan|militer|kepolisian|polisi)\s+$/i.exec(head.slice(0, run.start))?.[1];
  const nounAfter = /^\s+(government|ministry|embassy|police|military|army)\b/i.exec(between)?.[1];
  const name = nounBefore ? `${nounBefore} ${person.name}` : nounAfter ? `${person.name} ${nounAfter}` : person.name;
  return { kind: 'named', person: { name, role: person.role ?? appositive?.[1] ?? null } };
}

function accordingTo(text: string, hints: NameHints): Attribution | null {
  const cue = /^(?:according to|menurut)\s+/i.exec(text);
  if (!cue) return null;
  const name = nameAtStart(text.slice(cue[0].length), hints);
  return name ? { kind: 'named', person: name.person } : UNNAMED;
}

/**
 * Whether a word of `text` is a speech verb: not a capitalised one right after another capitalised word, which is
 * part of a name ("KH Said Budi", "Ahmad Kata").
 */
function isClauseVerb(text: string, word: RegExpMatchArray): boolean {
  if (!CLAUSE_VERBS.has(word[0].toLowerCase())) return false;
  return !/^\p{Lu}/u.test(word[0]) || !/\p{Lu}[\p{L}.]*\s+$/u.test(text.slice(Math.max(0, word.index! - 30), word.index));
}

/** Whether a name is a place: a province or region named with its point of the compass ("Jawa Tengah"), or places only. */
const namesPlace = (name: string, hints: NameHints) => /^(?:\p{Lu}\p{Ll}+\s+){1,2}(?:Utara|Selatan|Barat|Timur|Tengah)$/u.test(name) || isPlaceOnly(name, hints.isPlace);

/** The attribution that follows a quote: "…," kata Lavrov / katanya / ucap Stephen Nix / Smith said / he added. */
function attributionAfter(narration: string, hints: NameHints): Attribution | null {
  const text = narration.replace(/^[\s,.;:!?—–-]+/, '');
  const according = accordingTo(text, hints);
  if (according) return according;
  const first = /^[\p{L}\p{M}]+/u.exec(text)?.[0];
  if (!first) return null;
  if (isVerbWithNya(first.toLowerCase())) return PRONOUN;
  if (VERBS_AFTER_QUOTE.has(first.toLowerCase())) {
    const rest = text.slice(first.length);
    if (startsWithPronoun(rest)) return PRONOUN;
    const described = /^\s+(\p{Ll}[^,.;:!?"“”]{2,80}?)\s+(?:ini|itu|tersebut)\b/u.exec(rest);
    // "kata sumber itu": a source the story keeps unnamed, whoever it named last.
    if (described && /^sumber\b/.test(described[1]!)) return { kind: 'anonymous' };
    if (described && !/\p{Lu}/u.test(described[1]!.split(/\s+/)[0]!)) return { kind: 'described', role: described[1]! };
    const name = nameAtStart(rest, hints);
    // "kata Kepala Dusun Mekar, Kecamatan Sari, Budi Santoso" or "kata Direktur PT Sinar (PTS) Ani": the name the
    // attribution ends on is found in the whole phrase, not in its first run of capitals.
    // So does an office numbered inside its run ("kata Kepala Wilayah 3 Lestari Budi").
    const continues = name !== null && /^\s*(?:,\s*\p{Lu}|\(|[-–]\s*\d|\d{1,3}\s+\p{Lu}|(?:dan|serta|\/)\s+\p{Lu})/u.test(rest.slice(name.end));
    const phrase = !name || continues ? speakerInPhrase(rest, hints.standsAlone, hints.isPlace) : null;
    // "ujar perempuan asal Lestari, Jawa Tengah,": a description ending on a place points back to someone named earlier.
    if (phrase && phrase.role && /^\p{Ll}/u.test(phrase.role) && namesPlace(phrase.name, hints)) return { kind: 'described', role: `${phrase.role}, ${phrase.name}` };
    if (phrase) return { kind: 'named', person: phrase };
    return name ? { kind: 'named', person: name.person } : UNNAMED;
  }
  // Subject first: the verb comes within a few words, before any punctuation.
  const clause = /^[^,;:!?]*/.exec(text)![0];
  // Bare "kata" and "ujar" attribute only right after the quote ("kata Budi"); further on, "kata" is "word" ("kata kunci").
  const verb = [...clause.matchAll(WORD)].slice(0, 10).find((word) => isClauseVerb(clause, word) && !BARE_VERBS.has(word[0].toLowerCase()));
  if (!verb) return null;
  return subjectBefore(clause.slice(0, verb.index), hints) ?? UNNAMED;
}

/**
 * A quotation that ends its paragraph may have its attribution broken onto the next line, which then opens in
 * lowercase on the verb ("…,”" / "kata Arif Zulkarnain, ayah Dimas.").
 */
function attributionOnNextLine(span: QuoteSpan, text: string, next: string | undefined, hints: NameHints): Attribution | null {
  if (span.close === null || text.slice(span.close + 1).trim() !== '' || !next || !/^\s*\p{Ll}/u.test(next)) return null;
  return attributionAfter(next, hints);
}

/** The attribution in the narration before a quote: Scholz mengatakan "…" / Kata Lavrov: "…" / According to X, "…". */
function attributionBefore(narration: string, hints: NameHints): Attribution | null {
  const clauseStart = narration.search(/(?:according to|menurut)\s+[^,]+,\s*$/i);
  if (clauseStart >= 0) return accordingTo(narration.slice(clauseStart), hints);
  const verbs = [...narration.matchAll(WORD)].filter((word) => isClauseVerb(narration, word));
  for (const verb of verbs.reverse()) {
    const afterVerb = narration.slice(verb.index + verb[0].length);
    const named = nameAtStart(afterVerb, hints);
    if (named && /^\s*[:,]\s*$/.test(afterVerb.slice(named.end))) return { kind: 'named', person: named.person };
    const subject = subjectBefore(narration.slice(0, verb.index), hints);
    if (subject) return subject;
  }
  return verbs.length > 0 ? UNNAMED : null;
}

/** A whole utterance opens its sentence or follows its attribution ("He said: …"); anything else is a fragment. */
function isFullQuote(narrationBefore: string, quote: string): boolean {
  const lead = narrationBefore.trim();
  // After a finished sentence (a mark shifted onto its end: "… tetap.” Bulan lalu …") the quotation starts afresh.
  if (!lead || /[:.!?]$/.test(lead)) return true;
  const lastWord = /([\p{L}]+)$/u.exec(lead)?.[1]?.toLowerCase() ?? '';
  return /^[\p{Lu}\d]/u.test(quote) && (lead.endsWith(',') || CLAUSE_VERBS.has(lastWord));
}

/** The clause a reporting verb introduces: after "bahwa"/"that", after a comma, or straight after "said". */
function reportedClause(afterVerb: string, verb: string): string | null {
  const comma = /^\s*,\s*/.exec(afterVerb);
  const that = /^(?:\s+[^\s,.;:]+){0,4}?\s+(?:bahwa|that)\s+/i.exec(afterVerb);
  const clause = comma
    ? afterVerb.slice(comma[0].length)
    : that
      ? afterVerb.slice(that[0].length)
      : BARE_REPORTING_VERBS.has(verb)
        ? afterVerb
        : '';
  const statement = clause.trim().replace(/[.!?…]+$/, '');
  return wordCount(statement) >= 3 ? statement : null;
}

/** Indirect speech in a sentence with no quote marks: "Lavrov mengatakan kepada Putin bahwa …", "According to X, …". */
function paraphraseIn(sentence: string, hints: NameHints): { attribution: Attribution; statement: string } | null {
  const cue = /^(?:according to|menurut)\s+/i.exec(sentence);
  if (cue) {
    const named = nameAtStart(sentence.slice(cue[0].length), hints);
    const rest = named ? /^\s*,\s*(.+)$/.exec(sentence.slice(cue[0].length + named.end)) : null;
    const statement = rest?.[1]?.replace(/[.!?…]+$/, '');
    if (named && statement) return { attribution: { kind: 'named', person: named.person }, statement };
  }
  for (const verb of sentence.matchAll(WORD)) {
    const lower = verb[0].toLowerCase();
    if (!isClauseVerb(sentence, verb)) continue;
    const attribution = subjectBefore(sentence.slice(0, verb.index), hints);
    if (!attribution || attribution.kind === 'unnamed') continue;
    const statement = reportedClause(sentence.slice(verb.index + verb[0].length), lower);
    if (statement) return { attribution, statement };
  }
  return null;
}

/**
 * Capitalised words the article also uses on their own, mid-sentence, between lowercase words or punctuation
 * ("kata Budi.", "Budi menambahkan"): the short form of a person's name, which tells where a long title ends;
 * and those it uses as places ("di Banyumas"), which after a title belong to the title.
 */
function nameHints(article: Article): NameHints {
  const alone = new Set<string>();
  const places = new Set<string>();
  for (const paragraph of article.paragraphs) {
    for (const match of paragraph.text.matchAll(/(?<=(?:(?<![\p{L}\p{M}])\p{Ll}[\p{L}]*|\b(?:Menurut|Kata|Ujar))\s)(\p{Lu}[\p{Ll}]+)(?=[\s,.;:!?”"]+(?:\p{Ll}|$)|[,.;:!?]?$)/gu)) alone.add(match[1]!);
    // "di Banyumas", "Kabupaten Sari Utara", "kota Malang": the capitalised words after these name a place.
    // A place is one word, or one and a point of the compass ("Jawa Barat", "Luwu Utara"); a name may follow it.
    for (const match of paragraph.text.matchAll(/\b(?:di|[Kk]ota|[Kk]abupaten|[Pp]rovinsi|[Kk]ecamatan|[Dd]esa)\s+(\p{Lu}[\p{Ll}]+(?:\s+(?:Utara|Selatan|Barat|Timur|Tengah|Raya|Daya|Laut))*)/gu)) {
      for (const word of match[1]!.split(/\s+/)) places.add(word);
    }
  }
  return { standsAlone: (word) => alone.has(word), isPlace: (word) => places.has(word) };
}

/** A name the article gives, with the role stated with it, and its comparable words. */
interface Mention {
  name: string;
  role: string | null;
  key: string[];
  /** The role is an office given before the name ("Ketua KPU …"), which words between them continue. */
  officeBefore?: boolean;
}

const WORD_CHAR = /[\p{L}\p{M}\d]/u;

/**
 * The office the article writes right before the name somewhere, when no role was found with it otherwise: "Direktur
 * Riset Lembaga X (LX) Budi Santoso, saat dihubungi, mengatakan" … "kata Budi Santoso". A one-word name counts where
 * no capitalised word right before it could be more of the name; a surname after it is more of the same name
 * ("Sekretaris Dinas Koperasi dan UMKM Budi Santoso" … "kata Budi").
 */
function officeWrittenBefore(article: Article, name: string, hints: NameHints): string | null {
  const first = name.split(/\s+/)[0]!;
  const oneWord = !/\s/.test(name.trim());
  // A name opening on a title, a body, a place or an acronym ("DPR Budi") was not told apart from an office; a title
  // that is also a given name ("Agung") opens a name of more words.
  const givenName = !oneWord && NAME_LIKE_TITLES.has(first.toLowerCase());
  if ((isTitleWord(first) && !givenName) || /^\p{Lu}{2,}$/u.test(first) || namesPlaceOrBody(name)) return null;
  // The capitalised word before a one-word name may be more of the name ("Lestari Budi"), unless it is a word of an
  // office, as its place or its field ("… Kabupaten Sari Budi Santoso", "… Badan Riset Nasional Budi" … "kata Budi").
  const frontOfName = (before: string) => {
    const word = /(?:^|\s)(\p{Lu}\p{Ll}+)\s+$/u.exec(before.slice(-40))?.[1];
    return word !== undefined && !isOfficePart(word, hints.isPlace);
  };
  for (const paragraph of article.paragraphs) {
    const text = paragraph.text;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if ((at > 0 && WORD_CHAR.test(text[at - 1]!)) || (end < text.length && WORD_CHAR.test(text[end]!))) continue;
      const before = text.slice(0, at);
      if (oneWord && frontOfName(before)) continue;
      const office = officeBeforeName(before);
      if (office) return office;
    }
  }
  return null;
}

// Lowercase words that link the front of an office to the rest of it: "pengamat politik dari …", "pendiri sekaligus CEO".
const OFFICE_LINKS = new Set(['dari', 'di', 'pada', 'sekaligus', 'dan', 'serta', 'untuk', 'bidang', 'at', 'of', 'for', 'and']);

/**
 * "Gelandang Klub Sinar Jaya, Budi Santoso, menilai …": a sport position and team, then the name in commas. The
 * person is the name, the position and team the role.
 */
function nameAfterPosition(text: string, run: NameRun, next: NameRun | undefined, hints: NameHints): PersonName | null {
  if (!next || !SPORT_POSITIONS.has(run.tokens[0]!.toLowerCase()) || !/^,\s*$/.test(text.slice(run.end, next.start)) || !/^\s*,/.test(text.slice(next.end))) return null;
  const person = personName(next.tokens, VERBS_AFTER_QUOTE, hints);
  return person && !person.role && !namesPlaceOrBody(person.name) ? { name: person.name, role: run.tokens.join(' ') } : null;
}

/** Each paragraph with its runs of capitalised words (nameRuns), read once per article. */
type ParagraphRuns = ReadonlyArray<{ paragraph: Paragraph; runs: readonly NameRun[] }>;

/** Resolves a short form ("Lavrov") to the fullest form the article gives ("Sergey Lavrov"), with a stated role. */
function speakerResolver(article: Article, hints: NameHints, paragraphRuns: ParagraphRuns): (person: PersonName) => Speaker {
  const text = article.paragraphs.map((paragraph) => paragraph.text).join('\n');
  const mentions: Mention[] = paragraphRuns.flatMap(({ paragraph, runs: inParagraph }) =>
    inParagraph.flatMap((run, i, runs) => {
      const appositive = nameAfterPosition(paragraph.text, run, runs[i + 1], hints);
      if (appositive) return [{ name: appositive.name, role: appositive.role, key: nameKey(appositive.name) }];
      // "… Badan Riset dan Teknologi Daerah Wahyu …": a run after "dan" in a chain of offices starts mid-office;
      // the whole chain, read as an attribution is, gives the name and the office.
      const before = paragraph.text.slice(0, run.start);
      // So does a run after an acronym in brackets: "Ketua Perhimpunan … (PHX) DIY Dedi …".
      if (/(?:\p{Lu}[\p{L}]*\s+(?:dan|serta|\/)|\p{Lu}\))\s*$/u.test(before) && !isTitleWord(run.tokens[0]!)) {
        const clauseStart = afterLastBreak(before, /[.;:!?"“”]\s*/gu);
        const chained = speakerInPhrase(paragraph.text.slice(clauseStart, run.end), hints.standsAlone, hints.isPlace);
        // The office starts at its first title word ("… dituturkan Menteri Komunikasi dan Informatika"); with none,
        // the chain was a list of names or places, not an office.
        const words = chained?.role?.split(/\s+/) ?? [];
        const narration = words.findIndex((word) => /^\p{Ll}/u.test(word) && !/^(?:dan|serta|di|ke|dari|untuk|bagi|pada|dengan)$/.test(word));
        // After narration the office opens on a capitalised title ("… dari luar kota Kepala Badan …": not on "kota").
        const titled = words.findIndex((word, i) => i > narration && /^\p{Lu}/u.test(word) && isTitleWord(word));
        const office = narration < 0 && words.some((word) => isTitleWord(word)) ? 0 : titled;
        const role = office >= 0 ? words.slice(office).join(' ') : null;
        if (chained && role && !/\s(?:dan|serta)$/.test(role) && !/(?:^|\s)\p{Ll}/u.test(chained.name)) {
          return [{ name: chained.name, role, key: nameKey(chained.name) }];
        }
        // After "dan" the run is a piece of an office; after a bracket, the name with places or acronyms before it.
        if (!before.trimEnd().endsWith(')')) return [];
        const tokens = [...run.tokens];
        while (tokens.length > 2 && (hints.isPlace(tokens[0]!) || namesPlaceOrBody(tokens[0]!) || /^\p{Lu}{2,7}$/u.test(tokens[0]!) || looksLikeRole(tokens[0]!))) tokens.shift();
        const bracketed = personName(tokens, VERBS_AFTER_QUOTE, hints);
        return bracketed ? [{ name: bracketed.name, role: bracketed.role, key: nameKey(bracketed.name) }] : [];
      }
      // A run after the number of a numbered office ("… Wilayah 3 Lestari Budi Santoso") may open with the rest of
      // the office: the name starts at the word the article uses alone.
      if (/\p{Lu}[\p{L}]*\s+\d{1,3}\s*$/u.test(before)) {
        const numbered = speakerInPhrase(paragraph.text.slice(run.start, run.end), hints.standsAlone, hints.isPlace);
        return numbered ? [{ name: numbered.name, role: null, key: nameKey(numbered.name) }] : [];
      }
      const person = personName(run.tokens, VERBS_AFTER_QUOTE, hints);
      if (!person) return [];
      const after = paragraph.text.slice(run.end);
      // "Presiden, Menteri Perhubungan Budi …": a bare title is not a person whose role follows.
      const bareTitle = isTitleWord(person.name);
      const role = person.role ?? (bareTitle ? null : roleAfterName(after) ?? roleBeforeName(paragraph.text.slice(0, run.start), after) ?? roleStatedAfterName(after));
      return [{ name: person.name, role, key: nameKey(person.name), officeBefore: person.role !== null }];
    }),
  );
  // "Ayah Budi" (Budi's father) names a relative of Budi: neither Budi nor a fuller form of his name. A kinship word
  // that is also a given name counts only where the article never capitalises it mid-sentence ("kata Putri Ayu").
  const givenNames = confirmedNames(text);
  const relative = (key: readonly string[]) => KINSHIP.has(key[0]!) && key.length > 1 && !(NAME_LIKE_KINSHIP.has(key[0]!) && givenNames.has(key[0]!));
  // "Yohanes" for "Ketua KPU Papua Yohanes Wenda" when "Papua" was not recognised as a place: the name starts
  // at the short form and the words before it go with the office.
  const fromShortForm = (word: string) => (mention: Mention): Mention | null => {
    const at = mention.key.indexOf(word);
    if (at <= 0 || mention.key.length - at > 3 || relative(mention.key)) return null;
    const words = mention.name.split(/\s+/);
    if (words.length !== mention.key.length) return null;
    const before = words.slice(0, at).join(' ');
    // After an office the words before the name continue it (its place or body); alone they must read as one.
    // Alone they must open as an office or a body would ("PT …", "KPU …"), not mid-office ("… Kayu Perkumpulan …").
    const opensAsRole = looksLikeRole(words[0]!) || (at > 1 && isTitleWord(words[1]!));
    const role = mention.role && mention.officeBefore ? `${mention.role} ${before}` : opensAsRole ? before : mention.role;
    return { name: words.slice(at).join(' '), role, key: mention.key.slice(at) };
  };
  // "Budi menambahkan", "kata Budi Santoso": the runs the article names people by, to tell where a name starts.
  // Only runs said or doing something count, as a person's are: "kata Budi", "Budi menambahkan", "Budi (40) …".
  const personLike = (paragraphText: string, run: { start: number; end: number }) => {
    const before = /([\p{L}]+)\s+$/u.exec(paragraphText.slice(Math.max(0, run.start - 30), run.start))?.[1]?.toLowerCase() ?? '';
    const after = /^\s*,?\s*(\(\d{1,3}\)|[\p{L}]+)/u.exec(paragraphText.slice(run.end, run.end + 40))?.[1] ?? '';
    return VERBS_AFTER_QUOTE.has(before) || before === 'menurut' || before === 'to' || after.startsWith('(') || VERBS_AFTER_QUOTE.has(after) || /^(?:me|ber)\p{Ll}{3,}$/u.test(after);
  };
  const everyRun = paragraphRuns.flatMap(({ paragraph, runs }) => runs.map((run) => ({ paragraph, run, person: personLike(paragraph.text, run) })));
  const runs = new Set(everyRun.filter(({ person }) => person).map(({ run }) => run.tokens.join(' ')));
  // The last two words of the runs the article writes as a place or a body, not as a person ("di Taman Sari Indah,",
  // "KPU Lestari telah …"): nobody says or does anything there, nothing is given to anyone, and no list of people
  // ("… Budi Santoso dan Menteri …") goes on from it.
  const bodyEnds = new Set(
    everyRun
      .filter(({ paragraph, run, person }) => run.tokens.length >= 2 && !person && !/(?:kepada|oleh|bersama|dengan|bertemu|antara)\s+$/iu.test(paragraph.text.slice(Math.max(0, run.start - 12), run.start)) && !/^\s+(?:dan|serta)\s/u.test(paragraph.text.slice(run.end, run.end + 8)))
      .map(({ run }) => run.tokens.slice(-2).join(' ')),
  );
  // Where the names of the people said or doing something begin ("Budi Santoso" of "kata Menteri Budi Santoso"): the
  // front of a person's name, though the article also writes it alone where it ends a run ("nama Budi Santoso.").
  const nameFronts = new Set(
    everyRun
      .filter(({ person }) => person)
      .flatMap(({ run }) => personName(run.tokens, VERBS_AFTER_QUOTE, hints)?.name ?? [])
      .filter((name) => !looksLikeRole(name) && !namesPlaceOrBody(name))
      .map((name) => name.split(/\s+/).slice(0, 2).join(' ')),
  );
  const namedFrom = (words: readonly string[], i: number) => {
    for (let end = i + 1; end <= words.length; end++) if (runs.has(words.slice(i, end).join(' '))) return true;
    return false;
  };
  // An office run into the front of the name ("Menteri" and "Perindustrian Budi Santoso") goes back to the office
  // when the article writes the two together; otherwise it is the role only when it reads as one.
  // "ucap E. Dukungan Warga pelajar turun …": an initial whose full stop ended the sentence, before a heading glued
  // on; the words after it are ones the article writes in lowercase too ("mendapat dukungan").
  const lowercaseWords = new Set(text.match(/(?<![\p{L}\p{M}])\p{Ll}[\p{Ll}\p{M}]*/gu) ?? []);
  const placeWords = new Set([...text.matchAll(/(?<![\p{L}\p{M}])(?:di|dari|ke|asal)\s+(\p{Lu}\p{Ll}+)/gu)].map((m) => m[1]!));
  const afterPreposition = (word: string) => placeWords.has(word);
  const initialBeforeHeading = (speaker: string) => {
    const glued = /^(\p{Lu})\.\s+(\p{Lu}\p{Ll}+)/u.exec(speaker);
    return glued && lowercaseWords.has(glued[2]!.toLowerCase()) ? glued[1]! : null;
  };
  // Whether the article writes the role right before the name ("Menteri Perindustrian Budi"). Asked for every
  // sentence's subject, so each pair searches the article once.
  const together = new Map<string, boolean>();
  const writtenTogether = (role: string | null, speaker: string): role is string => {
    if (role === null) return false;
    const pair = `${role}\n${speaker}`;
    if (!together.has(pair)) together.set(pair, new RegExp(`${regExpLiteral(role)}\\s+${regExpLiteral(speaker)}`).test(text));
    return together.get(pair)!;
  };
  // "Ketua Palang Lestari Budi" and "Santoso": given names the office ended on, which the article writes only there,
  // are the front of the name, whether the office came so or was split off the name ("Lestari Budi Santoso").
  const withNameFront = ({ speaker, role }: Speaker): Speaker => {
    const joined = writtenTogether(role, speaker);
    const front = joined ? nameFrontEndingOffice(role, speaker, text, (word) => hints.isPlace(word) || afterPreposition(word)) : null;
    return front ? { speaker: `${front.name} ${speaker}`, role: front.office } : { speaker, role };
  };
  const withOfficeSplitOff = (speaker: Speaker): Speaker => withNameFront(withOfficeOrInitialSplitOff(speaker));
  const withOfficeOrInitialSplitOff = ({ speaker, role }: Speaker): Speaker => {
    const initial = initialBeforeHeading(speaker);
    if (initial) return { speaker: initial, role };
    const joined = writtenTogether(role, speaker);
    // "… Pengurus Besar X KH" and "Budi Santoso": an honorific or an initial the office ended on is the name's.
    const head = joined ? nameHeadEndingOffice(role, speaker) : null;
    if (head && role!.trim() !== head) return { speaker: `${head} ${speaker}`, role: role!.trim().slice(0, -head.length).trim() };
    // "… Inspektur Jenderal Budi" and "Santoso": the words after a rank are the front of the name.
    const named = joined ? nameAfterRankEndingOffice(role) : null;
    if (named) return { speaker: `${named.name} ${speaker}`, role: named.office };
    const split = splitOfficeFromName(speaker, { isPlace: hints.isPlace, namedFrom, afterPreposition }, joined ? officeLeftOpen(role) : null);
    if (!split.office) return { speaker, role };
    if (joined) return { speaker: split.name, role: `${role} ${split.office}` };
    // "Kabupaten Sari Budi" split into office and name: the office the article writes before them, whole, ends on
    // the words split off ("Juru bicara Satuan Tugas Kabupaten Sari"). Split words that do not read as an office
    // (a heading glued on) leave the office written before the name elsewhere.
    return { speaker: split.name, role: role ?? officeEndingOn(split.office, split.name) ?? (looksLikeRole(split.office) ? split.office : officeOf(split.name)) };
  };
  // "Kepala Dinas Perumahan, Kawasan, dan Pertanahan Kota Lestari Budi": the run the name came in held only the
  // office's last part; the office the article writes before the name, whole, ends on it.
  // A lowercase word that does not link it ("Relawan aktif Kepala Dinas …") ends something else, a heading glued on.
  const withWholeOffice = ({ speaker, role }: Speaker): Speaker => {
    const whole = role ? officeOf(speaker) : null;
    if (!whole || whole.length <= role!.length || !whole.endsWith(` ${role}`)) return { speaker, role };
    const lastBefore = /(\S+)\s*$/.exec(whole.slice(0, -role!.length))?.[1] ?? '';
    const glued = /^\p{Ll}+$/u.test(lastBefore) && !OFFICE_LINKS.has(lastBefore) && isTitleWord(role!.split(/\s+/)[0]!) && /^\p{Lu}/u.test(role!);
    return { speaker, role: glued ? role : whole };
  };
  // "Kepala Puskesmas Taman Sari Budi Santoso", the article writing "Taman Sari" elsewhere as a place of its own: the
  // name starts after the words that end the place or the body there. Never past the short form the attribution
  // used ("kata Budi"): the article writes the front of a name alone too ("nama Budi Santoso disebut").
  const withBodySplitOff = ({ speaker, role }: Speaker, shortForm: readonly string[]): Speaker => {
    const words = speaker.split(/\s+/);
    const all = [...(role ? role.split(/\s+/) : []), ...words];
    const offset = all.length - words.length;
    for (let j = words.length - 2; j >= 0; j--) {
      const pair = `${all[offset + j - 1]} ${all[offset + j]}`;
      if (offset + j < 1 || !bodyEnds.has(pair) || nameFronts.has(pair)) continue;
      if (shortForm.length === 1 && !nameKey(words.slice(j + 1).join(' ')).includes(shortForm[0]!)) return { speaker, role };
      return { speaker: words.slice(j + 1).join(' '), role: all.slice(0, offset + j + 1).join(' ') };
    }
    return { speaker, role };
  };
  // The office the article writes whole before `office` and `name` written together, when it runs on past `office`.
  const officeEndingOn = (office: string, name: string): string | null => {
    const together = new RegExp(`(?<![\\p{L}\\p{M}\\d])${regExpLiteral(office)}\\s+(?=${regExpLiteral(name)}(?![\\p{L}\\p{M}\\d]))`, 'u').exec(text);
    const whole = together ? officeBeforeName(text.slice(0, together.index + together[0].length)) : null;
    return whole !== null && whole.endsWith(` ${office}`) ? whole : null;
  };
  // The resolver runs on every sentence's subject: the article is searched once per name.
  const offices = new Map<string, string | null>();
  const officeOf = (name: string) => {
    if (!offices.has(name)) offices.set(name, officeWrittenBefore(article, name, hints));
    return offices.get(name)!;
  };
  return (person) => {
    const key = nameKey(person.name);
    const shortForms = key.length === 1 ? mentions.flatMap((mention) => fromShortForm(key[0]!)(mention) ?? []) : [];
    // A word that is also a title ("kata Presiden") grows only into a person the article gives a role, not into
    // any run that holds it ("Peraturan Presiden Nomor …").
    const bareTitle = key.length === 1 && isTitleWord(person.name);
    const fuller = [...mentions, ...shortForms].filter((mention) => isFullerForm(key, mention.key) && (!bareTitle || mention.role) && (!relative(mention.key) || mention.key[0] === key[0]));
    const fullest = fuller.reduce((best, m) => (wordCount(m.name) > wordCount(best.name) ? m : best), person);
    // A role stated with a shorter form of the name counts too ("Budi Santoso …" … "Budi adalah mantan Kepala …").
    const fullestKey = nameKey(fullest.name);
    // A single title word with the short form ("kata Komjen Bayu") gives way to the office the article gave in full.
    // The fuller name's front, which the role here ended on ("Sekretaris Dewan Budi" and "Santoso Wijaya"), is the name's.
    const front = fullest.name.endsWith(` ${person.name}`) ? fullest.name.slice(0, -person.name.length - 1) : null;
    const roleTrimmed = front && person.role?.endsWith(` ${front}`) ? person.role.slice(0, -front.length - 1) : person.role;
    const roleHere = roleTrimmed && wordCount(roleTrimmed) > 1 ? roleTrimmed : null;
    const role =
      roleHere ??
      fuller.find((m) => m.name === fullest.name && m.role)?.role ??
      officeOf(fullest.name) ??
      // One word must be the given name: "Nina" is not "Ayah Nina".
      mentions.find((m) => m.role && m.key.length < fullestKey.length && isFullerForm(m.key, fullestKey) && (m.key.length > 1 || m.key[0] === fullestKey[0]))?.role ??
      person.role;
    // A place alone ("Kota Lestari") is where the office is, cut from it: the office written before the name, whole.
    const speaker = role && isPlaceOnly(role, hints.isPlace) ? { speaker: fullest.name, role: officeOf(fullest.name) ?? role } : { speaker: fullest.name, role };
    return withWholeOffice(withBodySplitOff(withOfficeSplitOff(speaker), key));
  };
}

/**
 * Direct quotes and indirect speech, with speakers, by rule: no model. Quote text is exactly what stands
 * between the marks; "-nya" and pronoun attributions go to the last named speaker; an unattributed whole quote
 * continues the previous quote's speaker; a quote left open at a paragraph's end takes the speaker of the
 * paragraph that continues it. Short unattributed phrases in quote marks are taken as terms, not quotes.
 */
export function extractQuotes(article: Article): QuoteList {
  const hints = nameHints(article);
  // The runs serve the mentions, the name and body evidence of the resolver, and the teams below.
  const paragraphRuns = article.paragraphs.map((paragraph) => ({ paragraph, runs: nameRuns(paragraph.text) }));
  const resolveName = speakerResolver(article, hints, paragraphRuns);
  const quotes: Quote[] = [];
  const paraphrases: Paraphrase[] = [];
  let lastSpeaker: Speaker | null = null;
  let previous: { speaker: Speaker | null; paragraphIndex: number } | null = null;
  let lastMentioned: Speaker | null = null;
  const appositiveAfterPosition = (text: string, run: NameRun, next: NameRun | undefined) => nameAfterPosition(text, run, next, hints);
  // The teams the article writes after a sport position ("Gelandang Klub Sinar Jaya, Budi …"): no one is named by them.
  const teams = new Set(
    paragraphRuns.flatMap(({ paragraph, runs }) =>
      runs.flatMap((run, i) => {
        const role = appositiveAfterPosition(paragraph.text, run, runs[i + 1])?.role ?? personName(run.tokens, VERBS_AFTER_QUOTE, hints)?.role;
        const words = role?.split(/\s+/) ?? [];
        return words.length >= 2 && SPORT_POSITIONS.has(words[0]!.toLowerCase()) ? [words.slice(1).join(' ')] : [];
      }),
    ),
  );
  const personNamedIn = (text: string): Speaker | null => {
    // One word names a person when an age follows it ("Sari (53)"), or when it opens the sentence as the short form
    // of a name the article gives in full ("Budi Santoso …" … "Budi menambahkan …").
    // "Song of Rain": a run joined by "of" or "for" is a title or a body, not a person.
    const runs = nameRuns(text);
    const person = runs
      .map((run, i): Speaker | null => {
        const appositive = appositiveAfterPosition(text, run, runs[i + 1]);
        if (appositive) return resolveName(appositive);
        const found = personName(run.tokens, VERBS_AFTER_QUOTE, hints);
        if (!found || namesPlaceOrBody(found.name) || teams.has(found.name) || /\s(?:of|for)\s/.test(found.name)) return null;
        if (found.name.split(' ').length >= 2 || /^\s*\(\d{1,3}\)/.test(text.slice(run.end))) return resolveName(found);
        // The sentence's subject, or the person it goes by ("menurut Budi …"), as the short form of a name given in full.
        const subject = text.slice(0, run.start).trim() === '' || /(?:^|\s)(?:[Mm]enurut|kata|ujar)\s+$/u.test(text.slice(0, run.start)) ? resolveName(found) : null;
        return subject && wordCount(subject.speaker) >= 2 && !namesPlaceOrBody(subject.speaker) ? subject : null;
      })
      .filter((p): p is Speaker => p !== null)
      // The subject, which news sentences put first; later runs are more often places and organisations.
      .at(0);
    return person ?? null;
  };
  // Someone the narration introduces with what they are ("Sutarmi (52), warga Desa …,") since the last quote: the
  // "katanya" that follows is theirs, not the previous speaker's.
  let introduced: Speaker | null = null;
  const personIntroducedIn = (text: string): Speaker | null => {
    const runs = nameRuns(text);
    for (const [i, run] of runs.entries()) {
      // The subject of its sentence, or given with an age ("Sutarmi (52), …"): not someone mentioned in passing.
      const subject = text.slice(0, run.start).trim() === '' || /^\s*\(\d{1,3}\)/.test(text.slice(run.end));
      const appositive = subject ? appositiveAfterPosition(text, run, runs[i + 1]) : null;
      if (appositive) return resolveName(appositive);
      const found = subject ? personName(run.tokens, VERBS_AFTER_QUOTE, hints) : null;
      const person = found && !namesPlaceOrBody(found.name) && !isTitleWord(found.name) ? found : null;
      // "Akibatnya, warga …": a connective opening the sentence, not a name.
      if (person && /^\p{Lu}\p{Ll}+nya$/u.test(person.name)) continue;
      const role = person && roleAfterName(text.slice(run.end));
      if (person && role) return resolveName({ name: person.name, role });
    }
    return null;
  };
  let awaitingContinuation: Quote[] = [];

  const resolve = (attribution: Attribution): Speaker | null => {
    if (attribution.kind === 'unnamed') return null;
    if (attribution.kind === 'anonymous') {
      lastSpeaker = null;
      introduced = null;
      return null;
    }
    if (attribution.kind === 'pronoun') {
      lastSpeaker = introduced ?? lastSpeaker;
      return lastSpeaker;
    }
    if (attribution.kind === 'described') {
      // The person the story last named is the one "this broadcaster" points back to; the description is their role.
      const pointedAt = introduced ?? lastMentioned;
      if (!pointedAt) return null;
      lastSpeaker = { speaker: pointedAt.speaker, role: pointedAt.role ?? attribution.role };
      return lastSpeaker;
    }
    lastSpeaker = resolveName(attribution.person);
    return lastSpeaker;
  };

  article.paragraphs.forEach((paragraph, paragraphIndex) => {
    const paragraphBefore = article.paragraphs[paragraphIndex - 1]?.text;
    const spans = findQuoteSpans(paragraph.text, paragraphBefore !== undefined && endsWithShiftedOpening(paragraphBefore));
    const narration = maskQuotes(paragraph.text, spans);
    const waiting = awaitingContinuation;
    awaitingContinuation = [];

    for (const [sentenceIndex, sentence] of splitSentences(paragraph.text, spans).entries()) {
      const touchesQuote = spans.some((s) => s.open < sentence.end && (s.close ?? Infinity) >= sentence.start);
      const mentionedHere = personNamedIn(narration.slice(sentence.start, sentence.end));
      introduced = personIntroducedIn(narration.slice(sentence.start, sentence.end)) ?? introduced;
      if (!touchesQuote) {
        const found = paraphraseIn(sentence.text, hints);
        const who = found && resolve(found.attribution);
        if (found && who) paraphrases.push({ speaker: who.speaker, statement: found.statement, paragraph: paragraph.id });
        lastMentioned = mentionedHere ?? lastMentioned;
        continue;
      }
      const opensHere = (s: QuoteSpan) => (s.open < 0 ? sentenceIndex === 0 : s.open >= sentence.start && s.open < sentence.end);
      for (const span of spans.filter(opensHere)) {
        const text = quotedText(paragraph.text, span);
        if (!text) continue;
        // A quotation left open runs on into the next paragraph, which opens with a mark; with none there, the mark
        // was stray and what follows it is narration.
        if (span.close === null && !opensWithQuoteMark(article.paragraphs[paragraphIndex + 1]?.text)) continue;
        const before = narration.slice(sentence.start, Math.max(span.open, sentence.start));
        const after = span.close === null ? '' : narration.slice(span.close + 1, sentence.end);
        const attributedAfter = attributionAfter(after, hints) ?? attributionOnNextLine(span, paragraph.text, article.paragraphs[paragraphIndex + 1]?.text, hints);
        const named = nameInMarks(text);
        if (named === 'title' || (named === 'term' && !attributedAfter)) continue;
        const attribution = attributedAfter ?? attributionBefore(before, hints);
        const kind = isFullQuote(before, text) ? 'full' : 'partial';
        // A quoted fragment nobody is said to say is a title, a term or a slogan ("webinar “…”", "konsep “…”"), not a quotation.
        if (!attribution && kind === 'partial') continue;

        const continues = previous !== null && paragraphIndex - previous.paragraphIndex <= 1;
        const who = attribution ? resolve(attribution) : kind === 'full' && continues ? previous!.speaker : null;
        const quote: Quote = {
          quote: text,
          speaker: who?.speaker ?? null,
          role: who?.role ?? null,
          paragraph: paragraph.id,
          kind,
          translation: null,
        };
        quotes.push(quote);

        const opensParagraph = span.open === -1 || span.open === paragraph.text.length - paragraph.text.trimStart().length;
        if (opensParagraph && who) {
          for (const open of waiting) Object.assign(open, { speaker: who.speaker, role: who.role });
        }
        if (span.close === null && !attribution) awaitingContinuation.push(quote);
        previous = { speaker: who, paragraphIndex };
        introduced = null;
      }
      lastMentioned = mentionedHere ?? lastMentioned;
    }
  });
  // A role the article states with one of a speaker's attributions ("kata juru bicara …, Budi, Rabu") is theirs in
  // the others too ("kata Budi", "ucapnya").
  const roles = new Map<string, string>();
  for (const quote of quotes) if (quote.speaker && quote.role && !roles.has(quote.speaker)) roles.set(quote.speaker, quote.role);
  for (const quote of quotes) if (quote.speaker && !quote.role) quote.role = roles.get(quote.speaker) ?? null;
  return { quotes, paraphrases };
}
