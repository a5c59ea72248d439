// Files that are not UTF-8: never rewritten, never echoed raw; and what migrate keeps of a file it
// does rewrite (line endings, byte order mark, final newline).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chipwar, hasRawControl, tempDir } from './harness.ts';

const OLD = 'rel:cn-funds-electric-cars';
const NEW = 'rel:chinese-leadership-funds-electric-cars';

describe('migrate and files that are not UTF-8', () => {
  it('a Latin-1 .md, a UTF-16 .json and a binary .json are skipped and keep every byte', () => {
    const tree = tempDir();
    const files: Record<string, Buffer> = {
      'latin1.md': Buffer.from(`Caf\xe9 ${OLD}\n`, 'latin1'),
      'utf16.json': Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`["${OLD}"]`, 'utf16le')]),
      'binary.json': Buffer.from([0x00, 0x1b, 0x5b, 0x32, 0x4a, 0x80, 0x81, 0xfe, ...Buffer.from(OLD)]),
    };
    for (const [name, bytes] of Object.entries(files)) writeFileSync(join(tree, name), bytes);
    writeFileSync(join(tree, 'fine.md'), `${OLD}\n`);
    const run = chipwar(['migrate', tree]);
    expect(run.status).toBe(1);
    for (const name of Object.keys(files)) {
      expect(run.stderr, name).toMatch(
        new RegExp(
          `skipped .*${name}: not valid UTF-8 \\(byte 0x[0-9a-f]{2} at offset \\d+\\), so not rewritten`,
        ),
      );
      expect(readFileSync(join(tree, name)).equals(files[name] as Buffer), name).toBe(true);
    }
    expect(hasRawControl(run.stdout + run.stderr)).toBe(false);
    expect(run.stdout).toBe('replaced 1 retired id(s) in 1 file(s); 0 refused; 3 skipped\n');
    expect(readFileSync(join(tree, 'fine.md'), 'utf8')).toBe(`${NEW}\n`);
  });

  it('--dry-run of the same tree changes nothing and lists the same skips', () => {
    const tree = tempDir();
    const latin1 = Buffer.from(`Caf\xe9 ${OLD}\n`, 'latin1');
    writeFileSync(join(tree, 'latin1.md'), latin1);
    const run = chipwar(['migrate', tree, '--dry-run']);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('latin1.md: not valid UTF-8 (byte 0xe9 at offset 3)');
    expect(readFileSync(join(tree, 'latin1.md')).equals(latin1)).toBe(true);
  });

  it('a rewritten file keeps CRLF, a byte order mark and a missing final newline', () => {
    const tree = tempDir();
    const before = `\ufeffone ${OLD}\r\ntwo\r\nthree ${OLD}`;
    writeFileSync(join(tree, 'windows.md'), before);
    expect(chipwar(['migrate', tree]).status).toBe(0);
    expect(readFileSync(join(tree, 'windows.md'), 'utf8')).toBe(before.replaceAll(OLD, NEW));
    expect([...readFileSync(join(tree, 'windows.md')).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });
});

describe('reading a dataset that is not UTF-8', () => {
  it('is refused naming the first bad byte, never decoded to U+FFFD and parsed', () => {
    const file = join(tempDir(), 'latin1.json');
    writeFileSync(file, Buffer.from('{"meta": "Caf\xe9"}', 'latin1'));
    for (const args of [
      ['validate', file],
      ['--dataset', file, 'stats'],
    ]) {
      const run = chipwar(args);
      expect(run.status, args[0]).toBe(1);
      expect(run.stderr, args[0]).toContain('is not UTF-8 text (byte 0xe9 at offset 13), so not JSON');
    }
  });
});
