// `chipwar diff` and `chipwar migrate`, run as a user would.
import { spawnSync } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNextVersion } from '@chipwar/vitest-config/fixtures';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/cli.cjs', import.meta.url).pathname;
const shipped = JSON.parse(readFileSync(new URL('../../dataset/dist/dataset.json', import.meta.url), 'utf8'));

function chipwar(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('a retired id on the command line', () => {
  it('show and cite exit 1 naming the replacement, instead of answering for it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    const next = writeNextVersion(shipped, dir);
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
    const { code, stdout } = chipwar('diff', oldFile, writeNextVersion(shipped, dir));
    expect(code).toBe(0);
    expect(stdout).toContain('requires a major release');
    expect(stdout).toContain('org:smic renamed → org:smic-foundry (example rename)');
    const json = JSON.parse(chipwar('diff', oldFile, writeNextVersion(shipped, dir), '--json').stdout);
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
    const dataset = writeNextVersion(shipped, dir);
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
    expect(dry.stdout).toContain('would replace 3 retired id(s) in 3 file(s); 1 refused; 0 skipped');
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

  it('reports an unreadable path, and ends with the summary', () => {
    const { code, stdout, stderr } = chipwar('migrate', '/no/such/path');
    expect(code).toBe(1);
    expect(stderr).toContain('skipped /no/such/path: cannot read: ENOENT (no such file or folder)');
    expect(stdout).toBe('replaced 0 retired id(s) in 0 file(s); 0 refused; 1 skipped\n');
  });
});

describe('chipwar migrate cannot corrupt a file', () => {
  const setup = () => {
    // The dataset file lives elsewhere, so that migrating the folder does not migrate it too.
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    return { dir, dataset: writeNextVersion(shipped, mkdtempSync(join(tmpdir(), 'chipwar-'))) };
  };

  it("keeps each file's line endings, byte order mark and missing final newline", () => {
    const { dir, dataset } = setup();
    mkdirSync(join(dir, 'src'));
    const files: Record<string, string> = {
      'crlf.ts': "const a = 'org:smic';\r\nconst b = 1;\r\n",
      'bom.md': '\ufeffSee org:smic.\n',
      'no-final-newline.json': '["org:smic"]',
      'mixed.md': 'org:smic\r\nline two\norg:smic\r',
    };
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, 'src', name), text);
    expect(chipwar('--dataset', dataset, 'migrate', join(dir, 'src')).code).toBe(0);
    for (const [name, text] of Object.entries(files))
      expect(readFileSync(join(dir, 'src', name), 'utf8'), name).toBe(
        text.replaceAll('org:smic', 'org:smic-foundry'),
      );
  });

  it('--dry-run prints a unified diff that patch applies to the same bytes migrate writes', () => {
    const { dir, dataset } = setup();
    mkdirSync(join(dir, 'src'));
    const lines = Array.from({ length: 40 }, (_, index) =>
      index % 9 === 4 || index === 38 ? `use('org:smic'); // ${index}` : `line ${index}`,
    );
    writeFileSync(join(dir, 'src', 'long.ts'), lines.join('\n'));
    writeFileSync(join(dir, 'src', 'crlf.md'), 'a\r\norg:smic\r\nb\r\n');
    const dry = spawnSync(process.execPath, [bin, '--dataset', dataset, 'migrate', 'src', '--dry-run'], {
      cwd: dir,
      encoding: 'utf8',
    });
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('--- src/long.ts\n+++ src/long.ts\n@@ -2,7 +2,7 @@');
    expect(dry.stdout).toContain('\\ No newline at end of file');
    const copy = mkdtempSync(join(tmpdir(), 'chipwar-'));
    spawnSync('cp', ['-r', join(dir, 'src'), copy]);
    const diff = dry.stdout.slice(0, dry.stdout.lastIndexOf('would replace'));
    const patched = spawnSync('patch', ['-p0', '--quiet'], { cwd: copy, input: diff, encoding: 'utf8' });
    expect(patched.stderr).toBe('');
    expect(patched.status).toBe(0);
    expect(chipwar('--dataset', dataset, 'migrate', join(dir, 'src')).code).toBe(0);
    for (const name of ['long.ts', 'crlf.md'])
      expect(readFileSync(join(copy, 'src', name)).equals(readFileSync(join(dir, 'src', name))), name).toBe(
        true,
      );
  });

  it('skips and reports a file that is not UTF-8, and never rewrites its bytes', () => {
    const { dir, dataset } = setup();
    const latin1 = Buffer.from("const city = 'S\xe3o Paulo'; get('org:smic');\n", 'latin1');
    writeFileSync(join(dir, 'latin1.ts'), latin1);
    writeFileSync(join(dir, 'binary.json'), Buffer.from([0x7b, 0xff, 0xfe, 0x00, 0x6f, 0x72, 0x67]));
    const { code, stdout, stderr } = chipwar('--dataset', dataset, 'migrate', dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `skipped ${join(dir, 'latin1.ts')}: not valid UTF-8 (byte 0xe3 at offset 15), so not rewritten`,
    );
    expect(stderr).toContain(`skipped ${join(dir, 'binary.json')}: not valid UTF-8 (byte 0xff at offset 1)`);
    expect(stdout).toBe('replaced 0 retired id(s) in 0 file(s); 0 refused; 2 skipped\n');
    expect(readFileSync(join(dir, 'latin1.ts')).equals(latin1)).toBe(true);
  });

  it('follows no symbolic link, so a file outside the paths given is never touched', () => {
    const { dir, dataset } = setup();
    const outside = mkdtempSync(join(tmpdir(), 'chipwar-'));
    writeFileSync(join(outside, 'theirs.ts'), "get('org:smic');\n");
    mkdirSync(join(dir, 'src'));
    writeFileSync(join(dir, 'src', 'mine.ts'), "get('org:smic');\n");
    symlinkSync(join(outside, 'theirs.ts'), join(dir, 'src', 'link.ts'));
    symlinkSync(outside, join(dir, 'src', 'linked-folder'));
    const { code, stdout, stderr } = chipwar('--dataset', dataset, 'migrate', join(dir, 'src'));
    expect(code).toBe(0);
    expect(stderr).toContain(`skipped ${join(dir, 'src', 'link.ts')}: a symbolic link, not followed`);
    expect(stdout).toBe('replaced 1 retired id(s) in 1 file(s); 0 refused; 1 skipped\n');
    expect(readFileSync(join(outside, 'theirs.ts'), 'utf8')).toBe("get('org:smic');\n");
    expect(readFileSync(join(dir, 'src', 'mine.ts'), 'utf8')).toBe("get('org:smic-foundry');\n");
    const named = chipwar('--dataset', dataset, 'migrate', join(dir, 'src', 'link.ts'));
    expect(named.code).toBe(1);
    expect(named.stderr).toContain('a symbolic link, not followed (name the file or folder it points to)');
  });

  it('writes nothing when one file cannot be written, and still ends with a summary', () => {
    const { dir, dataset } = setup();
    for (const name of ['a.ts', 'b.ts', 'c.ts'])
      writeFileSync(join(dir, name), `get('org:smic'); // ${name}\n`);
    chmodSync(join(dir, 'b.ts'), 0o444);
    const { code, stdout, stderr } = chipwar('--dataset', dataset, 'migrate', dir);
    expect(code).toBe(1);
    expect(stderr).toContain(
      `wrote nothing: 1 file(s) cannot be written:\n  ${join(dir, 'b.ts')}: it is read-only`,
    );
    expect(stdout).toBe(
      'replaced 0 retired id(s) in 0 file(s) (nothing written: 1 of 3 file(s) cannot be written); 0 refused; 0 skipped\n',
    );
    for (const name of ['a.ts', 'b.ts', 'c.ts'])
      expect(readFileSync(join(dir, name), 'utf8')).toBe(`get('org:smic'); // ${name}\n`);
    expect(readdirSync(dir).filter((name) => name.includes('chipwar-tmp'))).toEqual([]);
  });
});
