import { describe, expect, it } from 'vitest';
import { ArgumentError, describeReceived, quoteForMessage } from './errors.ts';

describe('ArgumentError', () => {
  it('names the function, the argument, what was expected and what was received', () => {
    const error = new ArgumentError('figures', 'unit', 'one of USD, CNY', 'usd', { suggestions: ['USD'] });
    expect(error.message).toBe('figures: unit must be one of USD, CNY; received "usd"; did you mean USD?');
    expect(error).toMatchObject({
      name: 'ArgumentError',
      function: 'figures',
      argument: 'unit',
      received: '"usd"',
    });
    expect(error).toBeInstanceOf(TypeError);
  });

  it('is an ArgumentError whichever copy of the module made it, and nothing else is', async () => {
    // A second instance of this module, as a bundled command line and an installed package make.
    const specifier = './errors.ts?another-copy';
    const copy = (await import(/* @vite-ignore */ specifier)) as typeof import('./errors.ts');
    expect(copy.ArgumentError).not.toBe(ArgumentError);
    const foreign = new copy.ArgumentError('get', 'id', 'a string', 42);
    expect(foreign instanceof ArgumentError).toBe(true);
    expect(new ArgumentError('get', 'id', 'a string', 42) instanceof copy.ArgumentError).toBe(true);
    expect(new TypeError('get: id must be a string') instanceof ArgumentError).toBe(false);
    expect(Object.assign(new Error('x'), { name: 'ArgumentError' }) instanceof ArgumentError).toBe(false);
    expect((null as unknown) instanceof ArgumentError).toBe(false);
  });
});

describe('received values in messages', () => {
  it('quotes and cuts strings, escapes control characters, and names other types', () => {
    expect(describeReceived('org:smiic')).toBe('"org:smiic"');
    expect(describeReceived('a\u001b[31m')).toBe('"a\\u001b[31m"');
    expect(describeReceived(42)).toBe('the number 42');
    expect(describeReceived(undefined)).toBe('nothing (undefined)');
    expect(describeReceived(null)).toBe('null');
    expect(describeReceived([1])).toBe('an array');
    expect(describeReceived({})).toBe('an object');
    expect(quoteForMessage('x'.repeat(100), 10)).toBe('"xxxxxxxxxx"… (100 characters)');
  });
});
