import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bumpBetween,
  compareVersions,
  declaredBump,
  incrementVersion,
  isEnough,
  majorOf,
  maxBump,
  parseVersion,
  SEMVER_PATTERN,
} from '../versioning.ts';

describe('parseVersion', () => {
  it('splits a version into its parts, pre-release and build included', () => {
    expect(parseVersion('1.22.333-rc.1+build.5')).toEqual({
      major: 1,
      minor: 22,
      patch: 333,
      prerelease: ['rc', '1'],
      build: 'build.5',
    });
    expect(parseVersion('0.1.0')).toEqual({ major: 0, minor: 1, patch: 0, prerelease: [], build: undefined });
    expect(parseVersion('2.0.0+20230503')?.build).toBe('20230503');
  });

  it.each([
    '1.2',
    '1.2.3.4',
    '01.2.3',
    '1.02.3',
    'v1.2.3',
    '1.2.3-',
    '1.2.3+',
    '1.2.3-01',
    ' 1.2.3',
    '',
    1,
    null,
  ])('refuses %j', (text) => {
    expect(parseVersion(text)).toBeUndefined();
    if (typeof text === 'string') expect(SEMVER_PATTERN.test(text)).toBe(false);
  });

  it('refuses an overlong string without reading it', () => {
    expect(parseVersion(`1.2.3-${'a'.repeat(300)}`)).toBeUndefined();
  });
});

describe('compareVersions', () => {
  it('orders by semver precedence', () => {
    const ordered = [
      '0.9.9',
      '1.0.0-alpha',
      '1.0.0-alpha.1',
      '1.0.0-alpha.beta',
      '1.0.0-beta',
      '1.0.0-beta.2',
      '1.0.0-beta.11',
      '1.0.0-rc.1',
      '1.0.0',
      '1.2.0',
      '1.10.0',
      '2.0.0',
    ];
    const shuffled = [...ordered].reverse();
    expect(shuffled.sort(compareVersions)).toEqual(ordered);
  });

  it('ignores build metadata and returns -1, 0 or 1', () => {
    expect(compareVersions('1.0.0+a', '1.0.0+b')).toBe(0);
    expect(compareVersions('1.0.0', '2.0.0')).toBe(-1);
    expect(compareVersions('3.0.0', '2.9.9')).toBe(1);
    expect(compareVersions('1.0.0-1', '1.0.0-a')).toBe(-1);
  });

  it('is antisymmetric (property)', () => {
    const version = fc
      .tuple(
        fc.nat(20),
        fc.nat(20),
        fc.nat(20),
        fc.option(fc.constantFrom('alpha', 'beta.2', 'rc.1', '1'), { nil: undefined }),
      )
      .map(([a, b, c, pre]) => `${a}.${b}.${c}${pre ? `-${pre}` : ''}`);
    fc.assert(
      fc.property(version, version, (a, b) => {
        expect(compareVersions(a, b)).toBe(-compareVersions(b, a) || 0);
      }),
    );
  });

  it('throws a RangeError for a string that is not a version', () => {
    expect(() => compareVersions('1.2', '1.2.0')).toThrow(
      /compareVersions: expected a semantic version .* received "1.2"/,
    );
    expect(() => majorOf('latest')).toThrow(RangeError);
  });
});

describe('bumps', () => {
  it('names the bump between two versions, none when not later', () => {
    expect(bumpBetween('1.2.3', '2.0.0')).toBe('major');
    expect(bumpBetween('1.2.3', '1.3.0')).toBe('minor');
    expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch');
    expect(bumpBetween('1.2.3', '1.2.3')).toBe('none');
    expect(bumpBetween('1.2.3', '1.2.2')).toBe('none');
    expect(bumpBetween('0.1.0', '1.0.0')).toBe('major');
    expect(bumpBetween('0.1.0', '0.2.0')).toBe('minor');
    expect(bumpBetween('1.0.0-rc.1', '1.0.0')).toBe('patch');
  });

  it('increments as changesets does, and bumpBetween reads it back (property)', () => {
    expect(incrementVersion('0.1.0', 'major')).toBe('1.0.0');
    expect(incrementVersion('1.2.3', 'minor')).toBe('1.3.0');
    expect(incrementVersion('1.2.3', 'patch')).toBe('1.2.4');
    expect(incrementVersion('1.2.3-rc.1', 'none')).toBe('1.2.3');
    fc.assert(
      fc.property(
        fc.nat(50),
        fc.nat(50),
        fc.nat(50),
        fc.constantFrom('major', 'minor', 'patch') as fc.Arbitrary<'major'>,
        (a, b, c, bump) => {
          expect(bumpBetween(`${a}.${b}.${c}`, incrementVersion(`${a}.${b}.${c}`, bump))).toBe(bump);
        },
      ),
    );
  });

  it('takes the larger bump and knows when a declared bump is enough', () => {
    expect(maxBump('minor', 'patch')).toBe('minor');
    expect(maxBump('patch', 'major')).toBe('major');
    expect(maxBump('none', 'none')).toBe('none');
    expect(isEnough('minor', 'patch')).toBe(true);
    expect(isEnough('minor', 'minor')).toBe(true);
    expect(isEnough('patch', 'major')).toBe(false);
    expect(isEnough('none', 'patch')).toBe(false);
  });

  it('reads the largest bump pending changesets declare for a package', () => {
    const changesets = [
      {
        releases: [
          { name: '@chipwar/dataset', type: 'patch' },
          { name: '@chipwar/query', type: 'major' },
        ],
      },
      { releases: [{ name: '@chipwar/dataset', type: 'minor' }] },
      { releases: [{ name: '@chipwar/dataset', type: 'unknown' }] },
    ];
    expect(declaredBump(changesets, '@chipwar/dataset')).toBe('minor');
    expect(declaredBump(changesets, '@chipwar/query')).toBe('major');
    expect(declaredBump([], '@chipwar/dataset')).toBe('none');
  });
});
