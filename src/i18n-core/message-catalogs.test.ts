import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { englishMessages, isMessageCode, type MessageCode } from '../contract/messages.ts';
import { hqEn } from '../hq/i18n/en.ts';
import { hqI18n } from '../hq/i18n/i18n.ts';
import { hqJa } from '../hq/i18n/ja.ts';
import { describe as describeHq } from '../hq/i18n/messages.ts';
import { posEn } from '../pos/i18n/en.ts';
import { posI18n } from '../pos/i18n/i18n.ts';
import { posJa } from '../pos/i18n/ja.ts';
import { describe as describePos } from '../pos/i18n/messages.ts';
import { placeholdersOf } from './catalog-check.ts';

afterEach(async () => {
  await posI18n.choose('en');
  await hqI18n.choose('en');
});

const codes = Object.keys(englishMessages) as MessageCode[];

const catalogs = {
  'pos en': posEn.messages,
  'pos ja': posJa.messages,
  'hq en': hqEn.messages,
  'hq ja': hqJa.messages,
};

/** Every TypeScript file under `dir`, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|suite)\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The message codes a file names: `message('code'…`, `'code' satisfies MessageCode`, `code: 'x'`. */
function codesNamedIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const patterns = [
    /\bmessage\(\s*'([a-z0-9-]+)'/g,
    /'([a-z0-9-]+)' satisfies MessageCode/g,
    /unauthorized\('([a-z0-9-]+)'\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1] ?? ''));
}

describe('message codes and the catalogs', () => {
  it('every code has words in both apps, in both languages, with the same placeholders', () => {
    const problems: string[] = [];
    for (const code of codes) {
      const english = placeholdersOf(englishMessages[code]).join();
      for (const [name, catalog] of Object.entries(catalogs)) {
        const words = catalog[code];
        if (typeof words !== 'string' || words.trim() === '') problems.push(`${name}: ${code}`);
        else if (placeholdersOf(words).join() !== english) {
          problems.push(`${name}: ${code} placeholders`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(Object.keys(posJa.messages).sort()).toEqual([...codes].sort());
    expect(Object.keys(hqJa.messages).sort()).toEqual([...codes].sort());
  });

  it('ties every code the server, the contract and the register name to the catalogs', () => {
    const roots = ['src/server', 'src/contract', 'src/pos/sync', 'src/pos/db', 'src/hq/api.ts'];
    const named = roots.flatMap((root) =>
      root.endsWith('.ts') ? codesNamedIn(root) : sourceFiles(root).flatMap(codesNamedIn),
    );
    // The scan finds the server's codes (a broken pattern would find none and prove nothing).
    expect(named).toEqual(expect.arrayContaining(['customer-merged', 'no-such-resource']));
    expect(named.filter((code) => !isMessageCode(code))).toEqual([]);
    for (const code of new Set(named)) {
      for (const catalog of Object.values(catalogs))
        expect(catalog[code as MessageCode]).toBeTruthy();
    }
  });

  it.each([
    ['the register', posI18n, describePos],
    ['the console', hqI18n, describeHq],
  ] as const)(
    '%s words every code in English and Japanese with its values filled',
    async (_, i18n, describeIt) => {
      for (const language of ['en', 'ja'] as const) {
        await i18n.choose(language);
        for (const code of codes) {
          const values = Object.fromEntries(
            placeholdersOf(englishMessages[code]).map((n) => [n, `«${n}»`]),
          );
          const text = describeIt({ code, values });
          expect(text).not.toMatch(/\{\{|messages\./);
          for (const name of Object.keys(values)) expect(text).toContain(`«${name}»`);
        }
      }
    },
  );
});
