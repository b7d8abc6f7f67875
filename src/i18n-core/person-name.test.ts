import { describe, expect, it } from 'vitest';
import { formatCustomerName, formatPersonName } from './person-name.ts';

describe('formatPersonName', () => {
  it.each([
    { first: 'Hanako', last: 'Yamada', en: 'Hanako Yamada', ja: 'Yamada Hanako' },
    { first: '花子', last: '山田', en: '花子 山田', ja: '山田花子' },
    { first: 'ハナコ', last: 'ヤマダ', en: 'ハナコ ヤマダ', ja: 'ヤマダハナコ' },
    { first: '翔', last: '佐々木', en: '翔 佐々木', ja: '佐々木翔' },
    { first: 'Hanako', last: '山田', en: 'Hanako 山田', ja: '山田 Hanako' },
    { first: '', last: 'Yamada', en: 'Yamada', ja: 'Yamada' },
    { first: 'Hanako', last: ' ', en: 'Hanako', ja: 'Hanako' },
  ])('$en / $ja', ({ first, last, en, ja }) => {
    expect(formatPersonName(first, last, 'en')).toBe(en);
    expect(formatPersonName(first, last, 'ja')).toBe(ja);
  });

  it("shows an organization's name as it is", () => {
    const org = {
      type: 'organization',
      firstName: '',
      lastName: '',
      organizationName: '株式会社X',
    };
    expect(formatCustomerName({ ...org, type: 'organization' }, 'ja')).toBe('株式会社X');
  });
});
