import type { types } from '@slack/bolt';
import { z } from 'zod';
import type { AnsweredWith, SignOff } from '../store/reviews.js';
import { contextBlock, disclosureBlock, headerBlock, sections, type SlackMessage } from '../slack/blocks.js';
import type { EngineLabel } from '../engines/engine.js';
import { COMMENT_LIMIT, FEEDBACK_REASONS } from './feedback.js';
import { notificationText } from '../slack/mrkdwn.js';

type KnownBlock = types.KnownBlock;

export const SIGN_OFF_ACTION = 'review_sign_off';
export const RATE_UP_ACTION = 'review_rate_up';
export const RATE_DOWN_ACTION = 'review_rate_down';
export const SHOW_DRAFT_ACTION = 'review_show_draft';
export const FEEDBACK_VIEW = 'review_feedback';
const ACTIONS_BLOCK = 'review_actions';
const CHECKED_BLOCK = 'review_checked';

/** Request kinds a person signs off; a plain answer to a question is only rated. */
const SIGNED_OFF = new Set(['summary', 'quotes', 'translation', 'headlines', 'social post']);

export const AnsweredWithSchema = z.object({
  kind: z.string(),
  articleId: z.string(),
  engine: z.enum(['llm', 'offline']),
  model: z.string().optional(),
});

/** What a review button says its answer was made with; undefined for a value that is not one of ours. */
export function answerOfButton(value: string | undefined): AnsweredWith | undefined {
  try {
    const parsed = AnsweredWithSchema.safeParse(JSON.parse(value ?? ''));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The buttons under every answer: "Mark as checked" where a person signs the answer off, 👍 and 👎,
 * and "Show unchecked draft" while the text is held back. Each carries what the answer was made with.
 */
export function reviewActions(answer: AnsweredWith, options: { held?: boolean } = {}): KnownBlock {
  const value = JSON.stringify(answer);
  const button = (action_id: string, text: string, style?: 'primary') => ({
    type: 'button' as const,
    action_id,
    text: { type: 'plain_text' as const, text, emoji: true },
    value,
    ...(style && { style }),
  });
  return {
    type: 'actions',
    block_id: ACTIONS_BLOCK,
    elements: [
      ...(options.held ? [button(SHOW_DRAFT_ACTION, 'Show unchecked draft')] : []),
      ...(SIGNED_OFF.has(answer.kind) ? [button(SIGN_OFF_ACTION, 'Mark as checked', 'primary')] : []),
      button(RATE_UP_ACTION, '👍'),
      button(RATE_DOWN_ACTION, '👎'),
    ],
  };
}

export const hasReviewActions = (blocks: readonly KnownBlock[]) => blocks.some((block) => block.block_id === ACTIONS_BLOCK);

/** "Checked by @a at 14:05, @b at 14:07": Slack shows each time in the reader's own time zone. */
export function checkedLine(signOffs: readonly SignOff[]): string {
  const each = signOffs.map(({ userId, at }) => {
    const time = new Date(at);
    const utc = time.toISOString().slice(11, 16);
    return `<@${userId}> at <!date^${Math.floor(time.getTime() / 1000)}^{time}|${utc} UTC>`;
  });
  return `:white_check_mark: Checked by ${each.join(', ')}`;
}

/**
 * A message's blocks with its sign-offs: the "Checked by" line just above the buttons, replacing an
 * earlier one; the disclosure above stays as it was. A signed-off draft is no longer held.
 */
export function withSignOffs(blocks: readonly KnownBlock[], signOffs: readonly SignOff[]): KnownBlock[] {
  const checked: KnownBlock = { ...contextBlock(checkedLine(signOffs)), block_id: CHECKED_BLOCK };
  const kept = blocks
    .filter((block) => block.block_id !== CHECKED_BLOCK)
    .map((block) =>
      block.type === 'actions' && block.block_id === ACTIONS_BLOCK
        ? { ...block, elements: block.elements.filter((element) => !('action_id' in element && element.action_id === SHOW_DRAFT_ACTION)) }
        : block,
    );
  const actionsAt = kept.findIndex((block) => block.block_id === ACTIONS_BLOCK);
  const at = actionsAt < 0 ? kept.length : actionsAt;
  return [...kept.slice(0, at), checked, ...kept.slice(at)];
}

/** What stands in the thread for copy-ready text held back until someone checks it. */
export function heldMessage(what: string, title: string, engine: EngineLabel, footer: readonly KnownBlock[]): SlackMessage {
  const note =
    `This ${what} is held until someone checks it (the newsroom requires a sign-off). ` +
    '*Show unchecked draft* shows it to you alone; *Mark as checked* puts it here for everyone.';
  return {
    text: notificationText(`${title} (held until checked)`),
    blocks: [headerBlock(title), disclosureBlock(engine), ...sections(note), ...footer],
  };
}

/** The 👎 form: what is wrong, and a comment. Its metadata says which message it is about. */
export function feedbackView(privateMetadata: string): types.View {
  return {
    type: 'modal',
    callback_id: FEEDBACK_VIEW,
    private_metadata: privateMetadata,
    title: { type: 'plain_text', text: 'What is wrong?' },
    submit: { type: 'plain_text', text: 'Send' },
    close: { type: 'plain_text', text: 'Cancel' },
    blocks: [
      {
        type: 'input',
        block_id: 'reason',
        label: { type: 'plain_text', text: 'What is wrong with this answer?' },
        element: {
          type: 'radio_buttons',
          action_id: 'reason',
          options: Object.entries(FEEDBACK_REASONS).map(([value, text]) => ({ value, text: { type: 'plain_text', text } })),
        },
      },
      {
        type: 'input',
        block_id: 'comment',
        optional: true,
        label: { type: 'plain_text', text: 'Comment' },
        element: { type: 'plain_text_input', action_id: 'comment', multiline: true, max_length: COMMENT_LIMIT },
      },
    ],
  };
}
