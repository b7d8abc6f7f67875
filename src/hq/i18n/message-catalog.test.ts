import { afterEach, describe, expect, it } from 'vitest';
import {
  everyCodeWithValues,
  messageCatalogProblems,
} from '../../i18n-core/message-catalog-check.ts';
import { hqEn } from './en.ts';
import { hqI18n } from './i18n.ts';
import { hqJa } from './ja.ts';
import { describe as describeMessage } from './messages.ts';

afterEach(() => hqI18n.choose('en'));

describe('the message codes in this app', () => {
  it('has words for every code, in English and Japanese, with the same placeholders', () => {
    expect(messageCatalogProblems(hqEn.messages)).toEqual([]);
    expect(messageCatalogProblems(hqJa.messages)).toEqual([]);
  });

  it.each(['en', 'ja'] as const)(
    'words every code in %s with its values filled',
    async (language) => {
      await hqI18n.choose(language);
      for (const { code, values } of everyCodeWithValues()) {
        const text = describeMessage({ code, values });
        expect(text).not.toMatch(/\{\{|messages\./);
        for (const name of Object.keys(values)) expect(text).toContain(`«${name}»`);
      }
    },
  );
});
