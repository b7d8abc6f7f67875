import { describe, expect, it } from 'vitest';
import { formatActivationCode, normalizeActivationCode } from './activation-code.ts';

describe('activation codes', () => {
  it.each([
    { input: 'ABCD-EFGH', code: 'ABCDEFGH' },
    { input: 'abcdefgh', code: 'ABCDEFGH' },
    { input: ' abcd efgh ', code: 'ABCDEFGH' },
    { input: 'IlOo-2345', code: '11002345' },
    { input: 'ABCD-EFG', code: null },
    { input: 'ABCD-EFGHJ', code: null },
    { input: 'ABCD-EFGU', code: null },
    { input: 'ABCD_EFGH', code: null },
    { input: '', code: null },
  ])('reads "$input" as $code', ({ input, code }) => {
    expect(normalizeActivationCode(input)).toBe(code);
  });

  it('shows a code in two groups of four', () => {
    expect(formatActivationCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });
});
