import { taskOf, type ChatRequest, type OpenAIEmulator } from './openai-emulator.js';
import { russiaArticle, russiaSummary } from './fixtures.js';
import type { RunningNewsdesk } from './newsdesk.js';
import { makeDocx, makePdf } from './documents.js';
import type { EmulatedFile, SlackCall } from './slack-emulator.js';
import { BOT_USER_ID } from './slack-emulator.js';
import { CHANNEL_ID, TEAM_ID, USER_ID } from './slack-requests.js';

/** What the emulated model answers, per task (the JSON schema's name); a function sees the request. */
export type Script = Record<string, unknown | ((request: ChatRequest) => unknown)>;

export function scriptModel(openai: OpenAIEmulator, script: Script): void {
  openai.respondWith((request) => {
    const answer = script[taskOf(request) ?? ''];
    if (answer === undefined) return { status: 500, message: `no scripted ${taskOf(request)}` };
    return { json: typeof answer === 'function' ? (answer as (r: ChatRequest) => unknown)(request) : answer };
  });
}

export const groundedAnswer = { answer: 'Rusia telah menempatkan lebih dari 100.000 tentara di dekat perbatasan Ukraina [P6].', found: true, citations: ['P6'] };

/**
 * /summarize of the Russia article, done: the summary posted and the progress note gone (its last
 * step, after the thread is kept). Resolves to the summary's ts, the thread the article lives in.
 */
export async function summarizeInChannel(nd: RunningNewsdesk, where: { teamId?: string; channelId?: string } = {}): Promise<string> {
  const channel = where.channelId ?? CHANNEL_ID;
  const before = nd.slack.callsTo('chat.postMessage').length;
  const { responseUrl } = await nd.send.command('/summarize', russiaArticle(), where);
  const post = await nd.slack.waitFor('chat.postMessage', () => nd.slack.callsTo('chat.postMessage').length > before);
  await nd.slack.waitFor('response_url', (call) => call.args.url === responseUrl && call.args.delete_original === true);
  return nd.slack.messages.find((m) => m.channel === channel && m.text === post.args.text && !m.thread_ts)!.ts;
}

export interface Sent {
  eventId: string;
  ts: string;
  response: Response;
}

/** "@Newsdesk …" as Slack delivers it: an app_mention event. */
export async function mention(
  nd: RunningNewsdesk,
  text: string,
  options: { threadTs?: string; channelId?: string; teamId?: string; eventId?: string; retryNum?: number; ts?: string } = {},
): Promise<Sent> {
  const eventId = options.eventId ?? `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`;
  const ts = options.ts ?? nd.slack.nextTs();
  const response = await nd.send.event(
    {
      type: 'app_mention',
      user: USER_ID,
      text: `<@${BOT_USER_ID}> ${text}`,
      channel: options.channelId ?? CHANNEL_ID,
      team: options.teamId ?? TEAM_ID,
      ts,
      ...(options.threadTs ? { thread_ts: options.threadTs } : {}),
    },
    { eventId, retryNum: options.retryNum, teamId: options.teamId },
  );
  return { eventId, ts, response };
}

/** A message event (a plain reply, a DM, an edit…) as Slack delivers it. */
export async function message(nd: RunningNewsdesk, event: Record<string, unknown>, options: { eventId?: string; teamId?: string } = {}): Promise<Sent> {
  const ts = (event.ts as string | undefined) ?? nd.slack.nextTs();
  const eventId = options.eventId ?? `Ev${Math.random().toString(36).slice(2, 12).toUpperCase()}`;
  const response = await nd.send.event({ type: 'message', user: USER_ID, channel: CHANNEL_ID, channel_type: 'channel', ...event, ts }, { eventId, teamId: options.teamId });
  return { eventId, ts, response };
}

export const RUSSIA_HEADLINE = 'Rusia Siap Lanjutkan Upaya Diplomasi Terkait Krisis Ukraina';

/** The Russia story as a PDF or DOCX put in the Slack emulator, described as a message event describes a shared file. */
export async function russiaFile(nd: RunningNewsdesk, kind: 'pdf' | 'docx'): Promise<Omit<EmulatedFile, 'bytes'>> {
  const paragraphs = [RUSSIA_HEADLINE, ...russiaArticle().split('\n').slice(0, 8)];
  const { bytes: _bytes, ...described } = nd.slack.addFile(
    kind === 'pdf'
      ? { name: 'rusia.pdf', mimetype: 'application/pdf', bytes: await makePdf(paragraphs) }
      : { name: 'rusia.docx', mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', bytes: await makeDocx(paragraphs) },
  );
  return described;
}

/** The next post in a thread after the `after` posts already there. */
export function replyIn(nd: RunningNewsdesk, threadTs: string, after = postsIn(nd, threadTs).length): Promise<SlackCall> {
  return nd.slack.waitFor('chat.postMessage', () => postsIn(nd, threadTs).length > after).then(() => postsIn(nd, threadTs)[after]!);
}

export function postsIn(nd: RunningNewsdesk, threadTs: string): SlackCall[] {
  return nd.slack.callsTo('chat.postMessage').filter((call) => call.args.thread_ts === threadTs);
}

export const textOf = (call: SlackCall) => JSON.stringify([call.args.text, call.args.blocks]);

export { russiaSummary };

/**
 * The info lines the app logs that match `pattern`, as they come: how a test sees that the app
 * dropped something (a redelivered event) without waiting for a reply that must never come.
 */
export function linesLogged(nd: RunningNewsdesk, pattern: RegExp): string[] {
  const lines: string[] = [];
  const logger = nd.services.logger;
  const info = logger.info.bind(logger);
  logger.info = (...message: unknown[]) => {
    const line = message.map(String).join(' ');
    if (pattern.test(line)) lines.push(line);
    info(...message);
  };
  return lines;
}
