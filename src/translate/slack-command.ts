import { detectLanguage, languageName, parseLanguage } from '../article/language.js';

/** What `/translate [language] [text or URL]` asks for. */
export type TranslateCommand =
  | { language: string; text: string }
  /** A word or two alone that names no language Newsdesk knows. */
  | { unknownLanguage: string };

export const DEFAULT_TARGET = 'en';
const LINK = /^<?https?:\/\//;
const MAX_LANGUAGE_WORDS = 2;

/**
 * Tells the target language from the article. Alone or before a link, the first word or two
 * ("fr", "English", "Inggris", "bahasa Indonesia"), after an optional "to", "into" or "ke", are
 * the language when they name one. Before pasted text the naming must be unmistakable, since
 * Indonesian stories open with country names that are also language names ("Rusia mengatakan…"):
 * a code, an English language name, "bahasa …", a "to"/"ke" before it, or a line break after it;
 * and a name of the text's own language is read as the story's first word. Otherwise: the
 * channel's or workspace's default target (English unless set in Slack).
 */
export function parseTranslateCommand(input: string, defaultTarget = DEFAULT_TARGET): TranslateCommand {
  const text = input.trim();
  const words = text.split(/(\s+)/);
  // words alternates word, space, word…
  const introduced = /^(to|into|ke)$/i.test(words[0] ?? '') && words.length > 2;
  const start = introduced ? 2 : 0;
  for (let count = MAX_LANGUAGE_WORDS; count >= 1; count--) {
    const end = start + count * 2 - 1;
    if (end > words.length) continue;
    const named = words.slice(start, end).join('');
    const language = parseLanguage(named);
    if (!language) continue;
    const rest = words.slice(end + 1).join('').trim();
    if (!rest || LINK.test(rest)) return { language, text: rest };
    const unmistakable =
      introduced || words[end]?.includes('\n') || /^[a-z]{2}:?$/i.test(named) || /^bahasa\s/i.test(named) || isEnglishName(named, language);
    if (unmistakable && detectLanguage(rest) !== language) return { language, text: rest };
  }
  if (text && text.split(/\s+/).length <= MAX_LANGUAGE_WORDS && !LINK.test(text)) return { unknownLanguage: text };
  return { language: defaultTarget, text };
}

const isEnglishName = (named: string, language: string) =>
  named.replace(/[.,:;!?]+$/, '').toLowerCase() === languageName(language).toLowerCase();

/** The usage, for the command as it was typed (`/translate`, or `/newsdesk translate`). */
export const translateUsage = (command = '/translate'): string =>
  `Usage: \`${command} [language] [article text or link]\`. Run \`${command}\` alone to translate the most recent article in this channel into English, \`${command} fr\` for French, or paste the article after the language (\`en\`, \`English\` or \`Inggris\`; English when none is given).`;

/** Said at once, in the acknowledgement, when no model is configured: the offline engine cannot translate. */
export const TRANSLATION_NEEDS_A_MODEL =
  'Translation needs a language model, and this Newsdesk has none configured. Ask whoever runs it to set OPENAI_API_KEY, or OPENAI_BASE_URL for a local OpenAI-compatible server, and restart it. Summaries, quotes and answers work without one.';

export const unknownLanguageMessage = (named: string): string =>
  `Newsdesk does not know the language "${named}". Name it by its code or name, such as \`en\`, \`English\` or \`Inggris\`, or \`id\` for Indonesian.`;
