// The command's options, and a user's dataset given with --dataset: retired ids are answered with
// what became of them, never silently for their replacement.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNextVersion } from '@chipwar/vitest-config/fixtures';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ERROR_META_KEY } from './index.ts';

const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const shipped = JSON.parse(readFileSync(new URL('../../dataset/dist/dataset.json', import.meta.url), 'utf8'));
const major = shipped.meta.datasetVersion.split('.')[0];

function command(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', input: '' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('chipwar-mcp options', () => {
  it('--help and --version print to stdout and exit 0', () => {
    const help = command('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: chipwar-mcp \[--dataset <file>\]/);
    const version = command('--version');
    expect(version).toEqual({
      code: 0,
      stdout: `chipwar-mcp ${manifest.version} (dataset ${shipped.meta.datasetVersion})\n`,
      stderr: '',
    });
  });

  it('an unknown option exits 2 with the usage', () => {
    const result = command('--datset', 'x.json');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/^chipwar-mcp: Unknown option '--datset'/);
    expect(result.stdout).toBe('');
  });

  it('a dataset that cannot be read or is invalid exits 1 saying why, before serving', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-mcp-'));
    const missing = command('--dataset', join(dir, 'missing.json'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe(`chipwar-mcp: cannot read ${join(dir, 'missing.json')} as JSON: ENOENT\n`);
    const invalid = join(dir, 'invalid.json');
    writeFileSync(invalid, JSON.stringify({ ...shipped, figures: [{ id: 'figure:x' }] }));
    const result = command('--dataset', invalid);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(
      new RegExp(`^chipwar-mcp: ${invalid} is not a valid chipwar dataset \\(\\d+ issue\\(s\\)\\):\\n`),
    );
    expect(result.stderr).toMatch(/figures\[0\]/);
    expect(result.stdout).toBe('');
  });
});

describe('chipwar-mcp --dataset', () => {
  it('answers from the validated form of the dataset, defaults filled in', async () => {
    const { retired: _, ...withoutLedger } = shipped;
    const file = join(mkdtempSync(join(tmpdir(), 'chipwar-mcp-')), 'no-ledger.json');
    writeFileSync(file, JSON.stringify(withoutLedger));
    const client = new Client({ name: 'chipwar-mcp-test', version: '0.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [bin, '--dataset', file] }),
    );
    const meta = await client.readResource({ uri: 'chipwar://meta' });
    expect(JSON.parse((meta.contents[0] as { text: string }).text)).toMatchObject({ retiredIds: 0 });
    await client.close();
  });
});

describe('chipwar-mcp start-up', () => {
  it('loads neither the full schema (zod schemas, validation) nor the EDTF parser until a call needs them', async () => {
    // A module hook logs every module the server resolves, to a file (stdout is the protocol's).
    const dir = mkdtempSync(join(tmpdir(), 'chipwar-mcp-'));
    const log = join(dir, 'modules.log');
    writeFileSync(
      join(dir, 'hook.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  appendFileSync(${JSON.stringify(log)}, result.url + '\\n');
  return result;
}`,
    );
    writeFileSync(
      join(dir, 'register.mjs'),
      `import { register } from 'node:module';\nregister(${JSON.stringify(`file://${join(dir, 'hook.mjs')}`)});`,
    );
    const client = new Client({ name: 'chipwar-mcp-test', version: '0.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: ['--import', join(dir, 'register.mjs'), bin],
      }),
    );
    const first = (await client.callTool({
      name: 'get_record',
      arguments: { id: 'org:smic' },
    })) as CallToolResult;
    expect(first.isError).toBeFalsy();
    const atStart = readFileSync(log, 'utf8');
    await client.callTool({ name: 'timeline', arguments: { from: '2018-04~' } });
    await client.close();
    const later = readFileSync(log, 'utf8');
    const heavy = /\/schema\/dist\/index\.js|\/node_modules\/(edtf|nearley)\//;
    expect(atStart).toMatch(/\/query\/dist\/index\.js/);
    expect(atStart).not.toMatch(heavy);
    // Proves the pattern sees them when they are loaded: an EDTF date loads the parser.
    expect(later).toMatch(heavy);
  });
});

describe('chipwar-mcp --dataset with retired ids', () => {
  let client: Client;
  beforeAll(async () => {
    const file = writeNextVersion(shipped, mkdtempSync(join(tmpdir(), 'chipwar-mcp-')));
    client = new Client({ name: 'chipwar-mcp-test', version: '0.0.0' });
    await client.connect(
      new StdioClientTransport({ command: process.execPath, args: [bin, '--dataset', file] }),
    );
    await client.listTools();
  });
  afterAll(async () => {
    await client?.close();
  });

  const call = async (name: string, args: Record<string, unknown>) =>
    (await client.callTool({ name, arguments: args })) as CallToolResult;
  const text = (result: CallToolResult) => (result.content[0] as { text: string }).text;

  it('answers from the user’s dataset', async () => {
    const result = await call('get_record', { id: 'org:smic-foundry' });
    expect(result.isError).toBeFalsy();
    expect(result.structuredContent).toMatchObject({ id: 'org:smic-foundry', label: 'SMIC' });
    const meta = JSON.parse(
      String(((await client.readResource({ uri: 'chipwar://meta' })).contents[0] as { text: string }).text),
    );
    expect(meta.retiredIds).toBe(2);
  });

  it('get_record answers a renamed id with its replacement', async () => {
    const result = await call('get_record', { id: 'org:smic' });
    expect(result.isError).toBe(true);
    expect(text(result)).toBe(
      `get_record: "org:smic" is a retired id: renamed in ${major}.9.0 → org:smic-foundry (example rename); use org:smic-foundry`,
    );
    expect(result._meta?.[ERROR_META_KEY]).toEqual({
      name: 'RetiredIdError',
      replacement: 'org:smic-foundry',
      candidates: [],
    });
  });

  it('a split id names the ids it became', async () => {
    const result = await call('get_record', { id: 'tech:memory-split' });
    expect(text(result)).toMatch(
      /"tech:memory-split" is a retired id: split in .*; it became tech:dram, tech:nand$/,
    );
    expect(result._meta?.[ERROR_META_KEY]).toEqual({
      name: 'RetiredIdError',
      candidates: ['tech:dram', 'tech:nand'],
    });
  });

  it('every tool and the record resource refuse a retired id the same way', async () => {
    const calls: [string, Record<string, unknown>][] = [
      ['figures', { subject: 'org:smic' }],
      ['timeline', { involving: 'org:smic' }],
      ['quotes', { speaker: 'org:smic' }],
      ['relations', { id: 'org:smic' }],
      ['path', { from: 'org:qualcomm', to: 'org:smic' }],
      ['cite', { id: 'org:smic' }],
    ];
    for (const [name, args] of calls) {
      const result = await call(name, args);
      expect(text(result), name).toMatch(
        new RegExp(`^${name}: "org:smic" is a retired id: .*; use org:smic-foundry$`),
      );
    }
    const error = await client.readResource({ uri: 'chipwar://record/org:smic' }).catch((caught) => caught);
    expect(error.code).toBe(-32002);
    expect(error.message).toMatch(/resources\/read: "org:smic" is a retired id: .*; use org:smic-foundry$/);
    expect(error.data[ERROR_META_KEY].replacement).toBe('org:smic-foundry');
  });
});
