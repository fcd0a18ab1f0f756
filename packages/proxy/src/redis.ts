// `@esign-kit/proxy/redis`: the Redis-backed store, kept out of the main entry so apps that
// keep state in memory never load (or install) a Redis client.

export { createRedisEventBus, type RedisEventBusOptions, type RedisEventClient } from './events/redisEventBus.js';
export type { RedisStoreClient } from './store/redisClient.js';
export { createRedisStore, type RedisStoreOptions } from './store/redisStore.js';
