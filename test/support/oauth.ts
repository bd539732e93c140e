import type { RunningNewsdesk } from './newsdesk.js';
import type { EmulatedWorkspace } from './slack-emulator.js';

export const CLIENT_ID = '1111.2222';
export const CLIENT_SECRET = 'test-client-secret';
export const STATE_SECRET = 'test-state-secret-for-install';
/** 32 bytes in base64, as `openssl rand -base64 32` writes them. */
export const ENCRYPTION_KEY = Buffer.alloc(32, 7).toString('base64');

/** The variables of OAuth mode, and no SLACK_BOT_TOKEN: every workspace brings its own. */
export const OAUTH_ENV = {
  SLACK_BOT_TOKEN: undefined,
  SLACK_CLIENT_ID: CLIENT_ID,
  SLACK_CLIENT_SECRET: CLIENT_SECRET,
  SLACK_STATE_SECRET: STATE_SECRET,
  INSTALLATION_ENCRYPTION_KEY: ENCRYPTION_KEY,
};

/**
 * Installs Newsdesk in a workspace as a person would: opens /slack/install, follows its "Add to
 * Slack" link (Slack approves; the emulator makes the code), and lands on /slack/oauth_redirect
 * with the code, the state and the state cookie the install page set. Returns the workspace's token.
 */
export async function installThroughSlack(
  nd: RunningNewsdesk,
  workspace: Omit<EmulatedWorkspace, 'botToken'>,
): Promise<{ botToken: string; installPage: string; landing: Response }> {
  const page = await fetch(`${nd.url}/slack/install`, { redirect: 'manual' });
  const installPage = await page.text();
  const cookie = page.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const authorizeUrl = /href="([^"]*oauth\/v2\/authorize[^"]*)"/.exec(installPage)?.[1]?.replace(/&amp;/g, '&');
  if (!authorizeUrl) throw new Error(`no Add to Slack link on the install page: ${installPage.slice(0, 300)}`);
  const state = new URL(authorizeUrl).searchParams.get('state')!;
  const { code, botToken } = nd.slack.approveInstall(workspace);
  const landing = await fetch(`${nd.url}/slack/oauth_redirect?code=${encodeURIComponent(code)}&state=${encodeURIComponent(state)}`, {
    headers: { cookie },
    redirect: 'manual',
  });
  return { botToken, installPage, landing };
}
