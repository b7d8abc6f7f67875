import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Device } from '../devices.ts';
import { createPokeHub, type PokeHubOptions } from './poke-hub.ts';

/** A stream that remembers what was written and whether it was ended. */
function sink() {
  const chunks: string[] = [];
  let ended = false;
  return {
    chunks,
    ended: () => ended,
    sink: { write: (chunk: string) => void chunks.push(chunk), end: () => void (ended = true) },
  };
}

const r1: Device = { storeId: 'S001', registerId: 'S001-R1' };
const r2: Device = { storeId: 'S001', registerId: 'S001-R2' };
const osaka: Device = { storeId: 'S002', registerId: 'S002-R1' };

const poke = (topics: string[]) => `event: poke\ndata: ${JSON.stringify({ topics })}\n\n`;

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function hub(options: PokeHubOptions = {}) {
  return createPokeHub({ heartbeatMs: 20_000, ...options });
}

describe('the poke hub', () => {
  it('coalesces pokes to a register within 50 ms into one event with the union of topics', () => {
    const h = hub();
    const a = sink();
    h.open(r1, a.sink);
    h.poke('all', ['customers']);
    h.poke('all', ['config']);
    h.poke('all', ['customers']);
    vi.advanceTimersByTime(49);
    expect(a.chunks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(a.chunks).toEqual([poke(['config', 'customers'])]);
    h.poke('all', ['customers']);
    vi.advanceTimersByTime(50);
    expect(a.chunks).toEqual([poke(['config', 'customers']), poke(['customers'])]);
  });

  it.each([
    { target: 'all' as const, reached: ['S001-R1', 'S001-R2', 'S002-R1'] },
    { target: { storeIds: ['S001'] }, reached: ['S001-R1', 'S001-R2'] },
    { target: { registerIds: ['S002-R1', 'S009-R9'] }, reached: ['S002-R1'] },
    { target: { registerIds: [] }, reached: [] },
  ])('pokes only the registers $target names', ({ target, reached }) => {
    const h = hub();
    const streams = [r1, r2, osaka].map((device) => ({ device, ...sink() }));
    for (const s of streams) h.open(s.device, s.sink);
    h.poke(target, ['config']);
    vi.advanceTimersByTime(50);
    expect(streams.filter((s) => s.chunks.length > 0).map((s) => s.device.registerId)).toEqual(
      reached,
    );
  });

  it('pings every stream each heartbeat and reports the pinged registers', () => {
    const pinged: string[][] = [];
    const h = hub({ onPing: (devices) => pinged.push(devices.map((d) => d.registerId)) });
    const a = sink();
    const b = sink();
    h.open(r1, a.sink);
    const removeB = h.open(osaka, b.sink);
    vi.advanceTimersByTime(19_999);
    expect(a.chunks).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(a.chunks).toEqual([': ping\n\n']);
    expect(b.chunks).toEqual([': ping\n\n']);
    removeB();
    vi.advanceTimersByTime(20_000);
    expect(b.chunks).toHaveLength(1);
    expect(pinged).toEqual([['S001-R1', 'S002-R1'], ['S001-R1']]);
  });

  it('runs no timer while no stream is open', () => {
    const h = hub();
    const remove = h.open(r1, sink().sink);
    expect(vi.getTimerCount()).toBe(1);
    remove();
    expect(vi.getTimerCount()).toBe(0);
    h.poke('all', ['config']);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts connected registers and keeps at most 4 streams per register, closing the oldest', () => {
    const h = hub();
    const streams = Array.from({ length: 5 }, () => sink());
    for (const s of streams) h.open(r1, s.sink);
    h.open(r2, sink().sink);
    expect(h.connectedRegisters()).toBe(2);
    expect(streams.map((s) => s.ended())).toEqual([true, false, false, false, false]);
    h.poke({ registerIds: ['S001-R1'] }, ['customers']);
    vi.advanceTimersByTime(50);
    expect(streams.map((s) => s.chunks.length)).toEqual([0, 1, 1, 1, 1]);
  });

  it('disconnects the targeted registers only', () => {
    const h = hub();
    const a = sink();
    const b = sink();
    h.open(r1, a.sink);
    h.open(r2, b.sink);
    h.disconnect({ registerIds: ['S001-R2'] });
    expect([a.ended(), b.ended()]).toEqual([false, true]);
    expect(h.connectedRegisters()).toBe(1);
  });

  it('ends every stream on close, drops pending pokes and refuses new streams', () => {
    const h = hub();
    const a = sink();
    h.open(r1, a.sink);
    h.poke('all', ['config']);
    h.close();
    expect(a.ended()).toBe(true);
    expect(h.connectedRegisters()).toBe(0);
    vi.advanceTimersByTime(60_000);
    expect(a.chunks).toEqual([]);
    const late = sink();
    h.open(r2, late.sink);
    expect(late.ended()).toBe(true);
    expect(h.connectedRegisters()).toBe(0);
    expect(vi.getTimerCount()).toBe(0);
  });
});
