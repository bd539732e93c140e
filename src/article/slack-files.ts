import type { WebClient } from '@slack/web-api';
import { NewsroomError } from '../errors.js';
import { describeBytes } from './intake/byte-size.js';
import { assertReadableFile, MAX_FILE_BYTES } from './intake/file.js';

/** A file as Slack describes it on a message; one shared from elsewhere may carry little more than its id. */
export interface SlackFile {
  id: string;
  // A message event's file says null for a name or title it lacks.
  name?: string | null;
  title?: string | null;
  mimetype?: string;
  size?: number;
  url_private?: string;
  url_private_download?: string;
}

export interface DownloadedFile {
  name: string;
  mimetype?: string;
  bytes: Buffer;
}

export interface FileAccess {
  client: WebClient;
  botToken: string;
  /** The Web API base (SLACK_API_URL): files on its host are Slack's too (the emulator in tests). */
  apiUrl: string;
}

const DOWNLOAD_TIMEOUT_MS = 30_000;
const SLACK_FILE_HOST = 'files.slack.com';

/**
 * The bytes of a file shared in Slack, downloaded with the bot token. Its type and size are
 * checked from Slack's description before anything is downloaded.
 */
export async function downloadSlackFile(file: SlackFile, access: FileAccess): Promise<DownloadedFile> {
  const described = file.url_private_download || file.url_private ? file : await fileInfo(access.client, file.id);
  const name = described.name || described.title || described.id;
  assertReadableFile({ name, mimetype: described.mimetype, size: described.size ?? 0 });
  const url = slackFileUrl(described, access.apiUrl);
  const response = await fetch(url, {
    headers: { authorization: `Bearer ${access.botToken}` },
    signal: AbortSignal.timeout(DOWNLOAD_TIMEOUT_MS),
  });
  if (!response.ok) throw new NewsroomError(`Slack would not hand over ${name} (HTTP ${response.status}). Try again, or paste the article text.`);
  // Without access Slack answers with its sign-in page, not an error: that page is not the article.
  if (isHtml(response.headers.get('content-type')) && !isHtml(described.mimetype) && !/\.html?$/i.test(name)) {
    throw new NewsroomError(
      `Slack showed Newsdesk a sign-in page instead of ${name}. Check that the app has the files:read scope and can see the file, or paste the article text.`,
    );
  }
  return { name, mimetype: described.mimetype, bytes: await readCapped(response, name) };
}

async function fileInfo(client: WebClient, id: string): Promise<SlackFile> {
  const info = await client.files.info({ file: id });
  return info.file as SlackFile;
}

/** The bot token goes only to Slack's own file host, never to another address a payload might name. */
function slackFileUrl(file: SlackFile, apiUrl: string): URL {
  const url = new URL((file.url_private_download || file.url_private)!);
  const isSlack = (url.protocol === 'https:' && url.hostname === SLACK_FILE_HOST) || url.host === new URL(apiUrl).host;
  if (!isSlack) throw new NewsroomError(`${file.name ?? 'That file'} is not stored on Slack, so Newsdesk will not fetch it. Paste the article text instead.`);
  return url;
}

function isHtml(mediaType: string | null | undefined): boolean {
  return /^\s*text\/html\b/i.test(mediaType ?? '');
}

/** The body, refused as soon as it grows past MAX_FILE_BYTES whatever the description said. */
async function readCapped(response: Response, name: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response.body ?? []) {
    size += chunk.length;
    if (size > MAX_FILE_BYTES) {
      throw new NewsroomError(`${name} is larger than ${describeBytes(MAX_FILE_BYTES)}, more than Newsdesk reads. Send a smaller file or paste the article text.`);
    }
    chunks.push(Buffer.from(chunk));
  }
  return Buffer.concat(chunks);
}
