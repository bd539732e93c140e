import type { WebClient } from '@slack/web-api';
import type { Services } from '../services.js';
import { EventClaims } from '../store/dedupe.js';
import { escapeMrkdwn } from '../slack/mrkdwn.js';
import { sections, type SlackMessage } from '../slack/blocks.js';
import { engineName } from './answered-with.js';
import { FEEDBACK_REASONS, isFeedbackReason, type RatingEvent } from './feedback.js';
import { digestDay, thumbsDown } from './feedback-digest.js';

/** How often a process looks whether yesterday's digest is due; the store makes sure it goes out once. */
const CHECK_EVERY_MS = 60 * 60 * 1000;

type DigestServices = Pick<Services, 'kv' | 'reviews' | 'logger' | 'installations'>;

/**
 * FEEDBACK_DIGEST=daily: once a day, the admin channel gets the previous UTC day's 👎, with their
 * reasons, comments and links. Every process checks hourly (and at start); a claim in the store
 * lets exactly one of them post each workspace's digest. Returns the function that stops it.
 */
export function scheduleFeedbackDigest(client: WebClient, services: DigestServices, adminChannelId: string): () => void {
  const run = () =>
    void postDueDigests(client, services, adminChannelId).catch((error: unknown) => services.logger.error('could not post the feedback digest', error));
  const first = setTimeout(run, 0);
  const hourly = setInterval(run, CHECK_EVERY_MS);
  // A pending check must not keep a stopping process alive.
  first.unref();
  hourly.unref();
  return () => {
    clearTimeout(first);
    clearInterval(hourly);
  };
}

/** Posts each workspace's digest of the day before `now`, unless a process already has. */
export async function postDueDigests(client: WebClient, services: DigestServices, adminChannelId: string, now = new Date()): Promise<void> {
  const day = digestDay(now);
  const claims = new EventClaims(services.kv);
  for (const teamId of await services.reviews.teams()) {
    if (!(await claims.claim(teamId, `feedback-digest:${day}`))) continue;
    const down = thumbsDown(await services.reviews.eventsOn(teamId, [day]));
    if (down.length === 0) continue;
    // In OAuth mode each workspace has its own bot token; with one token, the client's own.
    const token = services.installations ? (await services.installations.fetchInstallation({ teamId, enterpriseId: undefined, isEnterpriseInstall: false })).bot?.token : undefined;
    const links = await Promise.all(down.map((rating) => permalink(client, token, rating)));
    const message = digestMessage(day, down, links);
    await client.chat.postMessage({ token, channel: adminChannelId, text: message.text, blocks: message.blocks, unfurl_links: false });
  }
}

async function permalink(client: WebClient, token: string | undefined, rating: RatingEvent): Promise<string | undefined> {
  try {
    return (await client.chat.getPermalink({ token, channel: rating.channelId, message_ts: rating.messageTs })).permalink;
  } catch {
    // A deleted message or a channel the bot left: the digest still names the channel.
    return undefined;
  }
}

export function digestMessage(day: string, down: readonly RatingEvent[], links: ReadonlyArray<string | undefined>): SlackMessage {
  const lines = down.map((rating, i) => {
    const what = links[i] ? `<${links[i]}|${rating.answer.kind}>` : `${rating.answer.kind} in <#${rating.channelId}>`;
    const reason = rating.reason && isFeedbackReason(rating.reason) ? FEEDBACK_REASONS[rating.reason].toLowerCase() : 'no reason given';
    const comment = rating.comment ? ` · “${escapeMrkdwn(rating.comment)}”` : '';
    return `• ${what} · ${escapeMrkdwn(engineName(rating.answer))} · ${reason} · <@${rating.userId}>${comment}`;
  });
  const title = `Newsdesk feedback for ${day} (UTC): ${down.length} 👎`;
  return { text: title, blocks: sections(`*${title}*\n${lines.join('\n')}`) };
}
