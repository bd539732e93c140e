import { parseArgs } from 'node:util';
import { parseLanguage } from '../article/language.js';

export const VERBS = ['summarize', 'quotes', 'translate', 'ask'] as const;
export type Verb = (typeof VERBS)[number];

export interface CliRequest {
  verb: Verb;
  /** A file path, an http(s) URL, or "-" for standard input. */
  source: string;
  /** The question, for `ask`. */
  question?: string;
  /** For `quotes`: only this speaker's quotes, as `/quotes Blinken` gives in Slack. */
  speaker?: string;
  /** ISO 639-1 code: the summary's language or the translation's target. */
  language?: string;
  json: boolean;
}

export const USAGE = `Usage: npm run --silent newsdesk -- <command> [--json] [--lang xx] [--speaker NAME] <file|URL|-> ["question"]

  summarize [--lang xx] <source>        headline, lede and key points (in the article's language unless --lang)
  quotes [--speaker NAME] <source>      the article's quotes, word for word, with their speakers (only NAME's with --speaker)
  translate [--lang xx] <source>        the whole article translated (default English; needs a model)
  ask <source> "question"               an answer from the article, citing its paragraphs
  export [--from day] [--to day]        the audit trail of the configured store (STORE_URL) as CSV

  <source> is a .txt, .md, .html, .pdf or .docx file, an http(s) link, or - for standard input.
  --json prints one JSON object; --lang takes a code or a name (id, en, Indonesian).
  With OPENAI_API_KEY or OPENAI_BASE_URL set (environment or .env) a model answers; otherwise the offline engine.`;

/** A command line that cannot be run: the message is printed with the usage. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

export function parseCliArgs(argv: readonly string[]): CliRequest {
  let parsed: ReturnType<typeof parseOptions>;
  try {
    parsed = parseOptions(argv);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [verb, source, ...rest] = parsed.positionals;
  if (!isVerb(verb)) throw new UsageError(verb === undefined ? 'No command given.' : `Unknown command "${verb}".`);
  if (source === undefined) throw new UsageError(`${verb} needs an article: a file, a link, or - for standard input.`);
  const question = verb === 'ask' ? rest.join(' ').trim() : undefined;
  if (verb === 'ask' && !question) throw new UsageError('ask needs a question after the article, e.g. ask article.txt "Who said it?"');
  if (verb !== 'ask' && rest.length > 0) throw new UsageError(`${verb} takes one article; unexpected "${rest.join(' ')}".`);
  return { verb, source, question, speaker: speaker(verb, parsed.values.speaker), language: language(verb, parsed.values.lang), json: parsed.values.json ?? false };
}

function parseOptions(argv: readonly string[]) {
  return parseArgs({
    args: [...argv],
    options: { json: { type: 'boolean' }, lang: { type: 'string' }, speaker: { type: 'string' } },
    allowPositionals: true,
    strict: true,
  });
}

function isVerb(word: string | undefined): word is Verb {
  return (VERBS as readonly string[]).includes(word ?? '');
}

function language(verb: Verb, name: string | undefined): string | undefined {
  if (name === undefined) return verb === 'translate' ? 'en' : undefined;
  // Quotes stay in the article's words and answers in the question's language: a language there would mean nothing.
  if (verb === 'quotes' || verb === 'ask') throw new UsageError(`--lang is for summarize and translate; ${verb === 'ask' ? 'ask answers in the language of the question' : 'quotes are given in the article\'s words'}.`);
  const code = parseLanguage(name);
  if (!code) throw new UsageError(`Unknown language "${name}": give a code or a name, e.g. en, id, English.`);
  return code;
}

function speaker(verb: Verb, name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  if (verb !== 'quotes') throw new UsageError(`--speaker is for quotes; ${verb} takes the whole article.`);
  if (!name.trim()) throw new UsageError('--speaker needs a name, e.g. quotes --speaker Blinken article.txt');
  return name.trim();
}

export const EXPORT_USAGE = `Usage: npm run --silent newsdesk -- export [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--team T…]

  The audit trail of the store STORE_URL names, as CSV on stdout: one row per model call, with
  its sign-offs and ratings, never article text. Days are UTC; --to defaults to today and --from
  to 30 days before it. --team (repeatable) limits it to workspaces; by default, every workspace.`;
