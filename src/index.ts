import 'dotenv/config';
import { loadConfig } from './config.js';
import { runUntilStopped } from './run-until-stopped.js';
import { warmUpIntake } from './article/warm-up.js';
import { defaultStoreUrl } from './store/default-store.js';

await runUntilStopped(async () => {
  const config = loadConfig(process.env, { storeUrl: defaultStoreUrl(process.env) });
  // Bolt, the engines and the store load once the settings are known to be good: a bad one is told at once.
  const [{ createApp }, { createServices }] = await Promise.all([import('./app.js'), import('./services.js')]);
  const services = createServices(config);
  const newsdesk = createApp(config, services);
  const port = await newsdesk.start();
  services.logger.info(
    config.slack.appToken ? 'Newsdesk is running in Socket Mode' : `Newsdesk is listening on port ${port} (POST /slack/events)`,
  );
  if (!process.env.STORE_URL?.trim()) services.logger.info(`Threads are kept in ${config.storeUrl} (set STORE_URL to change)`);
  // Off the request path: the first PDF, link or model prompt then finds its library loaded.
  void warmUpIntake().catch((error: unknown) => services.logger.warn('warming up article intake failed', error));
  return newsdesk;
}, 'The port is taken: set PORT to a free port.');
