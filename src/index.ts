import 'dotenv/config';
import { createApp } from './app.js';
import { ConfigError, loadConfig } from './config.js';
import { createServices } from './services.js';

try {
  const config = loadConfig(process.env);
  const services = createServices(config);
  const newsdesk = createApp(config, services);
  const port = await newsdesk.start();
  services.logger.info(
    config.slack.appToken ? 'Newsdesk is running in Socket Mode' : `Newsdesk is listening on port ${port} (POST /slack/events)`,
  );
  const shutdown = () => newsdesk.stop().finally(() => process.exit(0));
  process.once('SIGTERM', shutdown);
  process.once('SIGINT', shutdown);
} catch (error) {
  // A bad setting is the operator's to fix: one clear line, no stack trace.
  if (error instanceof ConfigError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
