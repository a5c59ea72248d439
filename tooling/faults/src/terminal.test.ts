// A clean terminal: broken pipes, a full standard output, escape sequences, echoed input, and exit
// codes that say what happened, as a user meets them in a shell.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chipwar, hasRawControl, pipeline, shipped, tempDir, writeJson } from './harness.ts';

const oneLine = (stderr: string) => {
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
};

describe('broken pipes and full outputs', () => {
  it('`chipwar --json list relations | head -c 10`: status 0, nothing on stderr', () => {
    const run = pipeline('chipwar --json list relations | head -c 10');
    expect(run.stdout).toBe('[\n  {\n    ');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('a binary export to a pipe that closes early: status 0, nothing on stderr', () => {
    const run = pipeline('chipwar export --format sqlite --out - | head -c 16');
    expect(run.stdout).toBe('SQLite format 3\0');
    expect(run.status).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('`chipwar list relations > /dev/full`: one line naming ENOSPC, status 1', () => {
    const run = pipeline('chipwar list relations > /dev/full');
    expect(run.status).toBe(1);
    expect(run.stderr).toBe('chipwar: cannot write to standard output: ENOSPC (no space left on device)\n');
  });

  it('a JSON export to /dev/full: one line, status 1', () => {
    const run = pipeline('chipwar export --format json --out - > /dev/full');
    expect(run.status).toBe(1);
    oneLine(run.stderr);
    expect(run.stderr).toContain('ENOSPC');
  });
});

describe('exit codes', () => {
  it('no command and an unknown help topic are usage errors (2)', () => {
    expect(chipwar([]).status).toBe(2);
    const bogus = chipwar(['help', 'bogus']);
    expect(bogus.status).toBe(2);
    expect(bogus.stderr).toContain('chipwar: no command is named "bogus"');
  });

  it('a reversed range is an argument error (2), with the library saying why', () => {
    const run = chipwar(['timeline', '--from', '2022', '--to', '2018']);
    expect(run.status).toBe(2);
    expect(run.stdout).toBe('');
    oneLine(run.stderr);
    expect(run.stderr).toContain('to must be a bound on or after from');
    expect(chipwar(['figures', '--from', '2022', '--to', '2018']).status).toBe(2);
    expect(chipwar(['quotes', '--from', '2022-06', '--to', '2022-05']).status).toBe(2);
  });
});

describe('nothing raw reaches the terminal', () => {
  const hostile = `\u001b[2J\u001b]0;owned\u0007\u009b31m${'x'.repeat(100_000)}`;

  it('ids, kinds, commands and option values typed on the command line: escaped and cut', () => {
    for (const args of [
      ['show', hostile],
      ['show', `org:${hostile}`],
      ['cite', hostile],
      ['list', hostile],
      [hostile],
      ['figures', '--unit', hostile],
      ['timeline', '--from', hostile],
      ['search', 'chips', '--limit', hostile],
      ['search', 'chips', '--kind', hostile],
      ['export', '--format', hostile, '--out', '-'],
    ]) {
      const run = chipwar(args, { timeoutMs: 20_000 });
      expect(run.status, args[0]).toBeGreaterThan(0);
      expect(hasRawControl(run.stdout + run.stderr), args[0]).toBe(false);
      expect(run.stderr.length, args[0]).toBeLessThan(2_000);
    }
  });

  it('the bytes of a binary or hostile file, and its name: escaped and cut', () => {
    const dir = tempDir();
    const binary = join(dir, 'binary.json');
    writeFileSync(binary, Buffer.from([0x7b, 0x1b, 0x5b, 0x32, 0x4a, 0xff, 0xfe, 0x00, 0x9b]));
    const notUtf8 = chipwar(['validate', binary]);
    expect(notUtf8.status).toBe(1);
    expect(notUtf8.stderr).toContain('is not UTF-8 text (byte 0xff at offset 5), so not JSON');
    const text = join(dir, `evil\u001b[31m\u0007.json`);
    writeFileSync(text, `\u001b[2J\u001b]0;owned\u0007${'y'.repeat(100_000)}`);
    for (const args of [
      ['validate', text],
      ['--dataset', text, 'stats'],
      ['diff', text, text],
    ]) {
      const run = chipwar(args);
      expect(run.status, args[0]).toBe(1);
      oneLine(run.stderr);
      expect(hasRawControl(run.stderr), args[0]).toBe(false);
      expect(run.stderr.length, args[0]).toBeLessThan(1_000);
      expect(run.stderr, args[0]).toContain('evil\\u001b[31m\\u0007.json');
    }
  });

  it('names with escape sequences do not pass validation, and the issue shows them escaped', () => {
    const dataset = shipped();
    (dataset.organizations as { name: string }[])[0]!.name = 'SMIC\u001b[2J\u001b]0;owned\u0007';
    const file = writeJson(join(tempDir(), 'escape.json'), dataset);
    const run = chipwar(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('organizations[0].name');
    expect(run.stdout).toContain('found U+001B at character 5');
    expect(hasRawControl(run.stdout + run.stderr)).toBe(false);
    const loaded = chipwar(['--dataset', file, 'list', 'organizations']);
    expect(loaded.status).toBe(1);
    expect(hasRawControl(loaded.stdout + loaded.stderr)).toBe(false);
  });
});
