import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkChangesets } from './check-changesets.ts';

// Each test builds a small repository in a temporary folder: two published packages (alpha at
// 0.x, beta at 1.x), a private one, a dataset release snapshot, API reports, changesets.
const REPORT = (...lines: string[]) =>
  ['## API Report File for "x"', '', '```ts', ...lines, '```', ''].join('\n');

function repo() {
  const root = mkdtempSync(join(tmpdir(), 'check-changesets-'));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  };
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_AUTHOR_NAME: 't',
        GIT_AUTHOR_EMAIL: 't@example.invalid',
        GIT_COMMITTER_NAME: 't',
        GIT_COMMITTER_EMAIL: 't@example.invalid',
      },
    });
  const commit = (message: string) => {
    git('add', '-A');
    git('commit', '-q', '--allow-empty', '-m', message);
  };
  const changeset = (file: string, releases: Record<string, string>) =>
    write(
      `.changeset/${file}.md`,
      `---\n${Object.entries(releases)
        .map(([name, type]) => `"${name}": ${type}`)
        .join('\n')}\n---\n\nA change.\n`,
    );
  git('init', '-q');
  write(
    'package.json',
    JSON.stringify({ name: 'root', private: true, workspaces: ['packages/*', 'tooling/*'] }),
  );
  write('packages/alpha/package.json', JSON.stringify({ name: '@chipwar/alpha', version: '0.3.0' }));
  write('packages/beta/package.json', JSON.stringify({ name: '@chipwar/beta', version: '1.2.0' }));
  write('packages/dataset/package.json', JSON.stringify({ name: '@chipwar/dataset', version: '0.1.0' }));
  write('tooling/private/package.json', JSON.stringify({ name: '@chipwar/private', private: true }));
  write('tooling/private/api/index.api.md', REPORT('export function internal(): void;'));
  write('.changeset/README.md', '# Changesets\n');
  write('.changeset/config.json', '{}');
  write('packages/alpha/api/index.api.md', REPORT('export function a(): void;'));
  write(
    'packages/beta/api/index.api.md',
    REPORT('export function b(x: string): void;', 'export const B: 1;'),
  );
  write('packages/dataset/api/index.api.md', REPORT('export const d: 1;'));
  write('packages/dataset/releases/0.1.0.json', '{}');
  commit('release 0.1.0');
  const check = () => checkChangesets(root);
  return { root, write, git, commit, changeset, check, remove: (path: string) => rmSync(join(root, path)) };
}

describe('check:changesets', () => {
  it('passes when no report changed since the release, with no changeset', async () => {
    const r = repo();
    r.write('packages/alpha/src.ts', 'changed code, same API');
    r.commit('refactor');
    const result = await r.check();
    expect(result.problems).toEqual([]);
    expect(result.notes).toContain(
      `@chipwar/alpha: API reports unchanged since the release commit ${r.git('rev-parse', 'HEAD~1').slice(0, 10)} (added packages/dataset/releases/0.1.0.json)`,
    );
  });

  it('fails when a report changed and no changeset names the package, naming package and file', async () => {
    const r = repo();
    r.write(
      'packages/alpha/api/index.api.md',
      REPORT('export function a(): void;', 'export function a2(): void;'),
    );
    r.changeset('other', { '@chipwar/beta': 'minor' });
    const result = await r.check();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(
      /^@chipwar\/alpha: its API report changed since the release commit \w+ \(added packages\/dataset\/releases\/0\.1\.0\.json\) \(api\/index\.api\.md\), but no pending changeset names @chipwar\/alpha/,
    );
  });

  it('passes when a changeset names the changed package', async () => {
    const r = repo();
    r.write(
      'packages/alpha/api/index.api.md',
      REPORT('export function a(): void;', 'export function a2(): void;'),
    );
    r.changeset('alpha', { '@chipwar/alpha': 'patch' });
    expect((await r.check()).problems).toEqual([]);
  });

  it('does not count a changeset that declares none for the package', async () => {
    const r = repo();
    r.write('packages/alpha/api/index.api.md', REPORT('export function a2(): void;'));
    r.changeset('alpha', { '@chipwar/alpha': 'none' });
    expect((await r.check()).problems[0]).toMatch(/no pending changeset names @chipwar\/alpha/);
  });

  it('counts a report that did not exist at the release as changed', async () => {
    const r = repo();
    r.write('packages/alpha/api/extra.api.md', REPORT('export const extra: 1;'));
    const result = await r.check();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('@chipwar/alpha: its API report changed');
    expect(result.problems[0]).toContain('api/extra.api.md (new)');
  });

  it('requires a major changeset when a line disappears from the report of a 1.x package', async () => {
    const r = repo();
    r.write(
      'packages/beta/api/index.api.md',
      REPORT('export function b(x: string, y?: number): void;', 'export const B: 1;'),
    );
    r.changeset('beta', { '@chipwar/beta': 'minor' });
    const result = await r.check();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain(
      '@chipwar/beta@1.2.0: 1 line(s) disappeared from its API report since the release commit',
    );
    expect(result.problems[0]).toContain(
      '(api/index.api.md): a removed or changed export, which requires a major changeset for a package at 1.0.0 or later; the pending changesets declare minor',
    );
    expect(result.problems[0]).toContain('- export function b(x: string): void;');

    r.changeset('beta-major', { '@chipwar/beta': 'major' });
    expect((await r.check()).problems).toEqual([]);
  });

  it('counts exporting a type that was only referenced as an addition, and ignores api-extractor comments', async () => {
    const r = repo();
    const before = [
      '// Warning: (ae-forgotten-export) The symbol "Place" needs to be exported by the entry point index.d.ts',
      'export function b(x: Place): void;',
      'interface Place {',
      'readonly at: string;',
      '}',
    ];
    r.write('packages/beta/api/index.api.md', REPORT(...before));
    r.changeset('beta-place', { '@chipwar/beta': 'major' });
    r.commit('beta 1.2.0 takes a Place');
    r.git('tag', '@chipwar/beta@1.2.0');
    r.remove('.changeset/beta-place.md');
    r.write(
      'packages/beta/api/index.api.md',
      REPORT('export function b(x: Place): void;', 'export interface Place {', 'readonly at: string;', '}'),
    );
    r.changeset('beta', { '@chipwar/beta': 'minor' });
    expect((await r.check()).problems).toEqual([]);

    // The other way round, a type no longer exported, is a removal.
    r.commit('beta exports Place');
    r.git('tag', '-f', '@chipwar/beta@1.2.0');
    r.remove('.changeset/beta.md');
    r.write('packages/beta/api/index.api.md', REPORT(...before));
    r.changeset('beta', { '@chipwar/beta': 'minor' });
    const result = await r.check();
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toContain('- export interface Place {');
  });

  it('accepts a minor changeset when a 1.x report only gains lines', async () => {
    const r = repo();
    r.write(
      'packages/beta/api/index.api.md',
      REPORT('export function b(x: string): void;', 'export const B: 1;', 'export const C: 2;'),
    );
    r.changeset('beta', { '@chipwar/beta': 'minor' });
    expect((await r.check()).problems).toEqual([]);
  });

  it('treats a removed report (an entry point gone) of a 1.x package as removed exports', async () => {
    const r = repo();
    r.remove('packages/beta/api/index.api.md');
    r.changeset('beta', { '@chipwar/beta': 'patch' });
    const [problem] = (await r.check()).problems;
    expect(problem).toContain('api/index.api.md (removed)');
    expect(problem).toContain('requires a major changeset');
  });

  it('asks no major below 1.0.0, even when lines disappear', async () => {
    const r = repo();
    r.write('packages/alpha/api/index.api.md', REPORT('export function renamed(): void;'));
    r.changeset('alpha', { '@chipwar/alpha': 'minor' });
    expect((await r.check()).problems).toEqual([]);
  });

  it('compares with the commit that added the newest release, by version', async () => {
    const r = repo();
    r.write('packages/alpha/api/index.api.md', REPORT('export function a(): void;', 'export const a3: 3;'));
    r.write('packages/dataset/releases/0.10.0.json', '{}');
    r.commit('release 0.10.0: alpha gains a3');
    r.write('packages/dataset/releases/0.9.0.json', '{}');
    r.commit('an older snapshot, added late');
    const result = await r.check();
    expect(result.problems).toEqual([]);
    expect(result.notes.join('\n')).toContain('(added packages/dataset/releases/0.10.0.json)');
  });

  it("compares with the package's tag when there is one", async () => {
    const r = repo();
    r.write('packages/beta/api/index.api.md', REPORT('export const B: 1;'));
    r.commit('beta 1.2.0 drops b');
    r.git('tag', '@chipwar/beta@1.2.0');
    r.write('packages/alpha/api/index.api.md', REPORT('export function a(): void;', 'export const a4: 4;'));
    r.commit('alpha gains a4');
    const result = await r.check();
    // beta: unchanged since its tag, though not since the release commit; alpha: changed since the
    // release commit (it has no tag) and no changeset names it.
    expect(result.notes).toContain('@chipwar/beta: API reports unchanged since the tag @chipwar/beta@1.2.0');
    expect(result.problems).toHaveLength(1);
    expect(result.problems[0]).toMatch(/^@chipwar\/alpha: its API report changed since the release commit/);
  });

  it('with no release at all, every report counts as new', async () => {
    const r = repo();
    r.git('rm', '-q', 'packages/dataset/releases/0.1.0.json');
    r.commit('no releases');
    const result = await r.check();
    expect(result.problems.map((problem) => problem.split(':')[0])).toEqual([
      '@chipwar/alpha',
      '@chipwar/beta',
      '@chipwar/dataset',
    ]);
    expect(result.problems[0]).toContain('since the first release (no release snapshot and no tag found)');
  });
});
