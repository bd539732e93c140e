import type { types } from '@slack/bolt';
import type { Article } from '../article/article-types.js';
import { languageName } from '../article/language.js';
import type { TranslationOutcome } from './translate.js';
import { articleLine, askedLine, BLOCKS_PER_MESSAGE, contextBlock, disclosureBlock, engineLine, headerBlock, noteBlocks, progressBlock, sections, type Asker, type SlackMessage } from '../slack/blocks.js';
import { disclosureOf } from '../engines/engine.js';
import { escapeMrkdwn, notificationText } from '../slack/mrkdwn.js';
import { answeredWith } from '../trust/answered-with.js';
import { heldMessage, reviewActions } from '../trust/slack-blocks.js';

type KnownBlock = types.KnownBlock;

/**
 * Characters of text per message: well under Slack's 40,000 and short enough to read in a
 * thread. A translation that needs more than MAX_MESSAGES of them goes out as a file.
 */
export const MESSAGE_CHARS = 12_000;
export const MAX_MESSAGES = 4;

/** The one message a translation in progress keeps updating. */
export function translationProgressMessage(language: string, done: number, total: number): SlackMessage {
  const text = `Translating into ${languageName(language)}… ${done} of ${total} paragraphs`;
  return { text: notificationText(text), blocks: [progressBlock(escapeMrkdwn(text))] };
}

/**
 * The translation as Slack messages: the translated headline, then one section per paragraph
 * (a paragraph Newsdesk flags is marked with its id), then the notes and the engine line.
 * Split at paragraph boundaries into messages within Slack's limits; never cut.
 */
export function translationMessages(article: Article, outcome: TranslationOutcome, asker?: Asker): SlackMessage[] {
  const flagged = flaggedParagraphs(outcome);
  const paragraphBlocks = outcome.translation.paragraphs.map((paragraph) => {
    const mark = outcome.untranslated.includes(paragraph.id)
      ? `:warning: _${paragraph.id}, not translated: the original text_\n`
      : flagged.has(paragraph.id)
        ? `:warning: _${paragraph.id}_ `
        : '';
    return sections(`${mark}${escapeMrkdwn(paragraph.text)}`);
  });
  const footer = translationFooter(article, outcome, { asker });

  const parts: KnownBlock[][] = [[headerBlock(outcome.translation.headline), disclosureBlock(outcome.engine)]];
  for (const blocks of [...paragraphBlocks, footer]) {
    const current = parts.at(-1)!;
    if (current.length > 0 && (current.length + blocks.length > BLOCKS_PER_MESSAGE || charsOf([...current, ...blocks]) > MESSAGE_CHARS)) {
      parts.push([]);
    }
    parts.at(-1)!.push(...blocks);
  }
  const title = `${outcome.translation.headline} (${languageName(outcome.language)} translation)`;
  return parts.map((blocks, i) => ({
    text: notificationText(parts.length === 1 ? title : `${title}, part ${i + 1} of ${parts.length}`),
    blocks,
  }));
}

/** What replaces the progress message when the translation goes out as a file. */
export function translationFileMessage(article: Article, outcome: TranslationOutcome, asker?: Asker): SlackMessage {
  const text = `The ${languageName(outcome.language)} translation is ${outcome.translation.paragraphs.length} paragraphs long, too long for a few Slack messages, so it is attached below as a Markdown file.`;
  return {
    text: notificationText(`${outcome.translation.headline} (${languageName(outcome.language)} translation, attached as a file)`),
    blocks: [headerBlock(outcome.translation.headline), disclosureBlock(outcome.engine), ...sections(escapeMrkdwn(text)), ...translationFooter(article, outcome, { asker })],
  };
}

/** The whole translation as a Markdown document, for the file upload. */
export function translationMarkdown(article: Article, outcome: TranslationOutcome): string {
  const flagged = flaggedParagraphs(outcome);
  const paragraphs = outcome.translation.paragraphs.map((paragraph) =>
    outcome.untranslated.includes(paragraph.id)
      ? `> **${paragraph.id}, not translated: the original text**\n>\n> ${paragraph.text}`
      : flagged.has(paragraph.id)
        ? `**${paragraph.id}** (flagged below) ${paragraph.text}`
        : paragraph.text,
  );
  const notes = outcome.notes.length ? ['## Check before use', ...outcome.notes.map((note) => `- ${note}`)] : [];
  return [
    `# ${outcome.translation.headline}`,
    `_${disclosureOf(outcome.engine)}_`,
    ...paragraphs,
    ...notes,
    '---',
    `${languageName(outcome.language)} translation of “${article.headline}” (${languageName(article.language)}), ${sourceLine(article)}`,
  ].join('\n\n') + '\n';
}

/** What stands in the thread for a translation held until someone checks it. */
export function heldTranslationMessage(article: Article, outcome: TranslationOutcome, asker?: Asker): SlackMessage {
  const title = `${outcome.translation.headline} (${languageName(outcome.language)} translation)`;
  return heldMessage('translation', title, outcome.engine, translationFooter(article, outcome, { held: true, asker }));
}

function translationFooter(article: Article, outcome: TranslationOutcome, review: { held?: boolean; asker?: Asker } = {}): KnownBlock[] {
  const direction = `Translated from ${languageName(article.language)} into ${languageName(outcome.language)}, paragraph by paragraph`;
  return [
    ...noteBlocks(outcome.notes),
    contextBlock(askedLine(review.asker), engineLine(outcome.engine, outcome.usage, outcome.cached), escapeMrkdwn(direction), articleLine(article)),
    reviewActions(answeredWith('translation', article.id, outcome.engine), review),
  ];
}

/** Paragraphs a note names, so the editor can find them. */
function flaggedParagraphs(outcome: TranslationOutcome): Set<string> {
  return new Set(outcome.notes.flatMap((note) => note.match(/\bP\d+\b/g) ?? []));
}

function sourceLine(article: Article): string {
  const origin = article.source.canonicalUrl ?? article.source.url ?? article.source.fileName;
  return [origin, `${article.paragraphs.length} paragraphs`, `article ${article.id.slice(0, 8)}`].filter(Boolean).join(', ');
}

function charsOf(blocks: readonly KnownBlock[]): number {
  return JSON.stringify(blocks).length;
}
