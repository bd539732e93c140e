import { Redis } from 'ioredis';

/** Every key under `pattern` and everything it holds, whatever its type, as one text to search. */
export async function redisContents(url: string, pattern: string): Promise<{ keys: string[]; text: string }> {
  const redis = new Redis(url);
  try {
    const keys: string[] = [];
    let cursor = '0';
    do {
      const [next, found] = await redis.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
      keys.push(...found);
      cursor = next;
    } while (cursor !== '0');
    const parts: unknown[] = [];
    for (const key of keys) {
      const type = await redis.type(key);
      if (type === 'string') parts.push(await redis.get(key));
      else if (type === 'hash') parts.push(await redis.hgetall(key));
      else if (type === 'list') parts.push(await redis.lrange(key, 0, -1));
      else if (type === 'set') parts.push(await redis.smembers(key));
      else if (type === 'zset') parts.push(await redis.zrange(key, 0, -1));
      else if (type === 'stream') parts.push(await redis.xrange(key, '-', '+'));
    }
    return { keys, text: `${keys.join('\n')}\n${JSON.stringify(parts)}` };
  } finally {
    redis.disconnect();
  }
}
