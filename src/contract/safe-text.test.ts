import { describe, expect, it } from 'vitest';
import { findUnsafeText, isSafeText } from './safe-text.ts';

describe('unsafe text', () => {
  it.each([
    { text: 'Aiko Mori', safe: true },
    { text: '森 愛子', safe: true },
    { text: 'Aiko 🌸', safe: true },
    { text: 'Jose\u0301', safe: true },
    { text: 'شيماء', safe: true },
    { text: 'left\u200Fmark', safe: true },
    { text: 'a\u0000b', safe: false },
    { text: 'a\tb', safe: false },
    { text: 'a\nb', safe: false },
    { text: 'a\u007Fb', safe: false },
    { text: 'a\u0085b', safe: false },
    { text: 'a\u202Eb', safe: false },
    { text: 'a\u2066b', safe: false },
    { text: 'a\ud800b', safe: false },
    { text: 'a\udc00', safe: false },
  ])('isSafeText($text) is $safe', ({ text, safe }) => {
    expect(isSafeText(text)).toBe(safe);
  });

  it('names the first unsafe string by its path, keys included', () => {
    expect(findUnsafeText({ a: 'ok', b: [{ c: 'ok' }, { d: 'x\u0000' }] })).toBe('b.1.d');
    expect(findUnsafeText({ 'bad\u202Ekey': 1 })).toBe('_key');
    expect(findUnsafeText('\ud800')).toBe('_');
    expect(findUnsafeText({ a: [1, true, null, 'fine'] })).toBeNull();
  });

  it('walks deeply nested values without overflowing the stack', () => {
    let value: unknown = 'bottom\u0000';
    for (let i = 0; i < 200_000; i += 1) value = [value];
    expect(findUnsafeText(value)).toMatch(/^0(\.0)+$/);
  });
});
