import { describe, expect, it } from 'vitest';
import {
  importSummary,
  readRescueFile,
  rescueFileMaxBytes,
  rescueFileSizeProblem,
} from './rescue-file.ts';
import { sampleRescueFile } from './rescue-file.fixture.ts';

const at = sampleRescueFile().exportedAt;

describe('readRescueFile', () => {
  it('parses a rescue file once and previews its store, register, time and records by kind', () => {
    const file = sampleRescueFile();
    const reading = readRescueFile(JSON.stringify(file, null, 2));
    expect(reading).toEqual({
      ok: true,
      file,
      preview: {
        storeId: 'S001',
        registerId: 'S001-R2',
        exportedAt: at,
        total: 4,
        byKind: { 'customer-create': 2, 'customer-edit': 1, 'address-create': 1 },
      },
    });
  });

  it('previews an empty rescue file with zero of every kind', () => {
    const reading = readRescueFile(JSON.stringify({ ...sampleRescueFile(), records: [] }));
    if (!reading.ok) throw new Error(reading.message);
    expect(reading.preview.total).toBe(0);
    expect(reading.preview.byKind).toEqual({
      'customer-create': 0,
      'customer-edit': 0,
      'address-create': 0,
    });
  });

  const notRescue = 'This is not a register rescue file.';
  const valid = JSON.stringify(sampleRescueFile());
  it.each([
    { case: 'a text file', text: 'Hello, world', message: notRescue },
    { case: 'a JSON array', text: '[1, 2, 3]', message: notRescue },
    { case: 'JSON null', text: 'null', message: notRescue },
    { case: 'another JSON object', text: '{"stores": []}', message: notRescue },
    {
      case: 'a newer format',
      text: JSON.stringify({ ...sampleRescueFile(), format: 'pos-rescue/2' }),
      message: notRescue,
    },
    {
      case: 'a file cut short',
      text: valid.slice(0, valid.length / 2),
      message:
        'This rescue file is damaged or incomplete: it is not valid JSON. Export it from the register again.',
    },
  ])('refuses $case', ({ text, message }) => {
    expect(readRescueFile(text)).toEqual({ ok: false, message });
  });

  it('says where a rescue file is damaged', () => {
    const file = sampleRescueFile();
    const broken = { ...file, records: [file.records[0], { ...file.records[1], guid: 'nope' }] };
    const reading = readRescueFile(JSON.stringify(broken));
    expect(reading.ok).toBe(false);
    if (reading.ok) return;
    expect(reading.message).toMatch(
      /^This rescue file is damaged \(records 2, guid: .+\)\. Export it from the register again\.$/,
    );
  });

  it('refuses unknown fields, as the contract does', () => {
    const reading = readRescueFile(JSON.stringify({ ...sampleRescueFile(), extra: true }));
    expect(reading.ok).toBe(false);
  });
});

describe('rescueFileSizeProblem', () => {
  it.each([
    { bytes: 0, expected: 'This file is empty: it is not a register rescue file.' },
    { bytes: 1, expected: null },
    { bytes: rescueFileMaxBytes, expected: null },
    {
      bytes: 31 * 1024 * 1024,
      expected: 'This file is 31 MB, larger than any register rescue file (at most 20 MB).',
    },
  ])('$bytes bytes → $expected', ({ bytes, expected }) => {
    expect(rescueFileSizeProblem(bytes)).toBe(expected);
  });
});

describe('importSummary', () => {
  it('says what was new, already at HQ and refused', () => {
    expect(importSummary({ accepted: 2, duplicates: 0, rejected: 1 })).toBe(
      'Imported: 2 new, 0 already at HQ, 1 refused',
    );
  });
});
