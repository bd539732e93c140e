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
 * Deletes every key of the workspaces but those `keep` keeps, and returns the ones this call
 * deleted, with the values they held: when two removals run at once (an uninstall's and a late
 * job's), each key is taken by one of them, so what each counts is counted once.
 */
export async function takeTeamKeys(
  kv: Keyv,
  teamIds: readonly string[],
  keep: (key: string) => boolean = () => false,
): Promise<Array<[key: string, value: unknown]>> {
  const taken: Array<[string, unknown]> = [];
  const inHand = beingTaken.get(kv) ?? new Set<string>();
  beingTaken.set(kv, inHand);
  for (const key of (await keysOfTeams(kv, teamIds)).filter((key) => !keep(key))) {
    if (inHand.has(key)) continue;
    inHand.add(key);
    try {
      const value = await kv.get(key);
      if (await kv.delete(key)) taken.push([key, value]);
    } finally {
      inHand.delete(key);
    }
  }
  return taken;
}

/**
 * The keys this process is taking from each store: SQLite's delete reads, then deletes, so two
 * removals in one process could both be told they deleted a key (Redis's DEL answers one of them).
 */
const beingTaken = new WeakMap<Keyv, Set<string>>();
