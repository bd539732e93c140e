// Slack sends links as <https://example.com/a|label> or <https://example.com/a>, with &, < and > escaped.
const SLACK_LINK = /<(https?:\/\/[^|>\s]+)(?:\|[^>]*)?>/i;
// Text that did not come through Slack's formatter carries bare URLs.
const BARE_LINK = /\bhttps?:\/\/[^\s<>"]+/i;

const unescapeSlack = (url: string) => url.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The first http(s) link in a Slack message, without the punctuation that ends a sentence around it. */
export function findLink(slackText: string): string | undefined {
  const wrapped = SLACK_LINK.exec(slackText)?.[1];
  if (wrapped) return unescapeSlack(wrapped);
  const bare = BARE_LINK.exec(slackText)?.[0];
  return bare ? withoutClosingPunctuation(unescapeSlack(bare)) : undefined;
}

/** "(see https://x.example/a)." ends the link before ")."; a link's own "(…)" stays. */
function withoutClosingPunctuation(url: string): string {
  const trimmed = url.replace(/[.,;:!?]+$/, '');
  return trimmed.endsWith(')') && !trimmed.includes('(') ? withoutClosingPunctuation(trimmed.slice(0, -1)) : trimmed;
}
