import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quoteForMessage } from './errors.ts';
import { CONTROL_CHARACTER, escapeControlCharacters } from './text.ts';

describe('escapeControlCharacters', () => {
  it('escapes C0, DEL and C1 controls as JSON does, and nothing else', () => {
    expect(escapeControlCharacters('a\u001b[31mb\u0007\t\n\r\u007f\u009b\u0085')).toBe(
      'a\\u001b[31mb\\u0007\\t\\n\\r\\u007f\\u009b\\u0085',
    );
    expect(escapeControlCharacters('“China’s” — é 中国 🇨🇳 \u00a0')).toBe('“China’s” — é 中国 🇨🇳 \u00a0');
  });

  it('leaves no control character in any string (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        expect(CONTROL_CHARACTER.test(escapeControlCharacters(text))).toBe(false);
      }),
    );
  });
});

describe('quoteForMessage', () => {
  it('escapes every control character, DEL and C1 included, which JSON.stringify leaves raw', () => {
    expect(quoteForMessage('a\u001b[31m\u009b2J\u007f')).toBe('"a\\u001b[31m\\u009b2J\\u007f"');
  });

  it('cuts long input at the limit and says how long it was', () => {
    const quoted = quoteForMessage(`\u009b${'x'.repeat(100_000)}`);
    expect(quoted).toMatch(/^"\\u009bx{79}"… \(100,001 characters\)$/);
  });
});
