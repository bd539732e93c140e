import type { Paraphrase, Quote, QuoteList } from '../engines/schemas.js';
import type { ThreadStore } from '../store/threads.js';
import type { Article } from '../article/article-types.js';
import { addUsage, type Engine, type EngineLabel, type Usage } from '../engines/engine.js';
import { ungroundedTerms } from '../checks/grounding.js';
import { sameSpeaker } from '../checks/names.js';
import { isMemberOfPublic } from './members-of-public.js';
import { locateQuote, verifyQuotes } from './verify.js';

/** One speaker's quotes, in article order. */
export interface SpeakerQuotes {
  /** The fullest form of the name the quotes give; null when the article does not say who spoke. */
  speaker: string | null;
  role: string | null;
  /** A resident, trader, driver or relative rather than a source with a public role (see isMemberOfPublic). */
  memberOfPublic: boolean;
  quotes: Quote[];
}

export interface QuotesOutcome {
  /** Verified quotes grouped by speaker: the sources' groups, then the members of the public's, each in order of their first quote. */
  groups: SpeakerQuotes[];
  /** Indirect speech: shown apart, never in quote marks. */
  paraphrases: Paraphrase[];
  /** The model's quotes not found word for word in the article (or credited to a speaker it never names), after the recheck. */
  withheld: number;
  /** The speaker asked for, as the journalist typed it. */
  speaker?: string;
  engine: EngineLabel;
  usage: Usage;
  /** True when the stored quotes were reused and no model was asked. */
  cached: boolean;
}

/** What is stored per article and engine: every verified quote, in article order, before any speaker filter. */
interface VerifiedQuotes {
  quotes: Quote[];
  paraphrases: Paraphrase[];
  withheld: number;
  engine: EngineLabel;
  usage: Usage;
}

/**
 * The article's quotes, each verbatim with its speaker, or not shown at all. Quotes that fail
 * verification get one recheck by the model; those still failing are withheld and counted.
 * The verified list of an article and engine is stored and reused; fallback answers are not
 * stored, so the next request tries the model again.
 */
export async function findQuotes(
  /** `offline` is the rule-based finder whose quotes fill in what the model missed. */
  deps: { engine: Engine; offline: Engine; threads: ThreadStore },
  teamId: string,
  article: Article,
  options: { speaker?: string } = {},
): Promise<QuotesOutcome> {
  const variant = `quotes:${deps.engine.label.kind}:${deps.engine.label.model ?? ''}`;
  const stored = await deps.threads.getResult<VerifiedQuotes>(teamId, article.id, variant);
  const verified = stored ?? (await verifiedQuotes(deps.engine, deps.offline, article));
  if (!stored && !verified.engine.fallbackReason) await deps.threads.saveResult(teamId, article.id, variant, verified);
  return forSpeaker(verified, options.speaker?.trim() || undefined, stored !== undefined);
}

async function verifiedQuotes(engine: Engine, offline: Engine, article: Article): Promise<VerifiedQuotes> {
  const first = await engine.quotes(article);
  const check = quoteChecker(article);
  const checked = check(first.value);
  let usage = first.usage;
  let quotes = checked.quotes;
  let withheld = checked.withheld.length;

  if (withheld > 0 && first.engine.kind === 'llm') {
    const recheck = await engine.quotes(article, { recheck: checked.withheld });
    usage = addUsage(usage, recheck.usage);
    // A recheck the offline engine answered (the model failed) corrects nothing the model said.
    if (!recheck.engine.fallbackReason) {
      const recovered = check(recheck.value).quotes.filter((q) => !quotes.some((kept) => samePassage(article, q, kept)));
      quotes = [...quotes, ...recovered];
      withheld = Math.max(0, withheld - recovered.length);
    }
  }

  if (first.engine.kind === 'llm') {
    // Passages the model credited to someone, even wrongly, are its call: the rules only fill in what it missed.
    const claimed = [...quotes, ...checked.withheld.flatMap((q) => located(article, q) ?? [])];
    const missed = check((await offline.quotes(article)).value).quotes.filter(
      (candidate) => !claimed.some((q) => samePassage(article, candidate, q)),
    );
    quotes = [...quotes, ...missed];
  }

  return {
    quotes: inArticleOrder(article, quotes),
    paraphrases: checked.paraphrases,
    withheld,
    engine: first.engine,
    usage,
  };
}

/**
 * verifyQuotes, with the whole speaker name held to the article too ("Vladimir Trump" is not
 * "Vladimir Putin") and a role naming what the article does not dropped. Indirect speech is not
 * verbatim, so it is held to the rule for any prose: names and numbers from the article.
 */
function quoteChecker(article: Article): (list: QuoteList) => ReturnType<typeof verifyQuotes> {
  // Speakers and roles repeat across the model's list, its recheck and the rules' list: each is looked up once.
  const known = new Map<string, boolean>();
  const grounded = (text: string) => {
    if (!known.has(text)) known.set(text, ungroundedTerms(article, text).length === 0);
    return known.get(text)!;
  };
  const speakerGrounded = (quote: Quote) => quote.speaker === null || grounded(quote.speaker);
  return (list) => {
    const verified = verifyQuotes(article, list);
    return {
      quotes: verified.quotes.filter(speakerGrounded).map((q) => (q.role !== null && !grounded(q.role) ? { ...q, role: null } : q)),
      withheld: [...verified.withheld, ...verified.quotes.filter((q) => !speakerGrounded(q))],
      paraphrases: verified.paraphrases.filter((p) => grounded(p.speaker) && grounded(p.statement)),
    };
  };
}

function forSpeaker(verified: VerifiedQuotes, speaker: string | undefined, cached: boolean): QuotesOutcome {
  const bySpeaker = (name: string | null) => speaker === undefined || (name !== null && sameSpeaker(name, speaker));
  return {
    groups: groupBySpeaker(verified.quotes.filter((q) => bySpeaker(q.speaker))),
    paraphrases: verified.paraphrases.filter((p) => bySpeaker(p.speaker)),
    withheld: verified.withheld,
    ...(speaker ? { speaker } : {}),
    engine: verified.engine,
    usage: verified.usage,
    cached,
  };
}

/**
 * "Putin", "Vladimir Putin" and "Presiden Rusia Vladimir Putin" are one group, named by the fullest
 * form. The sources come first and the members of the public after them, as a newsroom lists them.
 */
export function groupBySpeaker(quotes: readonly Quote[]): SpeakerQuotes[] {
  const groups: SpeakerQuotes[] = [];
  for (const quote of quotes) {
    const group = groups.find((g) =>
      g.speaker === null || quote.speaker === null ? g.speaker === quote.speaker : sameSpeaker(g.speaker, quote.speaker),
    );
    if (!group) {
      groups.push({ speaker: quote.speaker, role: quote.role, memberOfPublic: false, quotes: [quote] });
      continue;
    }
    group.quotes.push(quote);
    if (quote.speaker !== null && quote.speaker.length > group.speaker!.length) group.speaker = quote.speaker;
    group.role ??= quote.role;
  }
  for (const group of groups) group.memberOfPublic = isMemberOfPublic(group.role);
  return [...groups.filter((g) => !g.memberOfPublic), ...groups.filter((g) => g.memberOfPublic)];
}

interface Passage {
  paragraph: number;
  start: number;
  end: number;
}

/** Where a verified quote (whose text is the article's own) stands: paragraph index and offsets. */
function passage(article: Article, quote: Pick<Quote, 'quote' | 'paragraph'>): Passage {
  const paragraph = article.paragraphs.findIndex((p) => p.id === quote.paragraph);
  const start = article.paragraphs[paragraph]?.text.indexOf(quote.quote) ?? -1;
  return { paragraph, start, end: start + quote.quote.length };
}

function samePassage(article: Article, a: Pick<Quote, 'quote' | 'paragraph'>, b: Pick<Quote, 'quote' | 'paragraph'>): boolean {
  const [x, y] = [passage(article, a), passage(article, b)];
  return x.paragraph === y.paragraph && x.start < y.end && y.start < x.end;
}

/** A withheld quote's text where it does stand in the article (its speaker was the problem). */
function located(article: Article, quote: Quote): Pick<Quote, 'quote' | 'paragraph'> | undefined {
  const location = locateQuote(article, quote.quote);
  return location && { quote: location.exact, paragraph: location.paragraphId };
}

function inArticleOrder(article: Article, quotes: readonly Quote[]): Quote[] {
  const order = (q: Quote) => passage(article, q);
  return [...quotes].sort((a, b) => order(a).paragraph - order(b).paragraph || order(a).start - order(b).start);
}
