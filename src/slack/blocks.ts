import type { types } from '@slack/bolt';
import type { Article } from '../article/article-types.js';
import { describeEngine, disclosureOf, type EngineLabel, type Usage } from '../engines/engine.js';
import { escapeMrkdwn, notificationText, splitText } from './mrkdwn.js';

type KnownBlock = types.KnownBlock;

/** Block Kit limits we design around (https://api.slack.com/reference/block-kit/blocks). */
export const SECTION_TEXT_LIMIT = 3000;
const HEADER_TEXT_LIMIT = 150;
/** No headline runs longer; a page's <title> can, and is shown shortened rather than refused by Slack. */
const TITLE_LIMIT = 500;
const CONTEXT_TEXT_LIMIT = 2000;
/** Slack accepts 50 blocks per message; beyond that a reply goes out as several messages. */
export const BLOCKS_PER_MESSAGE = 50;

export interface SlackMessage {
  /** Inert (see notificationText): it may hold article or model words. */
  text: string;
  blocks: KnownBlock[];
}

/** Sections for mrkdwn text of any length: split at natural breaks, never cut. */
export function sections(mrkdwn: string): KnownBlock[] {
  return splitText(mrkdwn, SECTION_TEXT_LIMIT).map((text) => ({ type: 'section', text: { type: 'mrkdwn', text } }));
}

export function headerBlock(title: string): KnownBlock {
  // A header holds 150 characters of plain text; a longer title goes into a bold section instead.
  if (title.length <= HEADER_TEXT_LIMIT) return { type: 'header', text: { type: 'plain_text', text: title } };
  const shown = title.length > TITLE_LIMIT ? `${title.slice(0, TITLE_LIMIT - 1)}…` : title;
  return { type: 'section', text: { type: 'mrkdwn', text: `*${escapeMrkdwn(shown)}*` } };
}

export function contextBlock(...lines: string[]): KnownBlock {
  return {
    type: 'context',
    elements: lines.filter(Boolean).map((line) => ({ type: 'mrkdwn', text: line.slice(0, CONTEXT_TEXT_LIMIT) })),
  };
}

/** Slack shows at most 10 elements in a context block. */
const CONTEXT_ELEMENTS = 10;

/**
 * Check notes (":warning: …"), ten to a context block: one block each let a translation with
 * dozens of notes pass Slack's 50 blocks a message, and Slack refused the reply. Every note shows.
 */
export function noteBlocks(notes: readonly string[]): KnownBlock[] {
  const lines = notes.map((note) => `:warning: ${escapeMrkdwn(note)}`);
  const blocks: KnownBlock[] = [];
  for (let i = 0; i < lines.length; i += CONTEXT_ELEMENTS) blocks.push(contextBlock(...lines.slice(i, i + CONTEXT_ELEMENTS)));
  return blocks;
}

/** The line under every answer saying which engine answered and what it cost. */
export function engineLine(engine: EngineLabel, usage: Usage, cached = false): string {
  return escapeMrkdwn(describeEngine(engine, usage, cached));
}

/** The disclosure again, right where copy-ready text (a translation, headlines, a post) would be copied from. */
export function disclosureBlock(engine: EngineLabel): KnownBlock {
  return contextBlock(`:memo: ${escapeMrkdwn(disclosureOf(engine))}`);
}

/** Who asked for an answer, and how (`/quotes Blinken`, the Quotes button): named in the answer's context line. */
export interface Asker {
  userId: string;
  via: string;
}

/** "Asked by @journalist · `/quotes Blinken`": so an answer in a busy thread says which request it answers. */
export function askedLine(asker: Asker | undefined): string {
  if (!asker) return '';
  return `Asked by <@${asker.userId}> · \`${escapeMrkdwn(asker.via.replace(/`/g, "'"))}\``;
}

/** The channel message that opens a thread for an article given to a command other than /summarize. */
export function articleThreadMessage(article: Article, note: string): SlackMessage {
  return {
    text: notificationText(`${article.headline} (${note})`),
    blocks: [headerBlock(article.headline), { ...contextBlock(escapeMrkdwn(note), articleLine(article)), block_id: ARTICLE_THREAD_BLOCK_ID }],
  };
}

export function articleLine(article: Article): string {
  const origin = article.source.canonicalUrl ?? article.source.url ?? article.source.fileName;
  const parts = [`${article.paragraphs.length} paragraphs`, `language: ${article.language}`, `article ${article.id.slice(0, 8)}`];
  return escapeMrkdwn([origin, ...parts].filter(Boolean).join(' · '));
}

/**
 * Block ids that mark a message as no answer yet: a progress note, and the message that opens an
 * article's thread for the answer to come. A job given up at shutdown with only these out has not
 * answered (see job-replies.ts); its restart notice takes a progress note's place.
 */
export const PROGRESS_BLOCK_ID = 'newsdesk_progress';
export const ARTICLE_THREAD_BLOCK_ID = 'newsdesk_article_thread';

/** The line of a progress note (mrkdwn). */
export function progressBlock(mrkdwn: string): KnownBlock {
  return { ...contextBlock(`:hourglass_flowing_sand: ${mrkdwn}`), block_id: PROGRESS_BLOCK_ID };
}

/** A note that work is under way, posted where its answer will replace it. */
export function progressNote(text: string): SlackMessage {
  return { text, blocks: [progressBlock(escapeMrkdwn(text))] };
}

/** A plain message for errors and notices. */
export function noticeMessage(text: string): SlackMessage {
  return { text: notificationText(text), blocks: sections(escapeMrkdwn(text)) };
}
