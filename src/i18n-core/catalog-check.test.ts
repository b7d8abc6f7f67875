import { describe, expect, it } from 'vitest';
import { catalogProblems, placeholdersOf } from './catalog-check.ts';

describe('catalogProblems', () => {
  const en = { a: { b: 'Hello {{name}}', c: '{{count, number}} items' }, d: 'Plain' };

  it('finds nothing wrong with a complete translation', () => {
    const ja = { a: { b: 'こんにちは {{name}}', c: '{{count, number}} 件' }, d: 'プレーン' };
    expect(catalogProblems(en, ja)).toEqual([]);
  });

  it('reports missing and extra keys, empty strings and placeholders that differ', () => {
    const ja = { a: { b: 'こんにちは {{nom}}', x: '余分' }, d: ' ' };
    expect(catalogProblems(en, ja)).toEqual([
      'missing: a.c',
      'placeholders differ: a.b',
      'extra: a.x',
      'empty: d',
    ]);
  });

  it('reads placeholder names with and without a format', () => {
    expect(placeholdersOf('{{ total }} of {{count, number}}')).toEqual(['count', 'total']);
  });
});
