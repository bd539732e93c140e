import type { types } from '@slack/bolt';
import type { AnswerOutcome } from './ask.js';
import type { RewriteOutcome } from './rewrite.js';
import { SOCIAL_POST_LIMIT } from '../engines/schemas.js';
import { contextBlock, engineLine } from '../slack/blocks.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';

/** A reply in an article's thread: a plain-text body of any length, then footer blocks. */
export interface ThreadReply {
  /** The notification text. */
  text: string;
  body: string;
  footer: types.KnownBlock[];
}

/** An answer, with its flags and sources under it. */
export function answerReply(outcome: AnswerOutcome): ThreadReply {
  const sources = outcome.citations.length ? `sources: ${outcome.citations.join(', ')}` : '';
  return {
    text: outcome.text,
    body: outcome.text,
    footer: [...groundingNotes(outcome.ungrounded), contextBlock(engineLine(outcome.engine, outcome.usage), sources)],
  };
}

/** Headline options as a numbered list; a social post with its length against the limit. */
export function rewriteReply(outcome: RewriteOutcome): ThreadReply {
  const body =
    outcome.kind === 'headlines' ? outcome.lines.map((line, i) => `${i + 1}. ${line}`).join('\n') : outcome.lines.join('\n');
  const measure = outcome.kind === 'social-post' ? `${outcome.lines[0]!.length}/${SOCIAL_POST_LIMIT} characters` : '';
  return {
    text: outcome.kind === 'headlines' ? 'Headline options' : 'Social-media post',
    body,
    footer: [...groundingNotes(outcome.ungrounded), contextBlock(engineLine(outcome.engine, outcome.usage), measure)],
  };
}

/** Names and numbers the article does not contain are flagged, never passed off as fact. */
function groundingNotes(ungrounded: readonly string[]): types.KnownBlock[] {
  if (!ungrounded.length) return [];
  return [contextBlock(`:warning: Not found in the article, check before use: ${escapeMrkdwn(ungrounded.join(', '))}`)];
}
