import type { types } from '@slack/bolt';
import type { Paraphrase, Quote } from '../engines/schemas.js';
import type { Article } from '../article/article-types.js';
import type { QuotesOutcome, SpeakerQuotes } from './quotes.js';
import { withheldLine } from './verify.js';
import { articleLine, askedLine, BLOCKS_PER_MESSAGE, contextBlock, engineLine, type Asker, headerBlock, sections, type SlackMessage } from '../slack/blocks.js';
import { escapeMrkdwn, notificationText } from '../slack/mrkdwn.js';
import { answeredWith } from '../trust/answered-with.js';
import { reviewActions } from '../trust/slack-blocks.js';

type KnownBlock = types.KnownBlock;

const MEMBERS_OF_PUBLIC_LINE = '*Also quoted: members of the public* (residents, traders, passengers, relatives; not sources with a public role)';

/**
 * The quotes as Slack messages: grouped by speaker in article order, the sources first and the
 * members of the public after them, each quote with its paragraph id; paraphrases apart and never in quote marks; the withheld count when the model's quotes
 * failed. A long list goes out as several messages, never cut.
 */
export function quotesMessages(article: Article, outcome: QuotesOutcome, asker?: Asker): SlackMessage[] {
  const title = outcome.speaker ? `Quotes from ${outcome.speaker}` : 'Quotes';
  const translated = article.language !== 'en';
  const blocks: KnownBlock[] = [headerBlock(`${title}: ${article.headline}`)];
  if (outcome.groups.length === 0) blocks.push(...sections(escapeMrkdwn(noQuotesLine(outcome))));
  for (const [i, group] of outcome.groups.entries()) {
    // The members of the public come after the sources, under a line of their own (none when no source is listed).
    if (group.memberOfPublic && i > 0 && !outcome.groups[i - 1]!.memberOfPublic) blocks.push(...sections(MEMBERS_OF_PUBLIC_LINE));
    blocks.push(...sections(groupText(group, translated)));
  }
  if (outcome.paraphrases.length > 0) blocks.push(...sections(paraphrasesText(outcome.paraphrases)));
  if (outcome.withheld > 0) blocks.push(contextBlock(`:no_entry_sign: ${escapeMrkdwn(withheldLine(outcome.withheld))}`));
  blocks.push(contextBlock(askedLine(asker), engineLine(outcome.engine, outcome.usage, outcome.cached), articleLine(article)));
  blocks.push(reviewActions(answeredWith('quotes', article.id, outcome.engine)));

  const parts: KnownBlock[][] = [];
  for (let i = 0; i < blocks.length; i += BLOCKS_PER_MESSAGE) parts.push(blocks.slice(i, i + BLOCKS_PER_MESSAGE));
  const count = outcome.groups.reduce((sum, group) => sum + group.quotes.length, 0);
  const summary = `${title} (${count} ${count === 1 ? 'quote' : 'quotes'}): ${article.headline}`;
  return parts.map((part, i) => ({
    text: notificationText(parts.length === 1 ? summary : `${summary} (part ${i + 1} of ${parts.length})`),
    blocks: part,
  }));
}

function noQuotesLine(outcome: QuotesOutcome): string {
  if (!outcome.speaker) return 'The article has no direct quotes that Newsdesk could verify.';
  const paraphrased = outcome.paraphrases.length > 0 ? ' What the article reports them saying is below, as paraphrase.' : '';
  return `No direct quotes from ${outcome.speaker} in this article.${paraphrased}`;
}

function groupText(group: SpeakerQuotes, translated: boolean): string {
  const name = group.speaker === null ? '*Speaker not named in the article*' : `*${escapeMrkdwn(group.speaker)}*`;
  const role = group.role ? ` · ${escapeMrkdwn(group.role)}` : '';
  return [`${name}${role}`, ...group.quotes.map((quote) => quoteText(quote, translated))].join('\n');
}

function quoteText(quote: Quote, translated: boolean): string {
  const partial = quote.kind === 'partial' ? ' · partial quote' : '';
  const lines = [`>“${escapeMrkdwn(quote.quote)}”  _${quote.paragraph}${partial}_`];
  // A rendering is the model's words, not the speaker's: marked as such and never in quote marks.
  if (translated && quote.translation) lines.push(`>_Translation:_ ${escapeMrkdwn(quote.translation)}`);
  return lines.join('\n');
}

function paraphrasesText(paraphrases: readonly Paraphrase[]): string {
  const lines = paraphrases.map((p) => `• *${escapeMrkdwn(p.speaker)}*: ${escapeMrkdwn(p.statement)}  _${p.paragraph}_`);
  return ['*Reported speech* (the article paraphrases; not quotes)', ...lines].join('\n');
}
