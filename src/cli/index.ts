import { config as loadDotenv } from 'dotenv';
import Keyv from 'keyv';
import { parseCliArgs, USAGE, UsageError } from './args.js';
import { runCommand } from './commands.js';
import { EXPORT_USAGE, runExport } from './export.js';
import { ExportRangeError } from '../trust/export-range.js';
import { readArticle } from './read-article.js';
import { renderText } from './render.js';
import { ConfigError, loadEngineConfig } from '../config.js';
import { createLogger } from '../slack/redacting-logger.js';
import { NewsroomError } from '../errors.js';
import { loadGlossary } from '../translate/glossary.js';
import { createEngines } from '../services.js';
import { ThreadStore } from '../store/threads.js';

/**
 * `npm run --silent newsdesk -- summarize|quotes|translate|ask [--json] [--lang xx] <file|URL|-> ["question"]`:
 * the newsroom use-cases without Slack. The result alone goes to stdout; a failure is one line on
 * stderr and a non-zero exit, so scripts can rely on both.
 */
async function main(argv: readonly string[]): Promise<number> {
  try {
    // quiet: dotenv would otherwise announce itself on stdout, ahead of the JSON.
    loadDotenv({ quiet: true });
    if (argv[0] === 'export') {
      process.stdout.write(await runExport(argv.slice(1), process.env));
      return 0;
    }
    const request = parseCliArgs(argv);
    const config = loadEngineConfig(process.env);
    // Info and debug lines would go to stdout, which carries the result: only warnings and errors are logged (on stderr).
    const logLevel = config.logLevel === 'error' ? 'error' : 'warn';
    const logger = createLogger(logLevel, config.llm ? [config.llm.apiKey] : []);
    const { engine, offline } = createEngines({ llm: config.llm, logLevel }, logger);
    const deps = { engine, offline, threads: new ThreadStore(new Keyv()), glossary: loadGlossary(config.glossaryFile), translateConcurrency: config.translateConcurrency };
    const article = await readArticle(request.source, { allowPrivateUrls: config.allowPrivateUrls, stdin: process.stdin });
    const result = await runCommand(deps, request, article);
    process.stdout.write(request.json ? `${JSON.stringify(result.output, null, 2)}\n` : renderText(result));
    return 0;
  } catch (error) {
    if (error instanceof UsageError || error instanceof ExportRangeError) {
      process.stderr.write(`${error.message}\n\n${argv[0] === 'export' ? EXPORT_USAGE : USAGE}\n`);
      return 2;
    }
    // Written for the person at the terminal, like the Slack app's replies: one line, no stack trace.
    if (error instanceof NewsroomError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`Newsdesk failed: ${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
