// `@esign-kit/proxy/redis`: the Redis-backed store, kept out of the main entry so apps that
// keep state in memory never load (or install) a Redis client.
export type { RedisStoreClient } from './store/redisClient.js';
export { createRedisStore, type RedisStoreOptions } from './store/redisStore.js';
