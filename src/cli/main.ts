import { config as loadDotenv } from 'dotenv';
import Keyv from 'keyv';
import { EXPORT_USAGE, parseCliArgs, USAGE, UsageError } from './args.js';
import { runCommand } from './commands.js';
import { ExportRangeError } from '../trust/export-range.js';
import { readArticle } from './read-article.js';
import { renderText } from './render.js';
import { ConfigError, loadEngineConfig } from '../config.js';
import { createLogger } from '../slack/redacting-logger.js';
import { NewsroomError } from '../errors.js';
import { loadGlossary } from '../translate/glossary.js';
import { createEngines } from '../engines/create-engines.js';
import { ThreadStore } from '../store/threads.js';

/** The command line's own words: the variables to set, for the next run (the app's message speaks of a restart). */
export const TRANSLATION_NEEDS_MODEL_HERE =
  'translate needs a language model, and none is configured. Set OPENAI_API_KEY (OpenAI), or OPENAI_BASE_URL for a local OpenAI-compatible server such as Ollama (http://localhost:11434/v1), plus OPENAI_MODEL, in the environment or in .env, and run the command again; summarize, quotes and ask work without one.';

/** Where the command line reads and writes: the process's own, or a test's. */
export interface CliIo {
  /** The environment, which .env fills in where a variable is unset. */
  env: NodeJS.ProcessEnv;
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

/**
 * `npm run --silent newsdesk -- summarize|quotes|translate|ask [--json] [--lang xx] <file|URL|-> ["question"]`:
 * the newsroom use-cases without Slack. The result alone goes to stdout; a failure is one line on
 * stderr and a non-zero exit, so scripts can rely on both.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const { env, stdout, stderr } = io;
  try {
    // quiet: dotenv would otherwise announce itself on stdout, ahead of the JSON.
    loadDotenv({ quiet: true, processEnv: env as Record<string, string> });
    if (argv[0] === 'export') {
      // Loaded only for an export: the article commands then start without the store's modules.
      const { runExport } = await import('./export.js');
      stdout.write(await runExport(argv.slice(1), env));
      return 0;
    }
    const request = parseCliArgs(argv);
    const config = loadEngineConfig(env);
    // Refused before the article is read: nothing else could make it work.
    if (request.verb === 'translate' && !config.llm) {
      stderr.write(`${TRANSLATION_NEEDS_MODEL_HERE}\n`);
      return 1;
    }
    // Info and debug lines would go to stdout, which carries the result: only warnings and errors are logged (on stderr).
    const logLevel = config.logLevel === 'error' ? 'error' : 'warn';
    const logger = createLogger(logLevel, config.llm ? [config.llm.apiKey] : []);
    const { engine, offline } = createEngines({ llm: config.llm, logLevel }, logger);
    const deps = { engine, offline, threads: new ThreadStore(new Keyv()), glossary: loadGlossary(config.glossaryFile), translateConcurrency: config.translateConcurrency };
    const article = await readArticle(request.source, { allowPrivateUrls: config.allowPrivateUrls, stdin: io.stdin });
    const result = await runCommand(deps, request, article);
    stdout.write(request.json ? `${JSON.stringify(result.output, null, 2)}\n` : renderText(result));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ExportRangeError) {
      stderr.write(`${error.message}\n\n${argv[0] === 'export' ? EXPORT_USAGE : USAGE}\n`);
      return 2;
    }
    // Written for the person at the terminal, like the Slack app's replies: one line, no stack trace.
    if (error instanceof NewsroomError || error instanceof ConfigError) stderr.write(`${error.message}\n`);
    else stderr.write(`Newsdesk failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}
