import type { SigningEvent, SigningEventEnvelope } from '@esign-kit/core/events';
import { describe, expect, it } from 'vitest';
import { createMemoryEventBus } from '../events/memoryEventBus.js';

const contract = '11111111-1111-4111-8111-111111111111';
const event = (status: string): SigningEvent => ({
  type: 'contract.status',
  vendor: 'prix',
  contractUuid: contract,
  status,
});
const statuses = (list: readonly SigningEventEnvelope[] | 'gone') =>
  list === 'gone' ? list : list.map((envelope) => (envelope.event as { status: string }).status);

describe('createMemoryEventBus', () => {
  it('delivers to every listener in order, and not after unsubscribing', async () => {
    const bus = createMemoryEventBus();
    const heard: string[][] = [[], []];
    const stops = await Promise.all(
      heard.map((list) => bus.subscribe((envelope) => list.push((envelope.event as { status: string }).status))),
    );
    await bus.publish(event('a'));
    stops[0]?.();
    await bus.publish(event('b'));
    expect(heard).toEqual([['a'], ['a', 'b']]);
  });

  it('keeps one listener throwing from stopping the others', async () => {
    const bus = createMemoryEventBus();
    const heard: string[] = [];
    await bus.subscribe(() => {
      throw new Error('broken stream');
    });
    await bus.subscribe((envelope) => heard.push(envelope.id));
    const envelope = await bus.publish(event('a'));
    expect(heard).toEqual([envelope.id]);
  });

  it('answers since() with exactly the events after a position, and head() with the newest', async () => {
    const bus = createMemoryEventBus();
    const start = await bus.head();
    const [a, b] = [await bus.publish(event('a')), await bus.publish(event('b'))];
    await bus.publish(event('c'));
    expect(statuses(await bus.since(start))).toEqual(['a', 'b', 'c']);
    expect(statuses(await bus.since(a.id))).toEqual(['b', 'c']);
    expect(statuses(await bus.since(b.id))).toEqual(['c']);
    expect(statuses(await bus.since(await bus.head()))).toEqual([]);
  });

  it("answers 'gone' past the count, past the age, and for positions it never gave", async () => {
    let now = 1_000_000;
    const bus = createMemoryEventBus({ retention: { maxEvents: 3, maxAgeMs: 60_000 }, now: () => now });
    const first = await bus.publish(event('1'));
    const second = await bus.publish(event('2'));
    await bus.publish(event('3'));
    expect(statuses(await bus.since(first.id))).toEqual(['2', '3']);
    await bus.publish(event('4')); // 1 dropped: resuming after it is still exact, before it is not
    expect(statuses(await bus.since(first.id))).toEqual(['2', '3', '4']);
    await bus.publish(event('5')); // 2 dropped
    expect(await bus.since(first.id)).toBe('gone');
    expect(statuses(await bus.since(second.id))).toEqual(['3', '4', '5']);
    now += 61_000;
    const late = await bus.publish(event('6')); // 3–5 expired
    expect(await bus.since(second.id)).toBe('gone');
    expect(statuses(await bus.since(late.id))).toEqual([]);
    const [epoch] = late.id.split('-');
    expect(await bus.since(`${epoch}-999`)).toBe('gone'); // ahead of the stream
    expect(await bus.since('other-1')).toBe('gone'); // another bus's (a restart)
    expect(await bus.since('garbage')).toBe('gone');
  });

  it('refuses a retention that keeps nothing, and publishing once closed', async () => {
    expect(() => createMemoryEventBus({ retention: { maxEvents: 0 } })).toThrow(TypeError);
    const bus = createMemoryEventBus();
    await bus.close();
    await expect(bus.publish(event('a'))).rejects.toThrow(/closed/);
  });
});
