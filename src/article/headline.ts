import { withoutDateline } from './dateline.js';
import { countWords } from './intake/prose.js';

const MIN_HEADLINE_WORDS = 3;
const MAX_HEADLINE_WORDS = 20;
const CLOSING_QUOTES = new Set(['"', '”', '’', '»']);

/**
 * Whether a block of a page reads as a headline: a short line that does not end a sentence. Related-article
 * links, list items, bracketed asides, datelined ledes, social-media embeds and editor's tags read otherwise.
 */
export function looksLikeHeadline(block: string): boolean {
  const words = countWords(block);
  if (words < MIN_HEADLINE_WORDS || words > MAX_HEADLINE_WORDS) return false;
  // Walked back by hand: a `+$` pattern rescans a long run of quote marks from each of its characters.
  let end = block.length;
  while (end > 0 && CLOSING_QUOTES.has(block[end - 1]!)) end--;
  const lastMark = block[end - 1] ?? '';
  if (/[.,;:…)\]]/.test(lastMark) || /^\p{Ll}/u.test(block)) return false;
  if (/^(?:\d+[.)]|[-•*–—])\s/.test(block) || /^[([]/.test(block)) return false; // a list item or a bracketed aside
  if (withoutDateline(block) !== block) return false;
  if (/@\w|https?:\/\/|pic\.twitter|#\w/.test(block)) return false; // an embedded post
  if (/^(?:baca|lihat|simak|read|see|also|related|watch|tonton)\b/i.test(block)) return false;
  return true;
}

// Where a long sentence may be cut and still read whole: before a subordinate clause or after a comma.
const CLAUSE_OPENERS =
  /^(?:yang|karena|sebab|setelah|sebelum|ketika|saat|sementara|sedangkan|namun|tetapi|tapi|sehingga|agar|supaya|untuk|dengan|meski|meskipun|walau|walaupun|jika|kalau|hingga|sejak|usai|seusai|pada|di|dalam|which|who|because|after|before|when|while|as|although|though|since|until|following|amid|despite|if|to|with|in|on|at|for)$/i;

/**
 * A sentence as a headline of at most `maxWords` words: the dateline and the final full stop dropped, and a
 * longer sentence cut where a phrase ends (before "yang", "karena", "after", … or at a comma), never mid-phrase
 * and never with "…". Null when no such cut leaves at least three words.
 */
export function headlineFromSentence(sentence: string, maxWords: number): string | null {
  const text = withoutDateline(sentence.trim()).replace(/[.!]+$/, '').trim();
  const words = text.split(/\s+/).filter(Boolean);
  if (words.length <= maxWords) return words.length >= MIN_HEADLINE_WORDS ? text : null;
  for (let end = maxWords; end >= MIN_HEADLINE_WORDS; end--) {
    const last = words[end - 1]!;
    const next = words[end]!;
    // Not inside a list of names ("Kementerian Sosial, Kementerian Keuangan, dan …"): a comma before a capital may continue it.
    const atComma = /,$/.test(last) && !/^\p{Lu}/u.test(next);
    const beforeClause = CLAUSE_OPENERS.test(next.replace(/[^\p{L}]/gu, '')) && !CLAUSE_OPENERS.test(last.replace(/[^\p{L}]/gu, ''));
    const unclosed = (words.slice(0, end).join(' ').match(/\(/g)?.length ?? 0) !== (words.slice(0, end).join(' ').match(/\)/g)?.length ?? 0);
    if ((atComma || beforeClause) && !unclosed) return words.slice(0, end).join(' ').replace(/[,;:]$/, '');
  }
  return null;
}

/** A headline made from the lede when the story has none: its first sentence, cut where a phrase ends. */
export function headlineFromLede(firstSentence: string): string {
  const cut = headlineFromSentence(firstSentence, MAX_HEADLINE_WORDS);
  if (cut) return cut;
  // No phrase boundary at all: the first words up to the last one that is not a function word.
  const words = withoutDateline(firstSentence).split(/\s+/).slice(0, MAX_HEADLINE_WORDS);
  while (words.length > MIN_HEADLINE_WORDS && CLAUSE_OPENERS.test(words.at(-1)!.replace(/[^\p{L}]/gu, ''))) words.pop();
  return words.join(' ').replace(/[,;:.]$/, '');
}
