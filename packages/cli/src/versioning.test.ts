// `chipwar diff` and `chipwar migrate`, run as a user would.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const shipped = JSON.parse(readFileSync(new URL('../../dataset/dist/dataset.json', import.meta.url), 'utf8'));

function chipwar(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A next version of the dataset: SMIC renamed, a concept removed through the ledger, one split. */
function nextVersion(dir: string): string {
  const next = structuredClone(shipped);
  const major = next.meta.datasetVersion.split('.')[0];
  const smic = next.organizations.find((record: { id: string }) => record.id === 'org:smic');
  smic.id = 'org:smic-foundry';
  const rewrite = (value: unknown): unknown =>
    value === 'org:smic'
      ? 'org:smic-foundry'
      : Array.isArray(value)
        ? value.map(rewrite)
        : value && typeof value === 'object'
          ? Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rewrite(v)]))
          : value;
  const moved = rewrite(next) as typeof next;
  moved.organizations.sort((a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : 1));
  moved.retired = [
    {
      id: 'org:smic',
      change: 'renamed',
      version: `${major}.9.0`,
      replacedBy: ['org:smic-foundry'],
      reason: 'example rename',
    },
    {
      id: 'tech:memory-split',
      change: 'split',
      version: `${major}.9.0`,
      replacedBy: ['tech:dram', 'tech:nand'],
      reason: 'example split',
    },
  ];
  const file = join(dir, 'next.json');
  writeFileSync(file, JSON.stringify(moved));
  return file;
}

describe('a retired id on the command line', () => {
  it('show and cite exit 1 naming the replacement, instead of answering for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    const next = nextVersion(dir);
    for (const command of ['show', 'cite']) {
      const { code, stdout, stderr } = chipwar('--dataset', next, command, 'org:smic');
      expect(code, command).toBe(1);
      expect(stdout, command).toBe('');
      expect(stderr, command).toBe(
        'chipwar: "org:smic" is a retired id: renamed in 0.9.0 → org:smic-foundry (example rename); use org:smic-foundry\n'.replace(
          '0.9.0',
          `${shipped.meta.datasetVersion.split('.')[0]}.9.0`,
        ),
      );
    }
    const split = chipwar('--dataset', next, 'show', 'tech:memory-split');
    expect(split.code).toBe(1);
    expect(split.stderr).toContain('it became tech:dram, tech:nand');
    expect(chipwar('--dataset', next, 'show', 'org:smic-foundry').code).toBe(0);
  });
});

describe('chipwar diff', () => {
  it('lists what changed and the bump it requires', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    const oldFile = join(dir, 'old.json');
    writeFileSync(oldFile, JSON.stringify(shipped));
    const { code, stdout } = chipwar('diff', oldFile, nextVersion(dir));
    expect(code).toBe(0);
    expect(stdout).toContain('requires a major release');
    expect(stdout).toContain('org:smic renamed → org:smic-foundry (example rename)');
    const json = JSON.parse(chipwar('diff', oldFile, nextVersion(dir), '--json').stdout);
    expect(json.bump).toBe('major');
    expect(json.retired.map((entry: { id: string }) => entry.id)).toEqual(['org:smic']);
    expect(chipwar('diff', oldFile, oldFile).stdout).toContain('requires a none release');
  });

  it('rejects an invalid or missing file', () => {
    expect(chipwar('diff', '/nope.json', '/nope2.json')).toMatchObject({ code: 1 });
  });
});

describe('chipwar migrate', () => {
  it('rewrites retired ids in the given files only, refuses a split, and is idempotent', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    const dataset = nextVersion(dir);
    mkdirSync(join(dir, 'src'));
    mkdirSync(join(dir, 'other'));
    writeFileSync(
      join(dir, 'src', 'app.ts'),
      "const id = get('org:smic');\nconst keep = 'org:smic-foundry';\n",
    );
    writeFileSync(join(dir, 'src', 'notes.md'), 'See org:smic and tech:memory-split.\n');
    writeFileSync(join(dir, 'src', 'data.json'), '{ "ids": ["org:smic", "org:smicx"] }\n');
    writeFileSync(join(dir, 'other', 'untouched.ts'), "get('org:smic');\n");

    const dry = chipwar('--dataset', dataset, 'migrate', join(dir, 'src'), '--dry-run');
    expect(dry.stdout).toContain(`--- ${join(dir, 'src', 'app.ts')}`);
    expect(dry.stdout).toContain("-const id = get('org:smic');\n+const id = get('org:smic-foundry');");
    expect(dry.stdout).toContain('would replace 3 retired id(s) in 3 file(s); 1 refused');
    expect(dry.stderr).toContain(
      `refused ${join(dir, 'src', 'notes.md')}:1 tech:memory-split: split into tech:dram, tech:nand: choose one by hand`,
    );
    expect(dry.code).toBe(1);
    expect(readFileSync(join(dir, 'src', 'app.ts'), 'utf8')).toContain("get('org:smic')"); // dry run changes nothing

    const real = chipwar('--dataset', dataset, 'migrate', join(dir, 'src'));
    expect(real.stdout).toContain('replaced 3 retired id(s) in 3 file(s); 1 refused');
    expect(readFileSync(join(dir, 'src', 'app.ts'), 'utf8')).toBe(
      "const id = get('org:smic-foundry');\nconst keep = 'org:smic-foundry';\n",
    );
    expect(readFileSync(join(dir, 'src', 'data.json'), 'utf8')).toBe(
      '{ "ids": ["org:smic-foundry", "org:smicx"] }\n',
    );
    expect(readFileSync(join(dir, 'other', 'untouched.ts'), 'utf8')).toBe("get('org:smic');\n");

    const again = chipwar('--dataset', dataset, 'migrate', join(dir, 'src'));
    expect(again.stdout).toContain('replaced 0 retired id(s) in 0 file(s); 1 refused');
  });

  it('reports an unreadable path', () => {
    const { code, stderr } = chipwar('migrate', '/no/such/path');
    expect(code).toBe(1);
    expect(stderr).toContain('cannot read /no/such/path: ENOENT');
  });
});
