import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where `npm start` keeps its threads when STORE_URL is unset: a SQLite file in the user's data
 * directory ($XDG_DATA_HOME/newsdesk, else ~/.local/share/newsdesk), so a restart forgets nothing.
 * Tests and the playground set memory: themselves.
 */
export function defaultStoreUrl(env: NodeJS.ProcessEnv): string {
  const dataHome = env.XDG_DATA_HOME?.trim() || join(env.HOME?.trim() || homedir(), '.local', 'share');
  return `sqlite://${join(dataHome, 'newsdesk', 'newsdesk.db')}`;
}
