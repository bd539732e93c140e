/**
 * Slack's three control characters in mrkdwn; everything else is shown as typed. Every text from
 * an article or a model goes through it, in blocks, a message's `text` and streamed markdown alike:
 * otherwise `<!channel>`, `<@U…>` or `<http://evil.example|click>` in an article would reach Slack live.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Slack refuses a message whose top-level text is longer. */
const MESSAGE_TEXT_LIMIT = 40_000;

/**
 * A message's top-level text (the notification, and what clients without blocks show) made of
 * article or model words: inert, and shortened to Slack's limit, since the blocks carry it all.
 */
export function notificationText(text: string): string {
  const inert = escapeMrkdwn(text);
  if (inert.length <= MESSAGE_TEXT_LIMIT) return inert;
  // Cut before a partial entity (&amp;), so the shortened text still reads as written.
  return `${inert.slice(0, MESSAGE_TEXT_LIMIT - 1).replace(/&[a-z]*$/, '')}…`;
}

/**
 * Splits text into pieces of at most `limit` characters, at paragraph breaks where it can,
 * then at line breaks, then at sentence ends, then at spaces: never cuts text away.
 */
export function splitText(text: string, limit: number): string[] {
  if (text.length <= limit) return [text];
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const window = rest.slice(0, limit + 1);
    const cut = [/\n\n(?=[^\n]*$)/, /\n(?=[^\n]*$)/, /[.!?]["”’)]?\s(?=[^.!?]*$)/, /\s(?=\S*$)/]
      .map((boundary) => boundary.exec(window))
      .map((match) => (match ? match.index + match[0].length : -1))
      .find((index) => index > limit / 2);
    const at = cut ?? limit;
    pieces.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  if (rest) pieces.push(rest);
  return pieces;
}
