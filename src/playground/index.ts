import 'dotenv/config';
import { ConfigError } from '../config.js';
import { startPlayground } from './server.js';

// `npm run playground`: Newsdesk in a browser, with no Slack workspace and no API key.
try {
  const playground = await startPlayground();
  const engine = playground.config.llm ? `the model ${playground.config.llm.model} (from .env)` : 'the offline engine (no model configured)';
  console.log(`Newsdesk playground: open ${playground.url}\nAnswers come from ${engine}. Ctrl+C stops it.`);
  const shutdown = () => playground.stop().finally(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
} catch (error) {
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
    console.error('The playground port is taken: set PLAYGROUND_PORT to another port (e.g. PLAYGROUND_PORT=3301 npm run playground).');
    process.exit(1);
  }
  throw error;
}
