// Runs the built `chipwar` binary as a user would: a child process with arguments, checking
// stdout, stderr and the exit code.
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dataset } from '@chipwar/dataset';
import { describe, expect, it } from 'vitest';

const bin = new URL('../dist/cli.cjs', import.meta.url).pathname;
const datasetJson = new URL('../../dataset/dist/dataset.json', import.meta.url).pathname;

function chipwar(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// A control character other than a line break: what must never reach a terminal raw.
function hasRawControl(text: string): boolean {
  return /\p{Cc}/u.test(text.replaceAll('\n', ''));
}

function expectOneLineError(stderr: string, text: string) {
  expect(stderr).toContain(text);
  expect(stderr).not.toMatch(/\n\s+at /); // no stack trace
}

describe('read commands', () => {
  it('stats prints versions, source, counts and headline figures', () => {
    const { code, stdout } = chipwar('stats');
    expect(code).toBe(0);
    expect(stdout).toContain('Gregory C. Allen, “China’s New Microchip War”, 2023-05-03');
    expect(stdout).toMatch(new RegExp(`figures\\s+${dataset.figures.length}`));
    expect(stdout).toContain('more than $350 billion (2020)');
    const parsed = JSON.parse(chipwar('stats', '--json').stdout);
    expect(parsed.counts.events).toBe(dataset.events.length);
  });

  it('show prints a record, its relations and its citation', () => {
    const { code, stdout } = chipwar('show', 'org:smic');
    expect(code).toBe(0);
    expect(stdout).toMatch(/name:\s+SMIC/);
    expect(stdout).toContain('org:qualcomm customer-of org:smic');
    expect(stdout).toContain('Introduction, ¶5');
    expect(JSON.parse(chipwar('show', 'org:smic', '--json').stdout).record.id).toBe('org:smic');
  });

  it('list, figures, timeline, quotes, search and cite answer from the dataset', () => {
    expect(JSON.parse(chipwar('list', 'organizations', '--json').stdout)).toHaveLength(
      dataset.organizations.length,
    );
    expect(chipwar('list', 'tactic').stdout).toContain('tactic:retaliation');
    const fund = chipwar('figures', '--subject', 'org:big-fund', '--unit', 'USD');
    expect(fund.stdout).toContain('$21 billion (2014)');
    expect(chipwar('timeline', '--from', '2018', '--to', '2018').stdout).toContain(
      'event:zte-export-ban-2018',
    );
    // --from and --to take any EDTF date: an approximate month bounds like the month itself.
    expect(chipwar('timeline', '--from', '2018-04~', '--to', '2018-12-31').stdout).toBe(
      chipwar('timeline', '--from', '2018-04', '--to', '2018').stdout,
    );
    expect(chipwar('figures', '--from', '2020?', '--to', '2020?', '--json').stdout).toBe(
      chipwar('figures', '--from', '2020', '--to', '2020', '--json').stdout,
    );
    const xi = JSON.parse(chipwar('quotes', '--speaker', 'person:xi-jinping', '--json').stdout);
    expect(xi.every((quote: { speaker: { id: string } }) => quote.speaker.id === 'person:xi-jinping')).toBe(
      true,
    );
    expect(chipwar('search', 'big fund').stdout.split('\n')[1]).toMatch(/^org:big-fund\s/);
    expect(
      JSON.parse(chipwar('cite', 'figure:zte-fine-2017', '--format', 'csl-json').stdout)[0].locator,
    ).toBe('6');
    expect(chipwar('cite', 'figure:zte-fine-2017').stdout).toContain('$1.2 billion fine in March 2017');
    // The report's own headings: the section, and the subsection the paragraph stands under.
    expect(chipwar('cite', 'quote:xi-road-of-self-reliance-2018').stdout).toContain(
      'Section 1: The Turning Point in China’s Strategic Thinking on Semiconductors › Speeches by Chinese Leaders after the April 2018 ZTE Crisis, ¶17',
    );
  });

  it('prints no colour codes when NO_COLOR is set or output is not a terminal', () => {
    const { stdout } = chipwar('stats');
    expect(stdout).not.toContain('\u001b[');
  });

  it('has --help with examples on every command', () => {
    for (const command of [
      'stats',
      'show',
      'list',
      'figures',
      'timeline',
      'quotes',
      'search',
      'cite',
      'validate',
      'export',
      'diff',
      'migrate',
    ]) {
      const { code, stdout } = chipwar(command, '--help');
      expect(code, command).toBe(0);
      expect(stdout, command).toMatch(/Examples?:\n\s+chipwar /);
    }
    expect(chipwar('--help').stdout).toContain('chipwar export --format sqlite --out ./out');
  });

  it('--version names this command, the shipped dataset and the schema it follows', () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
    const { code, stdout, stderr } = chipwar('--version');
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toBe(
      `chipwar ${manifest.version} (dataset ${dataset.meta.datasetVersion}, schema ${dataset.meta.schemaVersion})\n`,
    );
  });
});

describe('bad input', () => {
  it('an unknown id: exit 1, one line, with a suggestion', () => {
    const { code, stdout, stderr } = chipwar('show', 'org:smiic');
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expectOneLineError(stderr, 'chipwar: no record has the id "org:smiic"; did you mean org:smic');
  });

  it('an unknown command or a missing argument: exit 2', () => {
    const unknown = chipwar('frobnicate');
    expect(unknown.code).toBe(2);
    expectOneLineError(unknown.stderr, 'unknown command "frobnicate"');
    expectOneLineError(chipwar('shwo', 'org:smic').stderr, 'unknown command "shwo"; did you mean show?');
    const option = chipwar('show', 'org:smic', '--bogus');
    expect(option.code).toBe(2);
    expectOneLineError(option.stderr, 'unknown option "--bogus" for show');
    const extra = chipwar('show', 'org:smic', 'org:zte');
    expect(extra.code).toBe(2);
    expectOneLineError(extra.stderr, 'too many arguments for show: expected 1, received 2');
    const missing = chipwar('show');
    expect(missing.code).toBe(2);
    expectOneLineError(missing.stderr, 'missing the argument <id>');
    const kind = chipwar('list', 'companies');
    expect(kind.code).toBe(2);
    expectOneLineError(kind.stderr, 'unknown kind "companies"; expected one of country, region');
  });

  it('no command, or help on an unknown command: exit 2; help asked for: exit 0', () => {
    const none = chipwar();
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('chipwar: no command given');
    const bogus = chipwar('help', 'bogus');
    expect(bogus.code).toBe(2);
    expect(bogus.stderr).toContain('chipwar: no command is named "bogus"');
    expect(chipwar('help').code).toBe(0);
    expect(chipwar('help', 'show')).toMatchObject({
      code: 0,
      stdout: expect.stringContaining('Usage: chipwar show'),
    });
  });

  it('what a user typed is echoed escaped and cut, never raw or in full', () => {
    const hostile = `\u001b[2J\u001b]0;owned\u0007${'x'.repeat(100_000)}`;
    for (const args of [
      ['list', hostile],
      ['show', `org:${hostile}`],
      [hostile],
      ['search', 'a', '--limit', hostile],
    ]) {
      const { code, stderr } = chipwar(...args);
      expect(code, args[0]).not.toBe(0);
      expect(hasRawControl(stderr), args[0]).toBe(false);
      expect(stderr.length, args[0]).toBeLessThan(1_000);
    }
    expect(chipwar('list', hostile).stderr).toContain('unknown kind "\\u001b[2J\\u001b]0;owned\\u0007xxx');
  });

  it("a file's name is escaped when printed", () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    const name = join(dir, 'evil\u001b[31m.json');
    writeFileSync(name, readFileSync(datasetJson));
    const { code, stdout } = chipwar('validate', name);
    expect(code).toBe(0);
    expect(stdout).toBe(`valid: ${join(dir, 'evil\\u001b[31m.json')}\n`);
  });

  it('a bad option value: exit 2, naming what was expected', () => {
    const { code, stderr } = chipwar('figures', '--unit', 'dollars');
    expect(code).toBe(2);
    expectOneLineError(stderr, 'unit must be one of USD, CNY');
    const date = chipwar('timeline', '--from', '2022-13');
    expect(date.code).toBe(2);
    expectOneLineError(date.stderr, 'chipwar: --from "2022-13" is not a valid EDTF date');
    const format = chipwar('export', '--format', 'xlsx', '--out', tmpdir());
    expect(format.code).toBe(2);
    expectOneLineError(format.stderr, '--format must be one of sqlite, csv, datapackage, jsonld, json');
    const required = chipwar('export', '--out', tmpdir());
    expect(required.code).toBe(2);
    expectOneLineError(required.stderr, 'missing the option --format <format>');
  });

  it('validate: exit 0 for a valid file, 1 listing every issue for an invalid or unreadable one', () => {
    expect(chipwar('validate', datasetJson)).toMatchObject({ code: 0 });
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    const broken = structuredClone(JSON.parse(readFileSync(datasetJson, 'utf8')));
    broken.figures[0].unit = 'parsecs';
    broken.relations[0].object = 'org:smiic';
    writeFileSync(join(dir, 'broken.json'), JSON.stringify(broken));
    const invalid = chipwar('validate', join(dir, 'broken.json'));
    expect(invalid.code).toBe(1);
    expect(invalid.stdout).toContain('figures[0].unit');
    expect(invalid.stdout).toContain('relations[0].object');
    expect(invalid.stdout).toContain('invalid: 2 issue(s)');
    const missing = chipwar('validate', join(dir, 'nope.json'));
    expect(missing.code).toBe(1);
    expectOneLineError(missing.stderr, `cannot read ${join(dir, 'nope.json')}: ENOENT`);
    writeFileSync(join(dir, 'text.json'), 'not json');
    const notJson = chipwar('validate', join(dir, 'text.json'));
    expect(notJson.code).toBe(1);
    expectOneLineError(notJson.stderr, 'is not valid JSON');
  });

  it('an unwritable output folder: exit 1 with the reason', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    writeFileSync(join(dir, 'a-file'), 'x');
    const { code, stderr } = chipwar('export', '--format', 'csv', '--out', join(dir, 'a-file', 'sub'));
    expect(code).toBe(1);
    expectOneLineError(stderr, `cannot write to ${join(dir, 'a-file', 'sub')}: ENOTDIR`);
  });

  it('--dataset uses a user dataset, and rejects an invalid one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-'));
    const extended = JSON.parse(readFileSync(datasetJson, 'utf8'));
    extended.concepts.push({ ...extended.concepts[0], id: 'concept:my-own', name: 'My own concept' });
    writeFileSync(join(dir, 'extended.json'), JSON.stringify(extended));
    expect(chipwar('--dataset', join(dir, 'extended.json'), 'show', 'concept:my-own').stdout).toContain(
      'My own concept',
    );
    extended.concepts.at(-1).kind = 'idea';
    writeFileSync(join(dir, 'extended.json'), JSON.stringify(extended));
    const bad = chipwar('--dataset', join(dir, 'extended.json'), 'stats');
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('is not a valid chipwar dataset (1 issue(s))');
  });
});

describe('exit codes', () => {
  it('a bug is exit 1 with a hint to rerun with --debug, never a usage error', async () => {
    const { run } = await import('./program.ts');
    let stderr = '';
    const broken = {
      stdout: () => {
        throw new RangeError('the output broke');
      },
      stderr: (text: string) => {
        stderr += text;
      },
      color: false,
    };
    expect(await run(['show', 'org:smic'], broken)).toBe(1);
    expect(stderr).toBe('chipwar: unexpected error: the output broke (run again with --debug for details)\n');
    stderr = '';
    expect(await run(['show', 'org:smic', '--debug'], broken)).toBe(1);
    expect(stderr).toMatch(
      /^chipwar: unexpected error: the output broke\nRangeError: the output broke\n\s+at /,
    );
  });

  it('a bad argument the library refuses is a usage error (exit 2)', () => {
    const { code, stderr } = chipwar('timeline', '--from', '2022', '--to', '2018');
    expect(code).toBe(2);
    expectOneLineError(
      stderr,
      'chipwar: to must be a bound on or after from (2022-01-01); received "2018-12-31"',
    );
  });
});

describe('export', () => {
  it.each(['sqlite', 'csv', 'datapackage', 'jsonld', 'json'])(
    'writes %s files, byte-identical on a second run',
    (format) => {
      const first = mkdtempSync(join(tmpdir(), 'chipwar-'));
      const second = mkdtempSync(join(tmpdir(), 'chipwar-'));
      expect(chipwar('export', '--format', format, '--out', first).code).toBe(0);
      expect(chipwar('export', '--format', format, '--out', second).code).toBe(0);
      const names = spawnSync('ls', [first], { encoding: 'utf8' }).stdout.trim().split('\n');
      expect(names.length).toBeGreaterThan(0);
      for (const name of names)
        expect(readFileSync(join(second, name)).equals(readFileSync(join(first, name))), name).toBe(true);
    },
  );
});

describe('export writes only where it may', () => {
  const tmp = () => mkdtempSync(join(tmpdir(), 'chipwar-'));

  it('--out - writes a format of one file to standard output; of several, or --out "", is a usage error', () => {
    const dir = tmp();
    chipwar('export', '--format', 'json', '--out', dir);
    const piped = spawnSync(process.execPath, [bin, 'export', '--format', 'sqlite', '--out', '-'], {
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(piped.status).toBe(0);
    const sqlite = tmp();
    chipwar('export', '--format', 'sqlite', '--out', sqlite);
    expect(piped.stdout.equals(readFileSync(join(sqlite, 'chipwar.sqlite')))).toBe(true);
    expect(chipwar('export', '--format', 'json', '--out', '-').stdout).toBe(
      readFileSync(join(dir, 'dataset.json'), 'utf8'),
    );
    const csv = chipwar('export', '--format', 'csv', '--out', '-');
    expect(csv).toMatchObject({ code: 2, stdout: '' });
    expectOneLineError(csv.stderr, '--out - writes one file to standard output, but a csv export is');
    const empty = chipwar('export', '--format', 'json', '--out', '');
    expect(empty.code).toBe(2);
    expectOneLineError(empty.stderr, '--out must name a folder, or - for standard output; received ""');
  });

  it('refuses a folder that is not empty, and with --force replaces only its own files', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'notes.txt'), 'mine');
    const refused = chipwar('export', '--format', 'csv', '--out', dir);
    expect(refused.code).toBe(1);
    expectOneLineError(
      refused.stderr,
      `${dir} is not empty; chipwar export writes into a new or empty folder`,
    );
    expect(readdirSync(dir)).toEqual(['notes.txt']);

    expect(chipwar('export', '--format', 'csv', '--out', dir, '--force').code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(dir, '.chipwar-export.json'), 'utf8'));
    expect(manifest).toMatchObject({ generator: 'chipwar export', format: 'csv' });
    expect(manifest.files.map((file: { name: string }) => file.name)).toContain('figures.csv');
    expect(readFileSync(join(dir, 'notes.txt'), 'utf8')).toBe('mine');

    // Again with another format: the CSVs of the first export go, the user's file stays.
    const json = chipwar('export', '--format', 'json', '--out', dir, '--force');
    expect(json.stdout).toContain(`removed ${manifest.files.length} of the earlier export`);
    expect(readdirSync(dir).sort()).toEqual(['.chipwar-export.json', 'dataset.json', 'notes.txt']);
  });

  it('--force never replaces a file an export did not write, nor follows a doctored manifest out', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'dataset.json'), 'my own dataset.json');
    const clash = chipwar('export', '--format', 'json', '--out', dir, '--force');
    expect(clash.code).toBe(1);
    expectOneLineError(
      clash.stderr,
      `refusing to replace ${join(dir, 'dataset.json')}: chipwar export did not write it`,
    );
    expect(readFileSync(join(dir, 'dataset.json'), 'utf8')).toBe('my own dataset.json');

    const outside = tmp();
    writeFileSync(join(outside, 'victim.csv'), 'keep');
    const out = tmp();
    mkdirSync(join(out, 'sub'));
    writeFileSync(
      join(out, '.chipwar-export.json'),
      JSON.stringify({
        generator: 'chipwar export',
        files: [{ name: `../${outside.split('/').pop()}/victim.csv` }],
      }),
    );
    const doctored = chipwar('export', '--format', 'json', '--out', out, '--force');
    expect(doctored.code).toBe(1);
    expectOneLineError(doctored.stderr, 'is not a manifest of chipwar export (unexpected content)');
    expect(existsSync(join(outside, 'victim.csv'))).toBe(true);
  });

  it('never writes through a symbolic link at a file name', () => {
    const dir = tmp();
    const outside = tmp();
    writeFileSync(join(outside, 'precious'), 'keep me');
    chipwar('export', '--format', 'json', '--out', dir);
    const manifest = readFileSync(join(dir, '.chipwar-export.json'));
    spawnSync('rm', [join(dir, 'dataset.json')]);
    symlinkSync(join(outside, 'precious'), join(dir, 'dataset.json'));
    const { code, stderr } = chipwar('export', '--format', 'json', '--out', dir, '--force');
    expect(code).toBe(1);
    expectOneLineError(stderr, 'dataset.json: it is a symbolic link (chipwar never writes through one)');
    expect(readFileSync(join(outside, 'precious'), 'utf8')).toBe('keep me');
    expect(readFileSync(join(dir, '.chipwar-export.json')).equals(manifest)).toBe(true);
  });
});
