import type { BlockButtonAction, ViewSubmitAction } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { buttonHandler, type ButtonArgs } from '../action-runner.js';
import { FEEDBACK_VIEW, RATE_DOWN_ACTION, RATE_UP_ACTION, SHOW_DRAFT_ACTION, SIGN_OFF_ACTION } from '../../trust/slack-blocks.js';
import { markAsChecked, rateDown, rateUp, showUncheckedDraft, submitFeedback } from '../../trust/slack-review.js';
import type { Listeners } from './routed-listeners.js';

/** The buttons under every answer (sign-off, 👍, 👎, the held draft) and the 👎 form. */
export function registerReview(app: Listeners, _config: Config, services: Services): void {
  const button = (work: (services: Services, args: ButtonArgs) => Promise<void>) =>
    buttonHandler(services, undefined, (args) => work(services, args));
  app.action<BlockButtonAction>(SIGN_OFF_ACTION, button(markAsChecked));
  app.action<BlockButtonAction>(SHOW_DRAFT_ACTION, button(showUncheckedDraft));
  app.action<BlockButtonAction>(RATE_UP_ACTION, button(rateUp));
  app.action<BlockButtonAction>(RATE_DOWN_ACTION, button(rateDown));
  app.view<ViewSubmitAction>(FEEDBACK_VIEW, (args) => submitFeedback(services, args));
}
