// A full disk: on a real small tmpfs where the machine lets the suite mount one, and always with
// ENOSPC injected into the binary's own writes. Either way the earlier files must be intact, no
// temporary file left, the error one line, and migrate's summary printed.
import { readdirSync, readFileSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  canMountTmpfs,
  chipwar,
  INJECT_ENOSPC,
  mountTmpfs,
  shipped,
  TEMP_SUFFIX,
  tempDir,
  tempFiles,
  writeJson,
} from './harness.ts';

/** A retired id of the shipped dataset with one replacement, for migrate. */
const OLD = 'rel:cn-funds-electric-cars';
const NEW = 'rel:chinese-leadership-funds-electric-cars';

/** A dataset that differs from the shipped one, so a second export has other bytes. */
function otherDataset(): string {
  const dataset = shipped();
  (dataset.concepts as { name: string }[])[0]!.name = 'a different name';
  return writeJson(join(tempDir(), 'other.json'), dataset);
}

function expectOneLine(stderr: string, text: string) {
  expect(stderr).toContain(text);
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
}

/** A source file of about `kib` KiB that mentions the retired id on every line. */
function sourceText(kib: number): string {
  const line = `see ${OLD} here, padded to make the file larger than it needs to be\n`;
  return line.repeat(Math.ceil((kib * 1024) / line.length));
}

const unmounts: (() => void)[] = [];
afterEach(() => {
  for (const unmount of unmounts.splice(0)) unmount();
});

describe.skipIf(!canMountTmpfs())('on a full tmpfs', () => {
  it('export: the earlier export is intact, no temporary file is left, and the error is one line', () => {
    const disk = mountTmpfs('1m');
    unmounts.push(disk.unmount);
    const out = join(disk.dir, 'out');
    expect(chipwar(['export', '--format', 'json', '--out', out]).status).toBe(0);
    const before = readFileSync(join(out, 'dataset.json'));
    const manifest = readFileSync(join(out, '.chipwar-export.json'));
    // The new export (650 KB) does not fit beside the old one on a 1 MiB disk.
    const run = chipwar(['--dataset', otherDataset(), 'export', '--format', 'json', '--out', out, '--force']);
    expect(run.status).toBe(1);
    expectOneLine(
      run.stderr,
      `cannot write to ${out}: ENOSPC (no space left on device); no file in it was changed`,
    );
    expect(readFileSync(join(out, 'dataset.json')).equals(before)).toBe(true);
    expect(readFileSync(join(out, '.chipwar-export.json')).equals(manifest)).toBe(true);
    expect(tempFiles(out)).toEqual([]);
  });

  it('migrate: the first file is not rewritten when the second does not fit, and the summary ends the run', () => {
    const disk = mountTmpfs('1m');
    unmounts.push(disk.unmount);
    const text = sourceText(200);
    writeFileSync(join(disk.dir, 'a.md'), text);
    writeFileSync(join(disk.dir, 'b.md'), text);
    // Leave room for one rewritten file, not two.
    const free = () => {
      const stats = statfsSync(disk.dir);
      return stats.bavail * stats.bsize;
    };
    writeFileSync(join(disk.dir, 'filler'), Buffer.alloc(Math.max(0, free() - 300 * 1024)));
    const run = chipwar(['migrate', disk.dir]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('wrote nothing: 1 file(s) cannot be written');
    expect(run.stderr).toContain(`${join(disk.dir, 'b.md')}: ENOSPC (no space left on device)`);
    expect(run.stdout).toMatch(
      /^replaced 0 retired id\(s\) in 0 file\(s\) \(nothing written: 1 of 2 file\(s\) cannot be written\)/,
    );
    expect(readFileSync(join(disk.dir, 'a.md'), 'utf8')).toBe(text);
    expect(readFileSync(join(disk.dir, 'b.md'), 'utf8')).toBe(text);
    expect(tempFiles(disk.dir)).toEqual([]);
  });

  it('a read-only file system: one line (EROFS), nothing changed', () => {
    const disk = mountTmpfs('2m');
    unmounts.push(disk.unmount);
    const out = join(disk.dir, 'out');
    expect(chipwar(['export', '--format', 'json', '--out', out]).status).toBe(0);
    writeFileSync(join(disk.dir, 'notes.md'), `${OLD}\n`);
    disk.readOnly();
    const exported = chipwar(['export', '--format', 'json', '--out', out, '--force']);
    expect(exported.status).toBe(1);
    expectOneLine(exported.stderr, 'EROFS (read-only file system)');
    const migrated = chipwar(['migrate', disk.dir]);
    expect(migrated.status).toBe(1);
    expect(migrated.stderr).toContain(`${join(disk.dir, 'notes.md')}: EROFS (read-only file system)`);
    expect(readFileSync(join(disk.dir, 'notes.md'), 'utf8')).toBe(`${OLD}\n`);
  });
});

describe('with ENOSPC injected into the binary', () => {
  it('export: the earlier export is intact and no temporary file is left', () => {
    const out = join(tempDir(), 'out');
    expect(chipwar(['export', '--format', 'csv', '--out', out]).status).toBe(0);
    const before = new Map(readdirSync(out).map((name) => [name, readFileSync(join(out, name))]));
    // Room for a few of the seventeen CSVs, not all.
    const run = chipwar(['export', '--format', 'csv', '--out', out, '--force'], {
      nodeOptions: INJECT_ENOSPC,
      env: { CHIPWAR_FAULT_DISK_BYTES: '20000' },
    });
    expect(run.status).toBe(1);
    expectOneLine(run.stderr, 'ENOSPC (no space left on device); no file in it was changed');
    expect(readdirSync(out).sort()).toEqual([...before.keys()].sort());
    for (const [name, bytes] of before) expect(readFileSync(join(out, name)).equals(bytes), name).toBe(true);
  });

  it('migrate: nothing is written, the summary ends the run, no temporary file is left', () => {
    const dir = tempDir();
    const text = sourceText(8);
    for (const name of ['a.md', 'b.md', 'c.md']) writeFileSync(join(dir, name), text);
    const run = chipwar(['migrate', dir], {
      nodeOptions: INJECT_ENOSPC,
      // Room for one rewritten file.
      env: { CHIPWAR_FAULT_DISK_BYTES: String(text.replaceAll(OLD, NEW).length + 100) },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('wrote nothing: 2 file(s) cannot be written');
    expect(run.stdout).toContain('(nothing written: 2 of 3 file(s) cannot be written)');
    for (const name of ['a.md', 'b.md', 'c.md']) expect(readFileSync(join(dir, name), 'utf8')).toBe(text);
    expect(readdirSync(dir).filter((name) => name.endsWith(TEMP_SUFFIX))).toEqual([]);
    // Without the fault, the same run rewrites all three.
    expect(chipwar(['migrate', dir]).status).toBe(0);
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(text.replaceAll(OLD, NEW));
  });
});
