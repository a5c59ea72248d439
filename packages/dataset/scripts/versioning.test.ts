import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { latestRelease } from './versioning.ts';

const packageDir = new URL('../', import.meta.url).pathname;
const built = JSON.parse(readFileSync(join(packageDir, 'dist/dataset.json'), 'utf8'));

describe('released snapshots', () => {
  it('finds the newest released snapshot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    expect(latestRelease(dir)).toBeUndefined();
    writeFileSync(join(dir, '0.9.0.json'), JSON.stringify(built));
    writeFileSync(join(dir, '0.10.0.json'), JSON.stringify(built));
    writeFileSync(join(dir, 'README.md'), '#');
    expect(latestRelease(dir)?.version).toBe('0.10.0');
  });
});

// Every input is a fixture: the released snapshot, the current dataset and the pending changesets,
// so a real changeset in the repository never changes what these tests see.
describe('check:version-bump', () => {
  const check = (dir: string, changesets: Record<string, string> = {}) => {
    const repo = mkdtempSync(join(tmpdir(), 'changesets-'));
    mkdirSync(join(repo, '.changeset'));
    for (const [name, text] of Object.entries(changesets))
      writeFileSync(join(repo, '.changeset', name), text);
    const current = join(repo, 'current.json');
    writeFileSync(current, JSON.stringify(built));
    return spawnSync(
      'npx',
      [
        'tsx',
        '--conditions=@chipwar/source',
        'scripts/check-version-bump.ts',
        '--current',
        current,
        '--changesets',
        repo,
      ],
      { cwd: packageDir, encoding: 'utf8', env: { ...process.env, CHIPWAR_RELEASES_DIR: dir } },
    );
  };

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
    writeFileSync(join(dir, `${built.meta.datasetVersion}.json`), JSON.stringify(released));
    const result = check(dir, { 'fix.md': '---\n"@chipwar/dataset": minor\n---\n\nA fix.\n' });
    expect(result.status).toBe(1);
    expect(result.stdout).toContain(
      'major  1 id(s) removed without an entry in the ledger: concept:dropped-since',
    );
    expect(result.stderr).toContain(
      'require a major release of @chipwar/dataset, but the pending changesets declare minor',
    );
  });

  it('passes the same change when a changeset declares a major bump', () => {
    const dir = mkdtempSync(join(tmpdir(), 'releases-'));
    const released = structuredClone(built);
    released.concepts.push({ ...released.concepts[0], id: 'concept:dropped-since', name: 'dropped since' });
    writeFileSync(join(dir, `${built.meta.datasetVersion}.json`), JSON.stringify(released));
    const result = check(dir, { 'drop.md': '---\n"@chipwar/dataset": major\n---\n\nDropped a concept.\n' });
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('check:version-bump: major declared, major required');
  });
});
