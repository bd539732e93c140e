import type Keyv from 'keyv';

/**
 * Every key Newsdesk writes reads `<kind>:<workspace id>:…`, the id URI-encoded (threads, latest
 * articles, cached results, audit days, rate counts, event claims, settings, installations), so
 * a workspace's data can be listed and removed by its id alone. A new kind of key must keep it.
 */
export const kindOfKey = (key: string): string => key.split(':')[0]!;

const ownerOfKey = (key: string): string | undefined => key.split(':')[1];

/** The keys the store holds for one workspace (or, for an org-wide install, one enterprise). */
export async function keysOfTeam(kv: Keyv, teamId: string): Promise<string[]> {
  return keysOfTeams(kv, [teamId]);
}

/** The keys of several workspaces, in one pass over the store (an org's, when it uninstalls). */
export async function keysOfTeams(kv: Keyv, teamIds: readonly string[]): Promise<string[]> {
  if (!kv.iterator) throw new Error('this store cannot list its keys, so a workspace cannot be removed from it');
  const owners = new Set(teamIds.map((teamId) => encodeURIComponent(teamId)));
  const keys: string[] = [];
  for await (const [key] of kv.iterator(undefined)) {
    if (typeof key === 'string' && owners.has(ownerOfKey(key)!)) keys.push(key);
  }
  return keys;
}

/** The workspaces that hold keys of the given kinds (e.g. audit days): what goes over every workspace reads it. */
export async function teamsWithKeys(kv: Keyv, kinds: readonly string[]): Promise<string[]> {
  if (!kv.iterator) throw new Error('this store cannot list its keys, so its workspaces cannot be listed');
  const teams = new Set<string>();
  for await (const [key] of kv.iterator(undefined)) {
    const owner = typeof key === 'string' && kinds.includes(kindOfKey(key)) ? ownerOfKey(key) : undefined;
    if (owner) teams.add(decodeURIComponent(owner));
  }
  return [...teams];
}

/**
 * Deletes every key of the workspaces but those `keep` names (or keeps); how many of each kind
 * went, for the log and the audit trail.
 */
export async function deleteTeamKeys(
  kv: Keyv,
  teamIds: string | readonly string[],
  keep: readonly string[] | ((key: string) => boolean) = [],
): Promise<Record<string, number>> {
  const kept = typeof keep === 'function' ? keep : (key: string) => keep.includes(key);
  const keys = (await keysOfTeams(kv, typeof teamIds === 'string' ? [teamIds] : teamIds)).filter((key) => !kept(key));
  const counts: Record<string, number> = {};
  for (const key of keys) {
    await kv.delete(key);
    counts[kindOfKey(key)] = (counts[kindOfKey(key)] ?? 0) + 1;
  }
  return counts;
}
