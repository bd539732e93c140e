/** What `/summarize [--fresh] [text or URL]` asks for. */
export interface SummarizeCommand {
  /** The article text or link; empty for the channel's most recent article. */
  text: string;
  /** Write the summary anew instead of reusing the stored one. */
  regenerate: boolean;
}

const FRESH = /^--fresh(?:\s+|$)/;

export function parseSummarizeCommand(input: string): SummarizeCommand {
  const text = input.trim();
  return FRESH.test(text) ? { text: text.replace(FRESH, ''), regenerate: true } : { text, regenerate: false };
}
