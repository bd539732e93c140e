/** Every slash command of manifest.json, with what it does and an example a journalist can copy. */
export const COMMAND_HELP = [
  {
    command: '/summarize',
    usage: '[article text or link]',
    does: "a summary (headline, lede, key points) in the channel; alone, the channel's latest article",
    example: '/summarize https://www.example.com/news/port-strike',
  },
  {
    command: '/translate',
    usage: '[language] [article text or link]',
    does: 'a paragraph-by-paragraph translation, English unless you name a language',
    example: '/translate English https://www.example.com/berita/diplomasi',
  },
  {
    command: '/quotes',
    usage: '[speaker] [article text or link]',
    does: "the article's quotes, word for word, with who said them; with a name, that speaker's only",
    example: '/quotes Lavrov',
  },
  {
    command: '/newsdesk',
    usage: 'summarize|quotes|translate …',
    does: 'the same as `/summarize`, `/quotes` and `/translate`, for workspaces where those names are taken',
    example: '/newsdesk quotes Blinken',
  },
  {
    command: '/newsdesk',
    usage: 'usage [today|week|month]',
    does: "model calls, tokens and ratings: everyone's in the admin channel, yours elsewhere",
    example: '/newsdesk usage week',
  },
  {
    command: '/newsdesk',
    usage: 'export [from] [to]',
    does: 'in the admin channel, the audit trail as a CSV file',
    example: '/newsdesk export 2026-11-01 2026-11-30',
  },
  {
    command: '/newsdesk',
    usage: 'settings',
    does: "for admins, in a channel: that channel's settings",
    example: '/newsdesk settings',
  },
  {
    command: '/newsdesk',
    usage: 'help',
    does: 'this help',
    example: '/newsdesk help',
  },
] as const;

/*
 * Slack mrkdwn has no real lists: a bullet is a line starting with "•", and a line break inside it
 * starts a new paragraph. So each item, example included, is one line; a code block would also
 * break out of the bullet, so examples are inline code.
 */
const bullet = (text: string, example?: string) => `• ${text}${example ? `, e.g. \`${example}\`` : ''}`;

export function helpText(): string {
  return [
    '*Newsdesk commands*',
    ...COMMAND_HELP.map((c) => bullet(`\`${c.command} ${c.usage}\`: ${c.does}`, c.example)),
    '*Other ways in*',
    bullet('on any message with an article, a link or a file: ⋮ (More actions) → *Summarize with Newsdesk*; the summary goes to its thread'),
    bullet('files: share a PDF (with a text layer), DOCX, TXT, Markdown or HTML file with a mention, or in a DM', '@Newsdesk summarize this'),
    bullet('mentions: `@Newsdesk` with an article or a link summarizes it', '@Newsdesk https://www.example.com/news/port-strike'),
    bullet("in an article's thread, mention `@Newsdesk` with a question, or ask for a translation or the quotes", '@Newsdesk who is quoted on the embargo?'),
    bullet("direct messages: paste an article, a link or a file, then ask; a question outside a thread is about the DM's latest article", 'what did the minister say?'),
    '*Keeping text away from the model*',
    bullet('put `[offline]` or `[embargo]` in the request or the article (or write EMBARGO): Newsdesk answers from its offline engine and the thread stays offline'),
  ].join('\n');
}
