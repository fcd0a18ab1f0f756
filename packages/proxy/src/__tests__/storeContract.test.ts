import { afterAll, beforeAll } from 'vitest';
import { createRedisStore } from '../redis.js';
import { createMemoryStore } from '../store/memoryStore.js';
import { type RedisTestServer, startRedisServer } from './redisServer.js';
import { describeStoreContract } from './storeContract.js';

// The same contract for both stores: the memory store is what the Redis one must behave like.
describeStoreContract('createMemoryStore', {
  pair() {
    const store = createMemoryStore();
    return [store, store];
  },
});

let redis: RedisTestServer;
beforeAll(async () => {
  redis = await startRedisServer();
});
afterAll(() => redis?.close());

describeStoreContract('createRedisStore', {
  reset: () => redis.flush(),
  // Two connections, as two proxy instances have.
  pair: () => [createRedisStore({ client: redis.connect() }), createRedisStore({ client: redis.connect() })],
});
