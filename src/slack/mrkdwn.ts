/** Slack's three control characters in mrkdwn; everything else is shown as typed. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
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
