import { describe, expect, it } from 'vitest';
import { message, type Message } from '../../../contract/messages.ts';
import type { RegisterHealth } from '../../../contract/health.ts';
import {
  persistentStorageLabel,
  sortRegisters,
  stuckSummary,
  thresholdsText,
} from './register-health.ts';

const stores: Record<string, string> = { S001: 'Shibuya Store', S002: 'Umeda Store' };
const storeName = (id: string) => stores[id] ?? id;

const register = (
  storeId: string,
  registerNumber: string,
  stuckReason: Message | null = null,
): RegisterHealth => ({
  registerId: `${storeId}-R${registerNumber}`,
  registerNumber,
  storeId,
  activated: true,
  retiredAt: null,
  lastSeenAt: null,
  queue: null,
  stuckReason,
});

describe('stuckSummary', () => {
  it.each([
    {
      case: 'says nothing when no register is stuck',
      registers: [register('S001', '1')],
      expected: null,
    },
    { case: 'says nothing when there are no registers', registers: [], expected: null },
    {
      case: 'names the one stuck register with its reason',
      registers: [register('S001', '1'), register('S001', '2', message('no-contact', { n: 12 }))],
      expected: 'Registers that need a look: Shibuya Store register 2 (No contact for 12 minutes)',
    },
    {
      case: 'names every stuck register in order, by store name and falls back to the store ID',
      registers: [
        register('S002', '1', message('records-waiting', { n: 45 })),
        register('S001', '3', message('no-contact', { n: 11 })),
        register('S009', '1', message('records-need-attention-one', { n: 1 })),
      ],
      expected:
        'Registers that need a look: Umeda Store register 1 (Records waiting for 45 minutes), Shibuya Store register 3 (No contact for 11 minutes), S009 register 1 (1 record needs attention)',
    },
  ])('$case', ({ registers, expected }) => {
    expect(stuckSummary(registers, storeName)).toBe(expected);
  });
});

describe('sortRegisters', () => {
  it('orders by store name, then register number as a number', () => {
    const sorted = sortRegisters(
      [register('S002', '1'), register('S001', '10'), register('S001', '2')],
      storeName,
    );
    expect(sorted.map((r) => r.registerId)).toEqual(['S001-R2', 'S001-R10', 'S002-R1']);
  });
});

describe('thresholdsText', () => {
  it.each([
    [10, 30, 'Stuck after 10 minutes without contact or 30 minutes with records waiting.'],
    [1, 1, 'Stuck after 1 minute without contact or 1 minute with records waiting.'],
  ])('%i and %i minutes', (silent, waiting, expected) => {
    expect(thresholdsText(silent, waiting)).toBe(expected);
  });
});

describe('persistentStorageLabel', () => {
  it.each([
    [{ persistentStorage: true }, 'Granted'],
    [{ persistentStorage: false }, 'Not granted'],
    [{ persistentStorage: null }, 'Unknown'],
    [null, 'Unknown'],
  ])('%j → %s', (queue, expected) => {
    expect(persistentStorageLabel(queue)).toBe(expected);
  });
});
