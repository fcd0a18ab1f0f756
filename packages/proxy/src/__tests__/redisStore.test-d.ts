import type { Cluster, Redis } from 'ioredis';
import { describe, expectTypeOf, it } from 'vitest';
import { createRedisStore, type RedisStoreClient } from '../redis.js';

describe('RedisStoreClient', () => {
  it('is satisfied by an ioredis Redis or Cluster, so apps pass their own client as it is', () => {
    expectTypeOf<Redis>().toExtend<RedisStoreClient>();
    expectTypeOf<Cluster>().toExtend<RedisStoreClient>();
    expectTypeOf(createRedisStore).parameter(0).toHaveProperty('client').toEqualTypeOf<RedisStoreClient>();
  });

  it('is not satisfied by something without the commands the store sends', () => {
    expectTypeOf<{ get(key: string): Promise<string | null> }>().not.toExtend<RedisStoreClient>();
  });
});
