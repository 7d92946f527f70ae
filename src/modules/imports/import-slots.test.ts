import { describe, expect, it } from 'vitest';
import { ImportSlots, ImportsBusy } from './import-slots.ts';

/** A piece of work the test finishes when it wants, recording when it started. */
function gate(started: string[], name: string) {
  let open: () => void = () => undefined;
  const opened = new Promise<void>((resolve) => {
    open = resolve;
  });
  return {
    open,
    work: async () => {
      started.push(name);
      await opened;
      return name;
    },
  };
}

describe('import slots', () => {
  it('runs two at once, queues the next in order, and refuses past the queue with 503 and Retry-After', async () => {
    const slots = new ImportSlots(2, 1);
    const started: string[] = [];
    const a = gate(started, 'a');
    const b = gate(started, 'b');
    const c = gate(started, 'c');
    const d = gate(started, 'd');
    const ra = slots.run(a.work);
    const rb = slots.run(b.work);
    const rc = slots.run(c.work);
    await Promise.resolve();
    expect(started).toEqual(['a', 'b']);
    const refused = await slots.run(d.work).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ImportsBusy);
    expect((refused as ImportsBusy).status).toBe(503);
    expect((refused as ImportsBusy).retryAfter).toBe(30);
    a.open();
    expect(await ra).toBe('a');
    await new Promise((resolve) => setImmediate(resolve));
    expect(started).toEqual(['a', 'b', 'c']);
    b.open();
    c.open();
    expect(await Promise.all([rb, rc])).toEqual(['b', 'c']);
  });

  it('frees the slot of work that fails', async () => {
    const slots = new ImportSlots(1, 0);
    await expect(slots.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(slots.run(async () => 'next')).resolves.toBe('next');
  });
});
