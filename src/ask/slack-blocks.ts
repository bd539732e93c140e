import type { types } from '@slack/bolt';
import type { AnswerOutcome } from './ask.js';
import type { RewriteOutcome } from './rewrite.js';
import { SOCIAL_POST_LIMIT } from '../engines/schemas.js';
import { contextBlock, disclosureBlock, engineLine, sections, type SlackMessage } from '../slack/blocks.js';
import { escapeMrkdwn, notificationText } from '../slack/mrkdwn.js';
import { answeredWith } from '../trust/answered-with.js';
import { heldMessage, reviewActions } from '../trust/slack-blocks.js';

/** A reply in an article's thread: a plain-text body of any length, then footer blocks. */
export interface ThreadReply {
  /** The notification text. */
  text: string;
  body: string;
  /** Blocks above the body: the disclosure over copy-ready text. */
  lead: types.KnownBlock[];
  footer: types.KnownBlock[];
}

/** An answer, with its flags and sources under it. */
export function answerReply(outcome: AnswerOutcome, articleId: string): ThreadReply {
  const sources = outcome.citations.length ? `sources: ${outcome.citations.join(', ')}` : '';
  return {
    text: outcome.text,
    body: outcome.text,
    lead: [],
    footer: [
      ...groundingNotes(outcome.ungrounded),
      contextBlock(engineLine(outcome.engine, outcome.usage), sources),
      reviewActions(answeredWith('answer', articleId, outcome.engine)),
    ],
  };
}

/** Headline options as a numbered list; a social post with its length against the limit. */
export function rewriteReply(outcome: RewriteOutcome, articleId: string): ThreadReply {
  const body =
    outcome.kind === 'headlines' ? outcome.lines.map((line, i) => `${i + 1}. ${line}`).join('\n') : outcome.lines.join('\n');
  const measure = outcome.kind === 'social-post' ? `${outcome.lines[0]!.length}/${SOCIAL_POST_LIMIT} characters` : '';
  return {
    text: outcome.kind === 'headlines' ? 'Headline options' : 'Social-media post',
    body,
    lead: [disclosureBlock(outcome.engine)],
    footer: [
      ...groundingNotes(outcome.ungrounded),
      contextBlock(engineLine(outcome.engine, outcome.usage), measure),
      reviewActions(answeredWith(rewriteKind(outcome), articleId, outcome.engine)),
    ],
  };
}

/** A reply short enough for one message, as that message. */
export function replyMessage(reply: ThreadReply): SlackMessage {
  return { text: notificationText(reply.text), blocks: [...reply.lead, ...sections(escapeMrkdwn(reply.body)), ...reply.footer] };
}

/** What stands in for headline options or a social post held back until someone checks them. */
export function heldRewriteMessage(outcome: RewriteOutcome, articleId: string): SlackMessage {
  const [what, title] = outcome.kind === 'headlines' ? ['headline list', 'Headline options'] : ['social-media post', 'Social-media post'];
  return heldMessage(what, title, outcome.engine, [
    contextBlock(engineLine(outcome.engine, outcome.usage)),
    reviewActions(answeredWith(rewriteKind(outcome), articleId, outcome.engine), { held: true }),
  ]);
}

export const rewriteKind = (outcome: RewriteOutcome) => (outcome.kind === 'headlines' ? 'headlines' : 'social post');

/** Names and numbers the article does not contain are flagged, never passed off as fact. */
function groundingNotes(ungrounded: readonly string[]): types.KnownBlock[] {
  if (!ungrounded.length) return [];
  return [contextBlock(`:warning: Not found in the article, check before use: ${escapeMrkdwn(ungrounded.join(', '))}`)];
}
