import { createHash } from 'node:crypto';
import type { RedisStoreClient } from './redisClient.js';

/**
 * A fixed-window counter in one atomic step: `INCR`, then an expiry only when the key has none
 * (just created, or left without one by someone else), so later increments never move the
 * window. Lua rather than `MULTI` + `PEXPIRE … NX`: one round trip, and it works on Redis
 * before 7.0. Replies `{ count, pttl }`.
 */
const fixedWindowIncrement = `
local count = redis.call('INCR', KEYS[1])
local ttl = redis.call('PTTL', KEYS[1])
if ttl < 0 then
  redis.call('PEXPIRE', KEYS[1], ARGV[1])
  ttl = tonumber(ARGV[1])
end
return { count, ttl }
`;
const fixedWindowIncrementSha = createHash('sha1').update(fixedWindowIncrement).digest('hex');

/**
 * Runs the counter script by its hash (the script is sent only when this server has not cached
 * it yet: after a restart, a `SCRIPT FLUSH` or on a new cluster node).
 */
export async function incrementInWindow(
  client: RedisStoreClient,
  key: string,
  ttlMs: number,
): Promise<{ count: number; resetInMs: number }> {
  let reply: unknown;
  try {
    reply = await client.evalsha(fixedWindowIncrementSha, 1, key, ttlMs);
  } catch (error) {
    if (!(error instanceof Error && error.message.startsWith('NOSCRIPT'))) throw error;
    reply = await client.eval(fixedWindowIncrement, 1, key, ttlMs);
  }
  const [count, resetInMs] = Array.isArray(reply) ? reply : [];
  if (typeof count !== 'number' || typeof resetInMs !== 'number') {
    throw new Error(`createRedisStore: unexpected reply to the counter script: ${JSON.stringify(reply)}`);
  }
  return { count, resetInMs };
}
