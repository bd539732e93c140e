/**
 * The prose of a Markdown file: heading marks, quote marks, list bullets, emphasis, links and
 * images removed, text kept. Fenced code blocks lose their fences only, so code in an
 * article file is seen for what it is.
 */
export function markdownText(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !/^\s*(```|~~~|([-*_])\s*\2\s*\2[\s\-*_]*$)/.test(line))
    .map((line) =>
      line
        .replace(/^\s{0,3}#{1,6}\s+/, '')
        .replace(/\s+#+\s*$/, '')
        .replace(/^\s*(>\s?)+/, '')
        .replace(/^\s*([-*+]|\d+[.)])\s+/, ''),
    )
    .join('\n')
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1')
    .replace(/\*(\S(?:.*?\S)?)\*/g, '$1')
    // Underscores inside a word (snake_case) are not emphasis.
    .replace(/(^|\W)__(\S(?:.*?\S)?)__(?!\w)/g, '$1$2')
    .replace(/(^|\W)_(\S(?:.*?\S)?)_(?!\w)/g, '$1$2');
}
