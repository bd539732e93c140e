import { OfflineEngine } from '../engines/offline/engine.js';
import type { Quote } from '../engines/schemas.js';
import { articleFor } from './load.js';
import { share } from './figures.js';
import { groupBySpeaker } from '../quotes/quotes.js';

interface GoldQuote {
  quote: string;
  speakers: string[];
}

const QUOTE_MARKS = /["“”„‟«»]/g;
const normalised = (text: string) => text.replace(QUOTE_MARKS, '').replace(/\s+/g, ' ').trim().toLowerCase();
const words = (text: string) => normalised(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Longest run of words the two share, in order and unbroken. */
function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  let best = 0;
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const word of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (word === b[j - 1]) {
        row[j] = previous[j - 1]! + 1;
        best = Math.max(best, row[j]!);
      }
    }
    previous = row;
  }
  return best;
}

/** Equal after normalising whitespace and quote marks, or one unbroken overlap of more than 80% of the longer one. */
export function quotesMatch(found: string, gold: string): boolean {
  if (normalised(found) === normalised(gold)) return true;
  const a = words(found);
  const b = words(gold);
  return a.length > 0 && b.length > 0 && longestCommonRun(a, b) > 0.8 * Math.max(a.length, b.length);
}

/** A speaker is right when it shares a word with a gold speaker. */
export function speakerMatches(found: string | null, golds: readonly string[]): boolean {
  if (!found) return false;
  const mine = new Set(words(found));
  return golds.some((gold) => words(gold).some((word) => mine.has(word)));
}

interface Scored {
  found: number;
  matched: number;
  withGoldSpeaker: number;
  speakerRight: number;
}

/** Matches the quotes found in one article against its gold quotes, each gold quote used once. */
function score(found: readonly Quote[], golds: readonly GoldQuote[], into: Scored): void {
  const unused = new Set(golds.map((_, i) => i));
  for (const quote of found) {
    into.found++;
    const index = [...unused].find((i) => quotesMatch(quote.quote, golds[i]!.quote));
    if (index === undefined) continue;
    unused.delete(index);
    into.matched++;
    const speakers = golds[index]!.speakers.filter(Boolean);
    if (speakers.length === 0) continue;
    into.withGoldSpeaker++;
    if (speakerMatches(quote.speaker, speakers)) into.speakerRight++;
  }
}

function precisionRecallF1({ found, matched }: Scored, gold: number): string {
  const precision = found === 0 ? 0 : matched / found;
  const recall = gold === 0 ? 0 : matched / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return `precision ${precision.toFixed(3)}  recall ${recall.toFixed(3)}  F1 ${f1.toFixed(3)}`;
}

const noneScored = (): Scored => ({ found: 0, matched: 0, withGoldSpeaker: 0, speakerRight: 0 });

/**
 * Precision, recall and F1 of the quotes found, speaker accuracy on matched quotes, quotes not
 * verbatim, and roles filled. The headline figures are those of the sources: Newsdesk lists the
 * members of the public (residents, traders, relatives) apart, and corpora of attributed quotes
 * such as PFSA-ID tag the sources only; the figures counting them too are printed beside.
 */
export async function evaluateQuotes(rows: ReadonlyArray<Record<string, unknown>>): Promise<string[]> {
  const engine = new OfflineEngine();
  let gold = 0;
  let notVerbatim = 0;
  let withRole = 0;
  const sources = noneScored();
  const everyQuote = noneScored();
  for (const row of rows) {
    const text = String(row.text);
    const golds = row.quotes as GoldQuote[];
    const quotes = (await engine.quotes(articleFor(text))).value.quotes;
    const article = normalised(text);
    gold += golds.length;
    for (const quote of quotes) {
      if (quote.role) withRole++;
      if (!article.includes(normalised(quote.quote))) notVerbatim++;
    }
    // The sources as the journalist sees them: grouped by speaker, a group's role telling its members of the public.
    score(groupBySpeaker(quotes).filter((group) => !group.memberOfPublic).flatMap((group) => group.quotes), golds, sources);
    score(quotes, golds, everyQuote);
  }
  return [
    `articles: ${rows.length}, gold quotes: ${gold}, quotes found: ${everyQuote.found} (${everyQuote.found - sources.found} of them from members of the public, listed apart)`,
    `sources: ${precisionRecallF1(sources, gold)}`,
    `counting the members of the public too: ${precisionRecallF1(everyQuote, gold)}`,
    `speaker accuracy (matched quotes with a named gold speaker): ${share(sources.speakerRight, sources.withGoldSpeaker)}`,
    `quotes not verbatim in the article: ${notVerbatim}`,
    `quotes with a role: ${share(withRole, everyQuote.found)}`,
  ];
}
