import { describe, expect, it } from 'vitest';
import { newGuid, type GuidSource } from './new-guid.ts';

const version4 = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** `crypto` as an insecure context has it: getRandomValues, no randomUUID. */
const withoutRandomUuid: GuidSource = { getRandomValues: (array) => crypto.getRandomValues(array) };

/** Random bytes that are all `byte`. */
const constant = (byte: number): GuidSource => ({
  getRandomValues: (array) => {
    if (array) new Uint8Array(array.buffer, array.byteOffset, array.byteLength).fill(byte);
    return array;
  },
});

describe('newGuid', () => {
  it('uses crypto.randomUUID where the browser has it', () => {
    const uuid = '6f1c0e2a-3b4d-4e5f-8a9b-0c1d2e3f4a5b';
    expect(newGuid({ ...withoutRandomUuid, randomUUID: () => uuid })).toBe(uuid);
  });

  it('makes a version 4 GUID from getRandomValues where randomUUID is missing', () => {
    const guids = Array.from({ length: 200 }, () => newGuid(withoutRandomUuid));
    for (const guid of guids) expect(guid).toMatch(version4);
    expect(new Set(guids).size).toBe(guids.length);
  });

  it('sets the version and variant bits whatever the random bytes are', () => {
    expect(newGuid(constant(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newGuid(constant(0))).toBe('00000000-0000-4000-8000-000000000000');
  });
});
