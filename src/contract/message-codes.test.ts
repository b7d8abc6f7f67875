import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isMessageCode } from './messages.ts';

/** Every TypeScript file under `dir`, tests left out. */
function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.(test|suite)\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

/** The message codes a file names: `message('code'…`, `'code' satisfies MessageCode`, `unauthorized('code')`. */
function codesNamedIn(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const patterns = [
    /\bmessage\(\s*'([a-z0-9-]+)'/g,
    /'([a-z0-9-]+)' satisfies MessageCode/g,
    /unauthorized\('([a-z0-9-]+)'\)/g,
  ];
  return patterns.flatMap((p) => [...text.matchAll(p)].map((m) => m[1] ?? ''));
}

// Each app's message-catalog test then proves it words every code, in both languages.
describe('the codes the product sends', () => {
  it('are all message codes: the server, the contract and the register sync layer', () => {
    const roots = ['src/server', 'src/contract', 'src/pos/sync', 'src/pos/db', 'src/hq/api.ts'];
    const named = roots.flatMap((root) =>
      root.endsWith('.ts') ? codesNamedIn(root) : sourceFiles(root).flatMap(codesNamedIn),
    );
    // The scan finds the server's codes (a broken pattern would find none and prove nothing).
    expect(named).toEqual(expect.arrayContaining(['customer-merged', 'no-such-resource']));
    expect(named.filter((code) => !isMessageCode(code))).toEqual([]);
  });
});
