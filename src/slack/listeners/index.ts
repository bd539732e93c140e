import type { App } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { registerActions } from './actions.js';
import { registerAssistant } from './assistant.js';
import { articleCommands, registerCommands } from './commands.js';
import { registerMentions } from './mentions.js';
import { registerThreadMessages } from './threads.js';
import { registerNewsdeskCommand } from './newsdesk-command.js';
import { registerShortcuts } from './shortcuts.js';
import { registerUninstall } from './uninstall.js';
import { registerReview } from './review.js';
import { registerHome } from './home.js';
import { routedListeners } from './routed-listeners.js';

/**
 * Wires every Slack surface to its listeners; each file registers one surface. A listener acks
 * and queues its request as a job (whose id makes a redelivery the same job); replayed from the
 * queue in a worker, the same listener does the work.
 */
export function registerListeners(app: App, config: Config, services: Services): void {
  const commands = articleCommands(config, services);
  const routed = routedListeners(app);
  registerCommands(routed, commands);
  registerShortcuts(app, config, services);
  registerNewsdeskCommand(routed, config, services, commands);
  registerActions(routed, config, services);
  registerReview(routed, config, services);
  registerMentions(app, config, services);
  registerThreadMessages(app, config, services);
  registerAssistant(app, config, services);
  registerUninstall(app, services);
  registerHome(routed, services);
}
