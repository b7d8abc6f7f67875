import { describe, expect, it } from 'vitest';
import { createHashSlots } from './hash-slots.ts';
import { HttpError } from './http-error.ts';

/** A piece of work that finishes when told to. */
function gate<T>(value: T) {
  let finish: () => void = () => undefined;
  let started = false;
  const work = () =>
    new Promise<T>((resolve) => {
      started = true;
      finish = () => resolve(value);
    });
  return { work, finish: () => finish(), started: () => started };
}

describe('hash slots', () => {
  it('runs at most `running` at once, queues `queued` more and refuses the rest with 429', async () => {
    const slots = createHashSlots({ running: 1, queued: 1 });
    const first = gate('first');
    const second = gate('second');
    const a = slots.run(first.work);
    const b = slots.run(second.work);
    const refused = slots.run(() => Promise.resolve('third'));
    await expect(refused).rejects.toBeInstanceOf(HttpError);
    await expect(refused).rejects.toMatchObject({ status: 429, code: 'too-many-attempts' });
    expect(first.started()).toBe(true);
    expect(second.started()).toBe(false);

    first.finish();
    expect(await a).toBe('first');
    await Promise.resolve();
    expect(second.started()).toBe(true);
    second.finish();
    expect(await b).toBe('second');
    expect(await slots.run(() => Promise.resolve('later'))).toBe('later');
  });

  it('frees the slot when the work fails', async () => {
    const slots = createHashSlots({ running: 1, queued: 0 });
    await expect(slots.run(() => Promise.reject(new Error('scrypt failed')))).rejects.toThrow(
      'scrypt failed',
    );
    expect(await slots.run(() => Promise.resolve('next'))).toBe('next');
  });
});
