import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { entryPoints, oneMemberPerLine, renderReport, reportDiff, reportPath } from './index.ts';

const fixture = (name: string) => fileURLToPath(new URL(`../fixtures/${name}/`, import.meta.url));

describe('entryPoints', () => {
  it('lists each export with a source condition, named as tsup names it, with its declarations', () => {
    const entries = entryPoints(fixture('pkg'));
    expect(entries).toEqual([
      { subpath: '.', name: 'index', types: './types/index.d.ts' },
      { subpath: './extra', name: 'extra', types: './types/extra.d.ts' },
    ]);
    expect(entries.map(reportPath)).toEqual(['api/index.api.md', 'api/extra.api.md']);
  });

  it('refuses a source export without import types, and a package without any', () => {
    const dir = mkdtempSync(join(tmpdir(), 'api-report-'));
    writeFileSync(
      join(dir, 'package.json'),
      JSON.stringify({
        name: '@x/y',
        exports: { '.': { '@chipwar/source': './src/index.ts', import: './i.js' } },
      }),
    );
    expect(() => entryPoints(dir)).toThrow(
      '@x/y: exports["."] has a "@chipwar/source" condition but no import.types',
    );
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: '@x/y', exports: { '.': './i.js' } }));
    expect(() => entryPoints(dir)).toThrow('@x/y: no export has a "@chipwar/source" condition');
  });
});

describe('oneMemberPerLine', () => {
  it('puts each member of a literal union or tuple on its own line, the terminator apart', () => {
    const report = [
      "export type Id = 'a:1' | 'a:2';",
      'export const KINDS: readonly ["x", "y"];',
      'export function f(kind: "x" | "y"): void;',
    ].join('\n');
    expect(oneMemberPerLine(report).split('\n')).toEqual([
      'export type Id =',
      "    | 'a:1'",
      "    | 'a:2'",
      ';',
      'export const KINDS: readonly [',
      '    "x",',
      '    "y",',
      '];',
      'export function f(kind: "x" | "y"): void;',
    ]);
  });
});

describe('renderReport', () => {
  it('records every export of an entry point with its full signature', () => {
    const [index, extra] = entryPoints(fixture('pkg'));
    const report = renderReport(fixture('pkg'), index!);
    expect(report.messages).toEqual([]);
    const lines = report.text.split('\n');
    expect(lines[0]).toBe('## API Report File for "@fixture/pkg"');
    expect(lines).toContain('export function greet(name: string, options?: Options): string;');
    // Options is not exported but is part of greet's signature: listed, and flagged.
    expect(report.text).toMatch(/ae-forgotten-export\) The symbol "Options" needs to be exported/);
    expect(lines).toContain('    loud?: boolean;');
    expect(report.text).toContain("export type Color =\n    | 'red'\n    | 'green'\n    | 'blue'\n;");
    expect(report.text).toContain(
      "export const COLORS: readonly [\n    'red',\n    'green',\n    'blue',\n];",
    );

    const other = renderReport(fixture('pkg'), extra!);
    expect(other.text.split('\n')[0]).toBe('## API Report File for "@fixture/pkg/extra"');
    expect(other.text).toContain('export const extra: 1;');
    expect(other.text).not.toContain('greet');
  });
});

describe('chipwar-api-report --check', () => {
  it('fails naming the package, the entry and the report, with the diff, and a left-over report', () => {
    const cli = fileURLToPath(new URL('./cli.ts', import.meta.url));
    const result = spawnSync(process.execPath, ['--import', 'tsx', cli, '--check'], {
      cwd: fixture('stale'),
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('api:check: 2 problem(s)');
    expect(result.stderr).toContain(
      '@fixture/stale . (api/index.api.md): the report is stale; run `npm run api:report` and commit the change',
    );
    expect(result.stderr).toContain('-export function greet(name: string): string;');
    expect(result.stderr).toContain('+export function greet(name: string, loud: boolean): string;');
    expect(result.stderr).toContain('@fixture/stale (api/gone.api.md): no entry point has this report');
  });
});

describe('reportDiff', () => {
  it('is a unified diff from the committed report to the fresh one', () => {
    const diff = reportDiff('api/index.api.md', 'a\nb\nc\n', 'a\nB\nc\n');
    expect(diff).toContain('--- a/api/index.api.md');
    expect(diff).toContain('+++ b/api/index.api.md');
    expect(diff).toContain('-b\n+B');
  });
});
