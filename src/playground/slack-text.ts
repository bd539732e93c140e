import { BOT_USER_ID } from '../../test/support/slack-emulator.js';

/** Slack escapes its three control characters in everything a person types, commands included. */
export function escapeTyped(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * A typed message as Slack delivers it to an app: escaped, "@Newsdesk" turned into the bot's
 * user mention and bare links wrapped in <…> (sentence punctuation after a link stays outside).
 */
export function messageText(typed: string): string {
  return escapeTyped(typed)
    .replace(/@newsdesk\b/gi, `<@${BOT_USER_ID}>`)
    .replace(/\bhttps?:\/\/[^\s<>]*[^\s<>.,;:!?)'"]/g, (url) => `<${url}>`);
}

export function mentionsBot(slackText: string): boolean {
  return slackText.includes(`<@${BOT_USER_ID}>`);
}

/** "/summarize some text" → the command and its text; undefined for anything that is not a command. */
export function parseCommand(typed: string): { command: string; text: string } | undefined {
  const match = /^(\/[\w-]+)(?:\s+([\s\S]*))?$/.exec(typed.trim());
  return match ? { command: match[1]!, text: match[2] ?? '' } : undefined;
}
