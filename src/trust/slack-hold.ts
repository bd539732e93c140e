import type { WebClient } from '@slack/web-api';
import type { HeldDrafts } from '../store/held-drafts.js';
import type { SlackMessage } from '../slack/blocks.js';

/** Copy-ready text held back until someone signs it off, kept under the message that stands in for it. */
export interface HeldDraft {
  /** The thread the text goes to once signed off. */
  threadTs: string;
  /** Posted once signed off: the first replaces the stand-in, the rest follow in the thread. */
  messages: SlackMessage[];
  /** A text too long for a few messages, uploaded to the thread once signed off. */
  file?: { filename: string; title: string; content: string };
  /** What "Show unchecked draft" shows the person who asks. */
  preview: SlackMessage[];
}

export type HeldDraftStore = HeldDrafts<HeldDraft>;

/**
 * Posts the stand-in for a held draft (or turns the progress message into it) and keeps the draft
 * under it, so that a sign-off there can put the text in the thread.
 */
export async function holdForSignOff(
  client: WebClient,
  drafts: HeldDraftStore,
  where: { teamId: string; channelId: string; threadTs: string },
  standIn: SlackMessage,
  draft: Omit<HeldDraft, 'threadTs'>,
  replaceTs?: string,
): Promise<string> {
  const { channelId: channel, threadTs } = where;
  let ts = replaceTs;
  if (ts) await client.chat.update({ channel, ts, text: standIn.text, blocks: standIn.blocks });
  else ts = (await client.chat.postMessage({ channel, thread_ts: threadTs, text: standIn.text, blocks: standIn.blocks, unfurl_links: false })).ts!;
  await drafts.hold({ teamId: where.teamId, channelId: channel, ts }, { ...draft, threadTs });
  return ts;
}
