import type { WebClient } from '@slack/web-api';
import { SECTION_TEXT_LIMIT, sections } from '../slack/blocks.js';
import { replyMessage, type ThreadReply } from './slack-blocks.js';
import { escapeMrkdwn, notificationText, splitText } from '../slack/mrkdwn.js';

/** Where a reply goes, and who asked: Slack streams to one recipient outside DMs. */
export interface ThreadTarget {
  channel: string;
  threadTs: string;
  teamId: string;
  userId: string;
}

/** Slack's limit for markdown_text in one streaming call: each streamed message stays within it. */
const STREAMED_MESSAGE_LIMIT = 12_000;
/** How much text each streaming step (or chat.update) adds. */
const STEP = 800;

/**
 * Posts a reply in a thread. A body that fits one section goes out as one message; a longer one
 * is streamed with the Web API's chat streaming, or, where Slack refuses to start a stream,
 * posted and then grown with chat.update in steps. Split across messages by Slack's limits, never cut.
 */
export async function postThreadReply(client: WebClient, target: ThreadTarget, reply: ThreadReply): Promise<void> {
  if (reply.body.length <= SECTION_TEXT_LIMIT) {
    const message = replyMessage(reply);
    await client.chat.postMessage({ channel: target.channel, thread_ts: target.threadTs, text: message.text, blocks: message.blocks, unfurl_links: false });
    return;
  }
  // A stream starts with text, so blocks that would go above the body close the last message instead.
  const parts = splitText(reply.body, STREAMED_MESSAGE_LIMIT);
  for (const [index, part] of parts.entries()) {
    const footer = index === parts.length - 1 ? [...reply.lead, ...reply.footer] : [];
    await streamMessage(client, target, { text: reply.text, body: part, lead: [], footer });
  }
}

async function streamMessage(client: WebClient, target: ThreadTarget, message: ThreadReply): Promise<void> {
  // Streamed markdown reads Slack's control sequences too: the model's words go inert, as in blocks.
  const [first, ...rest] = steps(escapeMrkdwn(message.body), STEP);
  let ts: string | undefined;
  try {
    ts = (
      await client.chat.startStream({
        channel: target.channel,
        thread_ts: target.threadTs,
        recipient_team_id: target.teamId,
        recipient_user_id: target.userId,
        markdown_text: first,
      })
    ).ts;
  } catch {
    // Nothing was shown yet, so posting instead cannot double the reply.
    return updateInSteps(client, target, message);
  }
  if (!ts) return updateInSteps(client, target, message);
  for (const step of rest) await client.chat.appendStream({ channel: target.channel, ts, markdown_text: step });
  await client.chat.stopStream({ channel: target.channel, ts, ...(message.footer.length ? { blocks: message.footer } : {}) });
}

/** Where streaming is not available: post the first section, then add one section per chat.update. */
async function updateInSteps(client: WebClient, target: ThreadTarget, { text, body, footer }: ThreadReply): Promise<void> {
  const bodyBlocks = sections(escapeMrkdwn(body));
  const posted = await client.chat.postMessage({
    channel: target.channel,
    thread_ts: target.threadTs,
    text: notificationText(text),
    blocks: bodyBlocks.slice(0, 1),
    unfurl_links: false,
  });
  for (let shown = 2; shown <= bodyBlocks.length + 1; shown++) {
    // The last step adds the footer to the whole body.
    const blocks = shown > bodyBlocks.length ? [...bodyBlocks, ...footer] : bodyBlocks.slice(0, shown);
    await client.chat.update({ channel: target.channel, ts: posted.ts!, text: notificationText(text), blocks });
  }
}

/** Pieces of at most `size` characters that join back to exactly `text`, cut after whitespace where there is some. */
export function steps(text: string, size: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > size) {
    const space = rest.lastIndexOf(' ', size - 1);
    const at = space > size / 2 ? space + 1 : size;
    pieces.push(rest.slice(0, at));
    rest = rest.slice(at);
  }
  pieces.push(rest);
  return pieces;
}
