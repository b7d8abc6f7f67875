import { describe, expect, it } from 'vitest';
import { messageSchema } from './message-schema.ts';
import { isReceivedMessage, parseStoredMessage, plainText, readMessage } from './messages.ts';

const shapes: unknown[] = [
  { code: 'customer-merged', values: { account: 'C-1' } },
  { code: 'customer-merged', values: { n: 3 }, field: 'customer.email' },
  { code: 'from-a-newer-server' },
  { code: '' },
  { code: 'x'.repeat(101) },
  { code: 'rejected', values: ['a'] },
  { code: 'rejected', values: { nested: { a: 1 } } },
  { code: 'rejected', field: 'f'.repeat(501) },
  { code: 7 },
  'a string',
  null,
  [],
];

describe('messages read back', () => {
  it.each(shapes.map((shape) => [JSON.stringify(shape), shape]))(
    'takes %s as a message exactly when its wire schema does',
    (_, shape) => {
      expect(isReceivedMessage(shape)).toBe(messageSchema.safeParse(shape).success);
    },
  );

  it('keeps a known code with its values and field', () => {
    const stored = { code: 'customer-merged', values: { account: 'C-1' }, field: 'x' };
    expect(readMessage(stored)).toEqual(stored);
  });

  it('reads an unknown code, an old English string or anything else as plain text', () => {
    expect(readMessage({ code: 'from-a-newer-server' })).toEqual(plainText('from-a-newer-server'));
    expect(readMessage('Stored before codes')).toEqual(plainText('Stored before codes'));
    expect(readMessage({ odd: true }, 'The fallback')).toEqual(plainText('The fallback'));
    expect(readMessage([1])).toEqual(plainText('[1]'));
    expect(parseStoredMessage('not json')).toEqual(plainText('not json'));
  });
});
