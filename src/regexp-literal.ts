/** The text as a regular expression matches it literally: its special characters escaped. */
export function regExpLiteral(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
