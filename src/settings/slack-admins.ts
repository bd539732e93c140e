import type { WebClient } from '@slack/web-api';

export const NOT_A_SETTINGS_ADMIN =
  "Only the workspace's admins and owners, and members of Newsdesk's admin channel, can change Newsdesk's settings.";

/**
 * Whether a person may change the workspace's settings: an admin or owner (users.info), or a
 * member of the admin channel. Asked of Slack at every change, never taken from the request.
 */
export async function maySetSettings(client: WebClient, userId: string, adminChannelId: string | undefined): Promise<boolean> {
  const { user } = await client.users.info({ user: userId });
  if (user?.is_admin || user?.is_owner || user?.is_primary_owner) return true;
  if (!adminChannelId) return false;
  try {
    for await (const page of client.paginate('conversations.members', { channel: adminChannelId, limit: 1000 })) {
      if ((page as { members?: string[] }).members?.includes(userId)) return true;
    }
  } catch {
    // A private admin channel Newsdesk is not in cannot be read: only admins and owners may then.
  }
  return false;
}
