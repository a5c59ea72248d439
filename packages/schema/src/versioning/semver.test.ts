import fc from 'fast-check';
import semver from 'semver';
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

describe('edge cases a release script depends on', () => {
  it('reads a version up to 256 characters long, and no longer', () => {
    const longest = `1.2.3-${'a'.repeat(250)}`;
    expect(longest).toHaveLength(256);
    expect(parseVersion(longest)?.prerelease).toEqual(['a'.repeat(250)]);
    expect(parseVersion(`${longest}b`)).toBeUndefined();
  });

  it('keeps numeric pre-release identifiers as strings, and a release has none', () => {
    expect(parseVersion('1.0.0-0.3.7')?.prerelease).toEqual(['0', '3', '7']);
    expect(parseVersion('1.0.0-x-y.z--')?.prerelease).toEqual(['x-y', 'z--']);
    expect(parseVersion('1.0.0+exp.sha.5114f85')).toEqual({
      major: 1,
      minor: 0,
      patch: 0,
      prerelease: [],
      build: 'exp.sha.5114f85',
    });
  });

  it('returns exactly -1 or 1 however far apart the parts are', () => {
    expect(compareVersions('1.9.0', '1.2.0')).toBe(1);
    expect(compareVersions('1.2.0', '1.2.9')).toBe(-1);
    expect(compareVersions('1.0.0-beta.2', '1.0.0-beta.11')).toBe(-1);
    expect(compareVersions('1.0.0-rc.1.2.3', '1.0.0')).toBe(-1);
    expect(compareVersions('1.0.0', '1.0.0-rc.1.2.3')).toBe(1);
    expect(compareVersions('1.0.0-b', '1.0.0-a')).toBe(1);
  });

  it('treats equal pre-releases as equal, build metadata aside', () => {
    expect(compareVersions('1.0.0-rc.1', '1.0.0-rc.1')).toBe(0);
    expect(compareVersions('1.0.0-rc.1+a', '1.0.0-rc.1+b')).toBe(0);
    expect(compareVersions('1.0.0-alpha', '1.0.0-alpha')).toBe(0);
  });

  it('sorts numeric identifiers before alphanumeric ones, whichever side they are on', () => {
    expect(compareVersions('1.0.0-alpha', '1.0.0-1')).toBe(1);
    expect(compareVersions('1.0.0-rc.1', '1.0.0-rc.a')).toBe(-1);
    expect(compareVersions('1.0.0-rc.a', '1.0.0-rc.1')).toBe(1);
  });

  it('names the function and the bad input in each error', () => {
    expect(() => majorOf('latest')).toThrow(
      new RangeError('majorOf: expected a semantic version such as 1.2.3; received "latest"'),
    );
    expect(() => compareVersions('1.0.0', 'next')).toThrow(
      new RangeError('compareVersions: expected a semantic version such as 1.2.3; received "next"'),
    );
    expect(() => bumpBetween('1.0.0', 'v2')).toThrow(
      new RangeError('bumpBetween: expected a semantic version such as 1.2.3; received "v2"'),
    );
    expect(() => bumpBetween('1', '2.0.0')).toThrow(/^bumpBetween: .* received "1"$/);
    expect(() => incrementVersion('1.0', 'patch')).toThrow(
      new RangeError('incrementVersion: expected a semantic version such as 1.2.3; received "1.0"'),
    );
  });

  it('reads majors past 9 as numbers, and ignores build metadata in majorOf', () => {
    expect(majorOf('10.0.0+build.7')).toBe(10);
    expect(majorOf('0.0.1-rc.1')).toBe(0);
  });

  it('names a bump from a pre-release by the parts that changed', () => {
    expect(bumpBetween('1.2.0-rc.1', '1.2.0')).toBe('patch');
    expect(bumpBetween('1.2.0-rc.1', '1.2.0-rc.2')).toBe('patch');
    expect(bumpBetween('1.2.0', '1.2.0-rc.1')).toBe('none');
    expect(bumpBetween('1.9.9', '2.0.0-rc.1')).toBe('major');
    expect(bumpBetween('1.2.9', '1.3.0-rc.1')).toBe('minor');
    // Build metadata is not a release.
    expect(bumpBetween('1.2.3', '1.2.3+build.2')).toBe('none');
    // A later minor with a lower patch is still a minor; a later major with a lower minor a major.
    expect(bumpBetween('1.2.9', '1.3.0')).toBe('minor');
    expect(bumpBetween('1.9.0', '2.0.0')).toBe('major');
  });

  it('releases a pre-release with the smallest bump that reaches it, and drops build metadata', () => {
    expect(incrementVersion('1.2.3-rc.1+build.5', 'patch')).toBe('1.2.3');
    expect(incrementVersion('1.2.3-rc.1+build.5', 'minor')).toBe('1.3.0');
    expect(incrementVersion('1.2.3-rc.1+build.5', 'major')).toBe('2.0.0');
    expect(incrementVersion('1.3.0-rc.1', 'minor')).toBe('1.3.0');
    expect(incrementVersion('1.3.0-rc.1', 'major')).toBe('2.0.0');
    expect(incrementVersion('2.0.0-rc.1', 'major')).toBe('2.0.0');
    expect(incrementVersion('1.2.3+build.5', 'none')).toBe('1.2.3');
  });

  it('increments as npm does (semver.inc), releases and pre-releases alike', () => {
    const part = fc.integer({ min: 0, max: 3 });
    const prerelease = fc.option(fc.constantFrom('rc.1', 'alpha', 'beta.2', '0'), { nil: undefined });
    fc.assert(
      fc.property(
        part,
        part,
        part,
        prerelease,
        fc.constantFrom('major' as const, 'minor' as const, 'patch' as const),
        (a, b, c, pre, bump) => {
          const version = `${a}.${b}.${c}${pre === undefined ? '' : `-${pre}`}`;
          expect(incrementVersion(version, bump)).toBe(semver.inc(version, bump));
        },
      ),
    );
  });

  it('takes the larger bump in either order', () => {
    expect(maxBump('patch', 'minor')).toBe('minor');
    expect(maxBump('major', 'none')).toBe('major');
    expect(maxBump('none', 'patch')).toBe('patch');
    expect(isEnough('major', 'major')).toBe(true);
    expect(isEnough('none', 'none')).toBe(true);
    expect(isEnough('minor', 'major')).toBe(false);
  });

  it('only counts the releases of the package asked for, and keeps the largest', () => {
    const changesets = [
      { releases: [{ name: '@chipwar/query', type: 'major' }] },
      { releases: [{ name: '@chipwar/dataset', type: 'major' }] },
      { releases: [{ name: '@chipwar/dataset', type: 'patch' }] },
    ];
    expect(declaredBump(changesets, '@chipwar/dataset')).toBe('major');
    expect(declaredBump(changesets, '@chipwar/schema')).toBe('none');
    expect(
      declaredBump([{ releases: [{ name: '@chipwar/dataset', type: 'none' }] }], '@chipwar/dataset'),
    ).toBe('none');
  });
});
