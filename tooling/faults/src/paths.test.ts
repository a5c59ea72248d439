// Where chipwar may write: symbolic links in and out of the tree, hard links, read-only targets,
// paths that name nothing or /proc, and a folder that already holds files.
import { execFileSync } from 'node:child_process';
import {
  chmodSync,
  linkSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chipwar, tempDir } from './harness.ts';

const OLD = 'rel:cn-funds-electric-cars';
const NEW = 'rel:chinese-leadership-funds-electric-cars';

describe('export', () => {
  it('overwrites nothing silently: a folder with files is refused without --force', () => {
    const out = tempDir();
    writeFileSync(join(out, 'dataset.json'), 'my own file');
    const run = chipwar(['export', '--format', 'json', '--out', out]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('is not empty');
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe('my own file');
    // With --force, a file the manifest does not list is still not replaced.
    expect(chipwar(['export', '--format', 'json', '--out', out, '--force']).status).toBe(1);
    expect(readFileSync(join(out, 'dataset.json'), 'utf8')).toBe('my own file');
  });

  it('never follows a symbolic link at a target name, to a file or to nothing yet', () => {
    const out = tempDir();
    const outside = tempDir();
    expect(chipwar(['export', '--format', 'csv', '--out', out]).status).toBe(0);
    writeFileSync(join(outside, 'passwd'), 'root:x:0:0');
    for (const [name, target] of [
      ['figures.csv', join(outside, 'passwd')],
      ['events.csv', join(outside, 'not-yet')],
    ] as const) {
      const path = join(out, name);
      const saved = readFileSync(path);
      chmodSync(path, 0o644);
      remove(path);
      symlinkSync(target, path);
      const run = chipwar(['export', '--format', 'csv', '--out', out, '--force']);
      expect(run.status, name).toBe(1);
      expect(run.stderr, name).toContain(`${name}: it is a symbolic link (chipwar never writes through one)`);
      expect(readdirSync(outside).sort(), name).toEqual(['passwd']);
      remove(path);
      writeFileSync(path, saved);
    }
    expect(readFileSync(join(outside, 'passwd'), 'utf8')).toBe('root:x:0:0');
  });

  it('--out naming a linked folder writes into the folder it leads to', () => {
    const real = tempDir();
    const link = join(tempDir(), 'link');
    symlinkSync(real, link);
    expect(chipwar(['export', '--format', 'json', '--out', link]).status).toBe(0);
    expect(readdirSync(real).sort()).toEqual(['.chipwar-export.json', 'dataset.json']);
  });

  it('refuses a read-only file of an earlier export, and changes nothing', () => {
    const out = tempDir();
    expect(chipwar(['export', '--format', 'csv', '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'countries.csv'));
    chmodSync(join(out, 'figures.csv'), 0o444);
    const run = chipwar(['export', '--format', 'csv', '--out', out, '--force']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('figures.csv: it is read-only');
    expect(readFileSync(join(out, 'countries.csv')).equals(before)).toBe(true);
  });

  it("--out '' is a usage error and writes nothing into the current folder", () => {
    const cwd = tempDir();
    const run = chipwar(['export', '--format', 'json', '--out', ''], { cwd });
    expect(run.status).toBe(2);
    expect(readdirSync(cwd)).toEqual([]);
  });

  it('--out /proc/self/x fails at once instead of spinning', () => {
    const run = chipwar(['export', '--format', 'json', '--out', '/proc/self/x'], { timeoutMs: 10_000 });
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('chipwar: cannot write to /proc/self/x: ENOENT (no such file or folder)\n');
  });

  it('a doctored manifest cannot send --force outside the folder', () => {
    const outside = tempDir();
    writeFileSync(join(outside, 'victim.csv'), 'keep');
    for (const name of [
      join(outside, 'victim.csv'),
      `../${outside.split('/').pop()}/victim.csv`,
      'a/../../x',
    ]) {
      const out = tempDir();
      writeFileSync(
        join(out, '.chipwar-export.json'),
        JSON.stringify({ generator: 'chipwar export', format: 'csv', files: [{ name }] }),
      );
      const run = chipwar(['export', '--format', 'json', '--out', out, '--force']);
      expect(run.status, name).toBe(1);
      expect(run.stderr, name).toContain('is not a manifest of chipwar export');
    }
    expect(readFileSync(join(outside, 'victim.csv'), 'utf8')).toBe('keep');
  });
});

describe('migrate', () => {
  it('follows no symbolic link into or out of the tree, and touches nothing outside it', () => {
    const tree = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'theirs.md'), `${OLD}\n`);
    mkdirSync(join(outside, 'folder'));
    writeFileSync(join(outside, 'folder', 'deep.md'), `${OLD}\n`);
    writeFileSync(join(tree, 'mine.md'), `${OLD}\n`);
    symlinkSync(join(outside, 'theirs.md'), join(tree, 'link.md'));
    symlinkSync(join(outside, 'folder'), join(tree, 'folder'));
    symlinkSync(join(tree, 'mine.md'), join(tree, 'inside-link.md'));
    symlinkSync(tree, join(tree, 'loop'));
    const run = chipwar(['migrate', tree]);
    expect(run.status).toBe(0);
    expect(run.stderr).toContain(`skipped ${join(tree, 'link.md')}: a symbolic link, not followed`);
    expect(readFileSync(join(outside, 'theirs.md'), 'utf8')).toBe(`${OLD}\n`);
    expect(readFileSync(join(outside, 'folder', 'deep.md'), 'utf8')).toBe(`${OLD}\n`);
    expect(readFileSync(join(tree, 'mine.md'), 'utf8')).toBe(`${NEW}\n`);
    expect(run.stdout).toContain('replaced 1 retired id(s) in 1 file(s)');
  });

  it('a hard link to a file outside: the file inside is rewritten, the one outside keeps its bytes', () => {
    const tree = tempDir();
    const outside = tempDir();
    writeFileSync(join(outside, 'shared.md'), `${OLD}\n`);
    linkSync(join(outside, 'shared.md'), join(tree, 'shared.md'));
    expect(chipwar(['migrate', tree]).status).toBe(0);
    expect(readFileSync(join(tree, 'shared.md'), 'utf8')).toBe(`${NEW}\n`);
    expect(readFileSync(join(outside, 'shared.md'), 'utf8')).toBe(`${OLD}\n`);
  });

  it('a path given that is a symbolic link, a FIFO or nothing: reported, exit 1, the rest migrated', () => {
    const tree = tempDir();
    writeFileSync(join(tree, 'a.md'), `${OLD}\n`);
    symlinkSync(join(tree, 'a.md'), join(tree, 'link.md'));
    makeFifo(join(tree, 'pipe.md'));
    const run = chipwar(
      ['migrate', join(tree, 'link.md'), join(tree, 'pipe.md'), join(tree, 'none.md'), join(tree, 'a.md')],
      {
        timeoutMs: 10_000,
      },
    );
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('link.md: a symbolic link, not followed');
    expect(run.stderr).toContain('pipe.md: a FIFO (named pipe), not a regular file');
    expect(run.stderr).toContain('none.md: cannot read: ENOENT');
    expect(run.stdout).toBe('replaced 1 retired id(s) in 1 file(s); 0 refused; 3 skipped\n');
  });

  it('keeps a file read-only: nothing written, and says which file', () => {
    const tree = tempDir();
    writeFileSync(join(tree, 'a.md'), `${OLD}\n`);
    writeFileSync(join(tree, 'b.md'), `${OLD}\n`);
    chmodSync(join(tree, 'b.md'), 0o444);
    const run = chipwar(['migrate', tree]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain(`${join(tree, 'b.md')}: it is read-only`);
    expect(readFileSync(join(tree, 'a.md'), 'utf8')).toBe(`${OLD}\n`);
  });
});

function remove(path: string) {
  rmSync(path, { force: true });
}

function makeFifo(path: string) {
  execFileSync('mkfifo', [path]);
}
