import type { AllMiddlewareArgs, App, Middleware, SlackAction, SlackActionMiddlewareArgs, SlackCommandMiddlewareArgs, SlackViewAction, SlackViewMiddlewareArgs } from '@slack/bolt';
import { replayable } from '../jobs.js';

/** Registers listeners as Bolt's App does, for the surfaces Newsdesk names by id: commands, buttons, modal submissions. */
export interface Listeners extends Pick<App, 'event'> {
  command(name: string, listener: Middleware<SlackCommandMiddlewareArgs>): void;
  action<Action extends SlackAction = SlackAction>(actionId: string, listener: Middleware<SlackActionMiddlewareArgs<Action>>): void;
  view<View extends SlackViewAction = SlackViewAction>(callbackId: string, listener: Middleware<SlackViewMiddlewareArgs<View>>): void;
}

/**
 * Bolt runs every listener's chain of matchers on every request, about 5 µs a listener, and a
 * request passes through twice (its ack, then its job's replay): with one Bolt listener per
 * command, button and modal (23 in all) that was a tenth of the acking thread's work per
 * /summarize in the burst bench. Here commands, buttons and modal submissions are one Bolt
 * listener each, which finds the listener registered for the request's name. As with Bolt, a
 * request no listener is registered for is left unacknowledged. Each is `replayable`: a job it
 * queued runs its first attempt through it again, not through Bolt.
 */
export function routedListeners(app: App): Listeners {
  const commands = new Map<string, Middleware<SlackCommandMiddlewareArgs>>();
  const actions = new Map<string, Middleware<SlackActionMiddlewareArgs>>();
  const views = new Map<string, Middleware<SlackViewMiddlewareArgs>>();
  const add = <T>(routes: Map<string, T>, name: string, listener: T, mount: () => void) => {
    if (routes.has(name)) throw new Error(`two listeners for ${name}`);
    if (routes.size === 0) mount();
    routes.set(name, listener);
  };
  return {
    event: app.event.bind(app),
    command(name, listener) {
      add(commands, name, listener, () => app.command(/.*/, replayable((args: SlackCommandMiddlewareArgs & AllMiddlewareArgs) => commands.get(args.command.command)?.(args) ?? Promise.resolve())));
    },
    action(actionId, listener) {
      add(actions, actionId, listener as Middleware<SlackActionMiddlewareArgs>, () =>
        app.action({ type: 'block_actions' }, replayable((args: SlackActionMiddlewareArgs & AllMiddlewareArgs) => {
          const id = (args.action as { action_id?: string }).action_id;
          return (id === undefined ? undefined : actions.get(id)?.(args)) ?? Promise.resolve();
        })),
      );
    },
    view(callbackId, listener) {
      add(views, callbackId, listener as Middleware<SlackViewMiddlewareArgs>, () =>
        app.view({ type: 'view_submission', callback_id: /.*/ }, replayable((args: SlackViewMiddlewareArgs & AllMiddlewareArgs) => views.get(args.view.callback_id)?.(args) ?? Promise.resolve())),
      );
    },
  };
}
