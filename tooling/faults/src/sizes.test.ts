// Hostile sizes: each case runs the built binary under a heap limit and a time limit that only a
// pathological (quadratic, unbounded) path could reach; the old code took 39 to 69 s, or died out
// of memory, on each of them. The limits are for hangs, not benchmarks: tooling/bench measures.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chipwar, type Run, shipped, tempDir, writeJson } from './harness.ts';

const dir = tempDir();
const LIMITS = { timeoutMs: 30_000, maxOldSpaceMb: 256 };

function expectRefusedFast(run: Run, status: number, text: string | RegExp) {
  expect(run.signal, 'killed by the time limit').toBeNull();
  expect(run.stderr).not.toMatch(/\n\s+at |heap out of memory|Invalid typed array length/);
  expect(run.stderr).toMatch(text);
  expect(run.status).toBe(status);
}

type Records = Record<string, unknown>[];

describe('search', () => {
  it('100 KB of "a ", one 64,000-letter word, a 100 KB word: refused as usage errors, at once', () => {
    for (const text of ['a '.repeat(50_000), 'a'.repeat(64_000), 'b'.repeat(100_000)]) {
      const run = chipwar(['search', text], { ...LIMITS, maxOldSpaceMb: 96 });
      expectRefusedFast(run, 2, /text must be|at most/);
      expect(run.stderr.length).toBeLessThan(500);
    }
  });
});

describe('ids and dates', () => {
  it('show of a 100 KB id: not found, with no suggestions worked out for it', () => {
    const run = chipwar(['show', `org:${'a'.repeat(100_000)}`], LIMITS);
    expectRefusedFast(run, 1, 'no record has the id');
    expect(run.stderr.length).toBeLessThan(500);
  });

  it('--from with a 20,000-item EDTF set: a usage error, at once', () => {
    const set = `{${Array.from({ length: 20_000 }, (_, index) => 1000 + (index % 1000)).join(',')}}`;
    const run = chipwar(['timeline', '--from', set], LIMITS);
    expectRefusedFast(run, 2, 'at most 100 characters');
  });

  it('a 200 KB EDTF string in one date: one issue, no out-of-memory, in validate and --dataset', () => {
    const dataset = shipped();
    const events = dataset.events as Records;
    (events[0] as { date: { edtf: string } }).date.edtf = '2'.repeat(200_000);
    const file = writeJson(join(dir, 'edtf.json'), dataset);
    const validate = chipwar(['validate', file], { ...LIMITS, maxOldSpaceMb: 128 });
    expect(validate.signal).toBeNull();
    expect(validate.status).toBe(1);
    expect(validate.stdout).toContain('events[0].date.edtf');
    expect(validate.stdout).toContain('expected an EDTF date of at most 100 characters');
    expectRefusedFast(
      chipwar(['--dataset', file, 'stats'], { ...LIMITS, maxOldSpaceMb: 128 }),
      1,
      'is not a valid chipwar dataset',
    );
  });
});

describe('validation stays near-linear', () => {
  it('2,000 unknown references: every one reported, suggestions for the first 100', () => {
    const dataset = shipped();
    const relations = dataset.relations as Records;
    const template = relations[0] as Record<string, unknown>;
    // Typos of real ids, each different, so none is a cached repeat and each could get suggestions.
    const organizations = (dataset.organizations as { id: string }[]).map((record) => record.id);
    for (let index = 0; index < 2_000; index++)
      relations.push({
        ...template,
        id: `rel:bulk-${index}`,
        object: `${organizations[index % organizations.length]}${index}`,
      });
    const file = writeJson(join(dir, 'unknown.json'), dataset);
    const run = chipwar(['--json', 'validate', file], LIMITS);
    expect(run.signal).toBeNull();
    expect(run.status).toBe(1);
    const { issues } = JSON.parse(run.stdout) as { issues: { code: string; suggestions?: string[] }[] };
    const unknown = issues.filter((issue) => issue.code === 'unknown-reference');
    expect(unknown).toHaveLength(2_000);
    const suggested = unknown.filter((issue) => issue.suggestions?.length).length;
    expect(suggested).toBeGreaterThan(0);
    expect(suggested).toBeLessThanOrEqual(100);
  });

  it('a 20,000-step rename chain in the ledger: valid, and the oldest id resolves to the live one', () => {
    const dataset = shipped();
    const live = (dataset.concepts as { id: string }[])[0]!.id;
    const retired = dataset.retired as Records;
    const steps = 20_000;
    for (let index = 0; index < steps; index++)
      retired.push({
        id: `concept:old-name-${index}`,
        change: 'renamed',
        version: '0.1.0',
        replacedBy: [index + 1 < steps ? `concept:old-name-${index + 1}` : live],
        reason: 'a long history of renames',
      });
    const file = writeJson(join(dir, 'chain.json'), dataset);
    expect(chipwar(['validate', file], LIMITS)).toMatchObject({ status: 0, signal: null });
    const run = chipwar(['--dataset', file, 'show', 'concept:old-name-0'], LIMITS);
    expectRefusedFast(run, 1, `is a retired id`);
    expect(run.stderr).toContain(live);
  });

  it('126,000 records in one collection: listed, not a stack overflow and never a usage error', () => {
    const dataset = shipped();
    const concepts = dataset.concepts as Records;
    const source = (concepts[0] as { sources: unknown[] }).sources[0];
    for (let index = 0; index < 126_000; index++)
      concepts.push({
        id: `concept:bulk-${index}`,
        kind: 'concept',
        name: `bulk ${index}`,
        sources: [source],
      });
    const file = writeJson(join(dir, 'many.json'), dataset);
    const run = chipwar(['--dataset', file, 'list', 'concepts'], { timeoutMs: 120_000, maxOldSpaceMb: 1024 });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout.split('\n').length).toBeGreaterThan(126_000);
  });
});

describe('files that never end or are too large', () => {
  it('a FIFO with no writer: refused at once, never waited on', () => {
    const fifo = join(dir, 'fifo.json');
    execFileSync('mkfifo', [fifo]);
    for (const args of [
      ['validate', fifo],
      ['--dataset', fifo, 'stats'],
      ['diff', fifo, fifo],
    ])
      expectRefusedFast(
        chipwar(args, { timeoutMs: 10_000 }),
        1,
        'it is a FIFO (named pipe), not a regular file',
      );
  });

  it('/dev/zero, /dev/urandom and a folder: refused; /proc files: read within the limit', () => {
    expectRefusedFast(
      chipwar(['validate', '/dev/zero'], { timeoutMs: 10_000 }),
      1,
      'it is a character device',
    );
    expectRefusedFast(
      chipwar(['--dataset', '/dev/urandom', 'stats'], { timeoutMs: 10_000 }),
      1,
      'character device',
    );
    expectRefusedFast(chipwar(['validate', dir], { timeoutMs: 10_000 }), 1, 'it is a folder');
    expectRefusedFast(
      chipwar(['validate', '/proc/self/status'], { timeoutMs: 10_000 }),
      1,
      'is not valid JSON',
    );
  });

  it('a 200 MB dataset: refused by its size before it is read (a 64 MiB heap would not hold it)', () => {
    const big = join(dir, 'big.json');
    // Sparse: 200 MB on paper, no disk used.
    spawnSync('truncate', ['-s', '200M', big]);
    const run = chipwar(['validate', big], { timeoutMs: 10_000, maxOldSpaceMb: 64 });
    expectRefusedFast(run, 1, 'it is 200 MiB, more than the limit of 64 MiB');
    expect(chipwar(['--dataset', big, 'stats'], { timeoutMs: 10_000, maxOldSpaceMb: 64 }).status).toBe(1);
  });

  it('a link to a device is still a device; an empty file is not JSON', () => {
    // Reading follows links (only writing never does): what counts is where a link leads.
    const link = join(dir, 'zero.json');
    spawnSync('ln', ['-s', '/dev/zero', link]);
    expectRefusedFast(
      chipwar(['validate', link], { timeoutMs: 10_000, maxOldSpaceMb: 64 }),
      1,
      'character device',
    );
    writeFileSync(join(dir, 'empty.json'), '');
    expectRefusedFast(chipwar(['validate', join(dir, 'empty.json')]), 1, 'is not valid JSON');
  });
});
