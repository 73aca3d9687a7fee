import { describe, expect, it } from 'vitest';
import { createStorage } from '../../../src/storage/create-storage.ts';
import { activityId, DirectLineStore } from '../../../src/channels/webchat/direct-line-store.ts';

const message = (text: string) => ({ type: 'message', text });

describe('DirectLineStore', () => {
  it('numbers activities in order and pages them after a watermark', async () => {
    const store = new DirectLineStore(createStorage({ ttlMs: 60_000 }).storage);
    expect(await store.open('c1', 'dl_u')).toBe(true);
    expect(await store.open('c1', 'dl_u')).toBe(false);
    const queued = await store.append('c1', [message('a'), message('b')]);
    expect(queued.map((a) => a.id)).toEqual([activityId('c1', 1), activityId('c1', 2)]);
    await store.append('c1', [message('c')]);
    const record = await store.read('c1');
    if (!record) throw new Error('no record');
    expect(store.page(record, 1)).toEqual({
      activities: [expect.objectContaining({ text: 'b' }), expect.objectContaining({ text: 'c' })],
      watermark: '3',
    });
    expect(store.page(record, undefined).activities).toHaveLength(3);
  });

  it('keeps only the newest activities beyond its bound', async () => {
    const store = new DirectLineStore(createStorage({ ttlMs: 60_000 }).storage, { maxQueuedActivities: 3 });
    await store.open('c1', 'dl_u');
    for (const text of ['a', 'b', 'c', 'd', 'e']) await store.append('c1', [message(text)]);
    const record = await store.read('c1');
    if (!record) throw new Error('no record');
    const page = store.page(record, undefined);
    expect(page.activities.map((a) => a.text)).toEqual(['c', 'd', 'e']);
    expect(page.watermark).toBe('5');
  });

  it('loses no activity when two instances append to one conversation at once', async () => {
    const storage = createStorage({ ttlMs: 60_000 }).storage;
    const one = new DirectLineStore(storage);
    const two = new DirectLineStore(storage);
    await one.open('c1', 'dl_u');
    await Promise.all([
      one.append('c1', [message('one-a')]),
      two.append('c1', [message('two-a')]),
      one.append('c1', [message('one-b')]),
      two.append('c1', [message('two-b')]),
    ]);
    const record = await one.read('c1');
    if (!record) throw new Error('no record');
    const page = one.page(record, undefined);
    expect(page.activities.map((a) => a.text).sort()).toEqual(['one-a', 'one-b', 'two-a', 'two-b']);
    expect(new Set(page.activities.map((a) => a.id)).size).toBe(4);
    expect(page.watermark).toBe('4');
  });

  it('refuses to append to a conversation that does not exist', async () => {
    const store = new DirectLineStore(createStorage({ ttlMs: 60_000 }).storage);
    await expect(store.append('nope', [message('a')])).rejects.toThrow(/does not exist/);
  });
});
