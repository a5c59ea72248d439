import { describe, expect, it } from 'vitest';
import { memoized } from './memo.ts';

describe('memoized', () => {
  it('computes each key once, does not remember undefined, and stays bounded', () => {
    const calls: string[] = [];
    const length = memoized((key) => {
      calls.push(key);
      return key === 'bad' ? undefined : key.length;
    });
    expect([length('2018'), length('2018'), length('bad'), length('bad')]).toEqual([
      4,
      4,
      undefined,
      undefined,
    ]);
    expect(calls).toEqual(['2018', 'bad', 'bad']);
    for (let i = 0; i < 1000; i++) length(`key-${i}`);
    length('2018');
    // The 1,000 new keys filled the cache, which was then cleared: '2018' is computed again.
    expect(calls.filter((key) => key === '2018')).toHaveLength(2);
  });

  it('holds exactly 1,000 keys, and forgets them all at the next one', () => {
    const calls: string[] = [];
    const upper = memoized((key) => {
      calls.push(key);
      return key.toUpperCase();
    });
    upper('a');
    upper('b');
    upper('a');
    expect(calls).toEqual(['a', 'b']);
    for (let i = 2; i < 1000; i++) upper(`key-${i}`);
    upper('a');
    expect(calls.filter((key) => key === 'a')).toHaveLength(1);
    upper('one too many');
    upper('a');
    expect(calls.filter((key) => key === 'a')).toHaveLength(2);
  });

  it('an undefined result takes no room in the cache', () => {
    const calls: string[] = [];
    const known = memoized((key) => {
      calls.push(key);
      return key === 'a' ? 1 : undefined;
    });
    known('a');
    for (let i = 0; i < 1000; i++) known(`unknown-${i}`);
    known('a');
    expect(calls.filter((key) => key === 'a')).toHaveLength(1);
  });
});
