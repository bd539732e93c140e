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
    does: "the article's quotes, word for word, with who said them",
    example: '/quotes Lavrov',
  },
  {
    command: '/newsdesk',
    usage: 'help | usage [today|week|month] | export [from] [to] | settings',
    does: 'this help; model calls, tokens and ratings (everyone\'s in the admin channel, yours elsewhere); in the admin channel, the audit trail as CSV; for admins in a channel, its settings',
    example: '/newsdesk usage week',
  },
] as const;

export function helpText(): string {
  const commands = COMMAND_HELP.map((c) => `• \`${c.command} ${c.usage}\`: ${c.does}.\n   e.g. \`${c.example}\``);
  return [
    '*Newsdesk commands*',
    ...commands,
    '*In an article\'s thread*\n• mention `@Newsdesk` with a question about the article, e.g. `@Newsdesk who is quoted on the embargo?`',
    '*Keeping text away from the model*\n• put `[offline]` or `[embargo]` in the request or the article (or write EMBARGO): Newsdesk answers from its offline engine and the thread stays offline.',
  ].join('\n');
}
