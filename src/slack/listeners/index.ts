import type { App } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { registerActions } from './actions.js';
import { registerCommands } from './commands.js';
import { registerNewsdeskCommand } from './newsdesk-command.js';
import { registerShortcuts } from './shortcuts.js';

/** Wires every Slack surface to its listeners; each file registers one surface. */
export function registerListeners(app: App, config: Config, services: Services): void {
  registerCommands(app, config, services);
  registerShortcuts(app, config, services);
  registerNewsdeskCommand(app, config, services);
  registerActions(app, config, services);
}
