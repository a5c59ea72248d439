import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bumpBetween, compareVersions, declaredBump, isEnough, latestRelease } from './versioning.ts';

const packageDir = new URL('../', import.meta.url).pathname;
const built = JSON.parse(readFileSync(join(packageDir, 'dist/dataset.json'), 'utf8'));

describe('versions and bumps', () => {
  it('compares versions and names the bump between them', () => {
    expect(['1.10.0', '1.2.0', '0.9.9'].sort(compareVersions)).toEqual(['0.9.9', '1.2.0', '1.10.0']);
    expect(bumpBetween('1.2.3', '2.0.0')).toBe('major');
    expect(bumpBetween('1.2.3', '1.3.0')).toBe('minor');
    expect(bumpBetween('1.2.3', '1.2.4')).toBe('patch');
    expect(bumpBetween('1.2.3', '1.2.3')).toBe('none');
  });

  it('reads the largest declared bump for a package from pending changesets', () => {
    const changesets = [
      {
        releases: [
          { name: '@chipwar/dataset', type: 'patch' },
          { name: '@chipwar/query', type: 'major' },
        ],
      },
      { releases: [{ name: '@chipwar/dataset', type: 'minor' }] },
    ];
    expect(declaredBump(changesets, '@chipwar/dataset')).toBe('minor');
    expect(declaredBump([], '@chipwar/dataset')).toBe('none');
    expect(isEnough('minor', 'patch')).toBe(true);
    expect(isEnough('minor', 'major')).toBe(false);
  });

  it('finds the newest released snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    expect(latestRelease(dir)).toBeUndefined();
    writeFileSync(join(dir, '0.9.0.json'), JSON.stringify(built));
    writeFileSync(join(dir, '0.10.0.json'), JSON.stringify(built));
    writeFileSync(join(dir, 'README.md'), '#');
    expect(latestRelease(dir)?.version).toBe('0.10.0');
  });
});

describe('check:version-bump', () => {
  // Reads the changesets of an empty repository, not the pending ones of this checkout, so that the
  // outcome does not depend on which release is being prepared.
  const noChangesets = mkdtempSync(join(tmpdir(), 'repo-'));
  mkdirSync(join(noChangesets, '.changeset'));
  const check = (dir: string) =>
    spawnSync(
      'npx',
      ['tsx', '--conditions=@chipwar/source', 'scripts/check-version-bump.ts', '--changesets', noChangesets],
      {
        cwd: packageDir,
        encoding: 'utf8',
        env: { ...process.env, CHIPWAR_RELEASES_DIR: dir },
      },
    );

  it('passes when nothing changed since the last release', () => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    writeFileSync(join(dir, '0.0.0.json'), JSON.stringify(built));
    const result = check(dir);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('requires a none release');
  });

  it('fails when a record was removed but no changeset declares a major bump, saying why', () => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    const released = structuredClone(built);
    released.concepts.push({ ...released.concepts[0], id: 'concept:dropped-since', name: 'dropped since' });
    writeFileSync(join(dir, '0.0.0.json'), JSON.stringify(released));
    const result = check(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'major  1 id(s) removed without an entry in the ledger: concept:dropped-since',
    );
    expect(result.stderr).toMatch(
      /require a major release of @chipwar\/dataset, but the pending changesets declare (none|patch|minor)/,
    );
  });
});
