import { describe, expect, it } from 'vitest';
import { detectLanguage, formattingLocale } from './languages.ts';

describe('detectLanguage', () => {
  it.each([
    { browser: 'ja', expected: 'ja' },
    { browser: 'ja-JP', expected: 'ja' },
    { browser: 'JA-jp', expected: 'ja' },
    { browser: 'en-US', expected: 'en' },
    { browser: 'fr-FR', expected: 'en' },
    { browser: 'jv', expected: 'en' },
    { browser: undefined, expected: 'en' },
  ])('$browser → $expected', ({ browser, expected }) => {
    expect(detectLanguage(browser)).toBe(expected);
  });
});

describe('formattingLocale', () => {
  it("formats Japanese as in Japan and English in the browser's English", () => {
    expect(formattingLocale('ja', 'en-GB')).toBe('ja-JP');
    expect(formattingLocale('en', 'en-GB')).toBe('en-GB');
    expect(formattingLocale('en', 'ja-JP')).toBe('en-US');
    expect(formattingLocale('en', undefined)).toBe('en-US');
  });
});
