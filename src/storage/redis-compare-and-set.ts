import type KeyvRedis from '@keyv/redis';
import type { AtomicWrite } from './keyv-storage.ts';

/**
 * One round trip that compares the stored eTag and writes, atomically on the Redis server, so two
 * instances writing the same key with the same old eTag cannot both win. It reads the eTag inside
 * keyv's `{"value": …, "expires": …}` envelope by the same rules as KeyvStorage: a missing, unreadable
 * or eTag-less item counts as absent, and an empty expected eTag means "overwrite".
 */
const COMPARE_AND_SET = `
local expected = ARGV[1]
if expected ~= '' then
  local raw = redis.call('GET', KEYS[1])
  if raw then
    local ok, envelope = pcall(cjson.decode, raw)
    if ok and type(envelope) == 'table' and type(envelope.value) == 'table' then
      local stored = envelope.value.eTag
      if type(stored) == 'string' and stored ~= '' and stored ~= expected then return 0 end
    end
  end
end
local ttl = tonumber(ARGV[3])
if ttl and ttl > 0 then
  redis.call('SET', KEYS[1], ARGV[2], 'PX', ttl)
else
  redis.call('SET', KEYS[1], ARGV[2])
end
return 1
`;

/** The compare-and-set for a keyv Redis store, honouring its namespace prefix and keyv's envelope and TTL. */
export function redisCompareAndSet(store: KeyvRedis<unknown>): AtomicWrite {
  return async ({ key, expectedETag, item, ttlMs }) => {
    const client = await store.getClient();
    const envelope = { value: item, expires: ttlMs === undefined ? null : Date.now() + ttlMs };
    const written = await client.eval(COMPARE_AND_SET, {
      keys: [store.createKeyPrefix(key, store.namespace)],
      arguments: [expectedETag ?? '', JSON.stringify(envelope), String(ttlMs ?? 0)],
    });
    return written === 1 ? 'written' : 'conflict';
  };
}
