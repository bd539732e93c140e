import { Assistant, type App } from '@slack/bolt';
import type { Config } from '../../config.js';
import type { Services } from '../../services.js';
import { handleFollowUp, isPersonsMessage } from '../../ask/slack-follow-up.js';
import { inJob, replayable, runningJob } from '../jobs.js';

export const ASSISTANT_GREETING = 'Paste an article or a link to it, and I will summarize it. Then ask me anything about it.';

const SUGGESTED_PROMPTS = [
  { title: 'Summarize a link', message: 'Summarize an article for me: I will paste its text or link next.' },
  { title: 'Translate to English', message: 'Translate the article to English' },
  { title: 'List the quotes', message: 'List the quotes' },
];

/**
 * The Slack AI-app pane, through Bolt's Assistant. Bolt routes every message in a DM thread here,
 * so replies under a summary in a DM are answered here as well.
 */
export function registerAssistant(app: App, config: Config, services: Services): void {
  app.assistant(
    new Assistant({
      // Newsdesk keeps its own thread contexts in its store. Bolt's default context store reads
      // conversations.replies, which Slack rate-limits heavily for distributed apps.
      threadContextStore: { get: async () => ({}), save: async () => {} },
      threadStarted: replayable((args) =>
        inJob(services, args, async ({ say, setSuggestedPrompts }) => {
          await say(ASSISTANT_GREETING);
          await setSuggestedPrompts({ prompts: SUGGESTED_PROMPTS });
        }),
      ),
      userMessage: replayable(async (args) => {
        const { message, body, context, setStatus, setTitle } = args;
        if (!isPersonsMessage(message) || !message.thread_ts) return;
        const threadTs = message.thread_ts;
        await inJob(services, args, ({ client }) => handleFollowUp(services, config, {
          client,
          job: runningJob(context),
          teamId: body.team_id,
          channelId: message.channel,
          userId: message.user,
          text: (message.text ?? '').trim(),
          files: message.files,
          ts: message.ts,
          threadTs,
          direct: true,
          setStatus: (status) => setStatus(status),
          onArticle: (article) => setTitle(article.headline),
        }), { channel: message.channel, threadTs });
      }),
    }),
  );
}
