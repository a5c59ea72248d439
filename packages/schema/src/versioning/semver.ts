// The one reader of version numbers in the repository: every package, script and schema that needs
// to compare, bump or validate a version calls this module.

/** A semver bump, smallest first. */
export const BUMPS = ['none', 'patch', 'minor', 'major'] as const;

/** A semver bump. */
export type Bump = (typeof BUMPS)[number];

/**
 * A semantic version (semver 2.0.0): `1.2.3`, with an optional pre-release (`-rc.1`) and build
 * metadata (`+20230503`).
 */
export const SEMVER_PATTERN: RegExp =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*)(?:\.(?:0|[1-9]\d*|\d*[A-Za-z-][0-9A-Za-z-]*))*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

/** A version split into its parts. */
export interface Version {
  /** The major version: a change here breaks consumers. */
  readonly major: number;
  /** The minor version: new data or features. */
  readonly minor: number;
  /** The patch version: corrections. */
  readonly patch: number;
  /** The pre-release identifiers (`['rc', '1']` for `-rc.1`); empty for a release. */
  readonly prerelease: readonly string[];
  /** Build metadata (`'20230503'`); ignored when comparing, as semver says. */
  readonly build: string | undefined;
}

/**
 * Splits a semantic version into its parts, or returns `undefined` when it is not one.
 *
 * ```ts
 * parseVersion('1.2.3-rc.1+build.5'); // { major: 1, minor: 2, patch: 3, prerelease: ['rc', '1'], build: 'build.5' }
 * parseVersion('1.2'); // undefined
 * ```
 */
export function parseVersion(text: unknown): Version | undefined {
  if (typeof text !== 'string' || text.length > 256) return undefined;
  const match = SEMVER_PATTERN.exec(text);
  if (!match) return undefined;
  const [, major = '0', minor = '0', patch = '0', prerelease, build] = match;
  return {
    major: Number(major),
    minor: Number(minor),
    patch: Number(patch),
    prerelease: prerelease === undefined ? [] : prerelease.split('.'),
    build,
  };
}

function requireVersion(fn: string, text: string): Version {
  const version = parseVersion(text);
  if (!version) {
    throw new RangeError(
      `${fn}: expected a semantic version such as 1.2.3; received ${JSON.stringify(text)}`,
    );
  }
  return version;
}

function compareIdentifiers(a: string, b: string): number {
  const numericA = /^\d+$/.test(a);
  const numericB = /^\d+$/.test(b);
  if (numericA && numericB) return Number(a) - Number(b);
  if (numericA !== numericB) return numericA ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Orders two versions by semver precedence: negative when `a` comes first, positive when `b`
 * does, 0 when equal (build metadata ignored; a pre-release comes before its release). Throws a
 * `RangeError` for a string that is not a version.
 *
 * ```ts
 * ['1.10.0', '1.2.0', '1.2.0-rc.1'].sort(compareVersions); // ['1.2.0-rc.1', '1.2.0', '1.10.0']
 * ```
 */
export function compareVersions(a: string, b: string): number {
  const x = requireVersion('compareVersions', a);
  const y = requireVersion('compareVersions', b);
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core !== 0) return Math.sign(core);
  if (x.prerelease.length === 0 || y.prerelease.length === 0) {
    return Math.sign(y.prerelease.length - x.prerelease.length);
  }
  for (let index = 0; index < Math.max(x.prerelease.length, y.prerelease.length); index++) {
    const p = x.prerelease[index];
    const q = y.prerelease[index];
    if (p === undefined || q === undefined) return p === undefined ? -1 : 1;
    const order = compareIdentifiers(p, q);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}

/**
 * The major version of a version string. Throws a `RangeError` for a string that is not a version.
 *
 * ```ts
 * majorOf('2.1.0'); // 2
 * ```
 */
export function majorOf(version: string): number {
  return requireVersion('majorOf', version).major;
}

/**
 * The bump that leads from one version to a later one: `1.2.3` → `1.3.0` is `minor`; `none` when
 * `to` is not later. For versions below 1.0.0 the bump is read as npm and changesets apply it:
 * `0.1.0` → `1.0.0` is `major`.
 *
 * ```ts
 * bumpBetween('1.2.3', '2.0.0'); // 'major'
 * bumpBetween('1.2.3', '1.2.3'); // 'none'
 * ```
 */
export function bumpBetween(from: string, to: string): Bump {
  const a = requireVersion('bumpBetween', from);
  const b = requireVersion('bumpBetween', to);
  if (compareVersions(from, to) >= 0) return 'none';
  if (b.major > a.major) return 'major';
  if (b.minor > a.minor) return 'minor';
  return 'patch';
}

/**
 * The version a bump leads to, as npm and changesets apply it (`semver.inc`): the bumped part goes
 * up by one and the parts after it go to 0 (`1.2.3` + `minor` is `1.3.0`; `0.1.0` + `major` is
 * `1.0.0`); `none` keeps the version. A pre-release is released by the smallest bump that reaches
 * it: `1.2.3-rc.1` + `patch` is `1.2.3`, `1.3.0-rc.1` + `minor` is `1.3.0`, `2.0.0-rc.1` + `major`
 * is `2.0.0`. Pre-release and build are dropped.
 *
 * ```ts
 * incrementVersion('0.1.0', 'major'); // '1.0.0'
 * incrementVersion('2.0.0-rc.1', 'major'); // '2.0.0'
 * ```
 */
export function incrementVersion(version: string, bump: Bump): string {
  const { major, minor, patch, prerelease } = requireVersion('incrementVersion', version);
  // A pre-release comes before its release, so a bump whose result is that release stops there.
  const isPrerelease = prerelease.length > 0;
  switch (bump) {
    case 'major':
      return isPrerelease && minor === 0 && patch === 0 ? `${major}.0.0` : `${major + 1}.0.0`;
    case 'minor':
      return isPrerelease && patch === 0 ? `${major}.${minor}.0` : `${major}.${minor + 1}.0`;
    case 'patch':
      return isPrerelease ? `${major}.${minor}.${patch}` : `${major}.${minor}.${patch + 1}`;
    default:
      return `${major}.${minor}.${patch}`;
  }
}

/**
 * The larger of two bumps.
 *
 * ```ts
 * maxBump('minor', 'patch'); // 'minor'
 * ```
 */
export function maxBump(a: Bump, b: Bump): Bump {
  return BUMPS.indexOf(a) >= BUMPS.indexOf(b) ? a : b;
}

/**
 * Whether a declared bump is at least the one required.
 *
 * ```ts
 * isEnough('minor', 'patch'); // true
 * isEnough('patch', 'major'); // false
 * ```
 */
export function isEnough(declared: Bump, required: Bump): boolean {
  return BUMPS.indexOf(declared) >= BUMPS.indexOf(required);
}

/**
 * The largest bump that pending changesets declare for one package (`none` when none names it).
 * Takes changesets as `@changesets/read` returns them.
 *
 * ```ts
 * declaredBump([{ releases: [{ name: '@chipwar/dataset', type: 'minor' }] }], '@chipwar/dataset'); // 'minor'
 * ```
 */
export function declaredBump(
  changesets: readonly { readonly releases: readonly { readonly name: string; readonly type: string }[] }[],
  name: string,
): Bump {
  let bump: Bump = 'none';
  for (const changeset of changesets) {
    for (const release of changeset.releases) {
      if (release.name === name && (BUMPS as readonly string[]).includes(release.type)) {
        bump = maxBump(bump, release.type as Bump);
      }
    }
  }
  return bump;
}
