import 'dotenv/config';
import { runUntilStopped } from '../run-until-stopped.js';
import { startPlayground } from './server.js';

// `npm run playground`: Newsdesk in a browser, with no Slack workspace and no API key.
await runUntilStopped(async () => {
  const playground = await startPlayground();
  const engine = playground.config.llm ? `the model ${playground.config.llm.model} (from .env)` : 'the offline engine (no model configured)';
  console.log(`Newsdesk playground: open ${playground.url}\nAnswers come from ${engine}. Ctrl+C stops it.`);
  return playground;
}, 'The playground port is taken: set PLAYGROUND_PORT to another port (e.g. PLAYGROUND_PORT=3301 npm run playground).');
