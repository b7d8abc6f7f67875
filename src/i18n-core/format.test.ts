import { describe, expect, it } from 'vitest';
import { createFormatters } from './format.ts';
import type { Language } from './languages.ts';

const at = Date.parse('2026-11-27T06:05:04.000Z');

function formatters(language: Language) {
  return createFormatters(
    () => language,
    () => 'en-US',
  )();
}

describe('createFormatters', () => {
  it('formats numbers and lists per language', () => {
    expect(formatters('en').count(1234567)).toBe('1,234,567');
    expect(formatters('ja').count(1234567)).toBe('1,234,567');
    expect(formatters('en').list(['a', 'b', 'c'])).toBe('a, b, c');
    expect(formatters('ja').list(['a', 'b', 'c'])).toBe('a、b、c');
  });

  it('formats dates the Japanese way in Japanese', () => {
    expect(formatters('ja').dateTime(new Date(at).toISOString())).toMatch(
      /^2026\/11\/27 \d{1,2}:05:04$/,
    );
    expect(formatters('en').dateTime(at)).toMatch(/^11\/27\/26, \d{1,2}:05:04 [AP]M$/);
    expect(formatters('en').dateTime(null)).toBe('—');
  });

  it('says how long ago in the language', () => {
    expect(formatters('en').relativeTime(new Date(at - 86_400_000 * 1.2).toISOString(), at)).toBe(
      'yesterday',
    );
    expect(formatters('ja').relativeTime(new Date(at - 5 * 60_000).toISOString(), at)).toBe(
      '5 分前',
    );
    expect(formatters('ja').region('JP')).toBe('日本');
  });
});
