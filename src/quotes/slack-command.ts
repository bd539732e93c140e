/** What `/quotes [speaker] [text or URL]` asks for. */
export interface QuotesCommand {
  speaker?: string;
  /** The article text or link; empty for the channel's most recent article. */
  text: string;
}

const MAX_SPEAKER_WORDS = 4;
// Slack sends a link as typed, or as <url> or <url|label> when it escapes links.
const LINK = /^<?https?:\/\/[^\s>]+(?:\|[^>]*)?>?$/;

const words = (text: string) => text.split(/\s+/).filter(Boolean);
const isSpeaker = (text: string) => words(text).length >= 1 && words(text).length <= MAX_SPEAKER_WORDS && !LINK.test(text);

/**
 * Tells the speaker from the article. A speaker name and article text both are words, so:
 * text of 1-4 words alone is a speaker (for the channel's most recent article); before an
 * article, 1-4 words are a speaker only on a line of their own, or before a link; anything
 * else is the article.
 */
export function parseQuotesCommand(input: string): QuotesCommand {
  const text = input.trim();
  if (!text || LINK.test(text)) return { text };
  const firstLine = /^([^\n]*)\n([\s\S]+)$/.exec(text);
  if (firstLine && isSpeaker(firstLine[1]!.trim())) return { speaker: firstLine[1]!.trim(), text: firstLine[2]!.trim() };
  const beforeLink = /^(.+?)\s+(\S+)$/.exec(text);
  if (beforeLink && LINK.test(beforeLink[2]!) && isSpeaker(beforeLink[1]!)) return { speaker: beforeLink[1]!, text: beforeLink[2]! };
  if (isSpeaker(text)) return { speaker: text, text: '' };
  return { text };
}
