import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { resolveSource } from './source-arg.ts';

const missing = '/nonexistent/china-new-microchip-war.md';

describe('resolveSource', () => {
  it('fails, saying where it looked, when the report cannot be found', () => {
    const result = resolveSource('check:data', { source: missing });
    expect(result).toMatchObject({ ok: false, exitCode: 1 });
    expect(!result.ok && result.message).toContain(`not found at ${missing}`);
  });

  it('skips, and says so, only with --allow-missing-source', () => {
    const result = resolveSource('check:data', { source: missing, 'allow-missing-source': true });
    expect(result).toMatchObject({ ok: false, exitCode: 0 });
    expect(!result.ok && result.message).toMatch(/^check:data: SKIPPED: the report was not found/);
  });

  it('returns the path of a report that exists', () => {
    const here = fileURLToPath(import.meta.url);
    expect(resolveSource('check:data', { source: here })).toEqual({ ok: true, path: here });
  });
});

describe('the check scripts without the report', () => {
  const run = (script: string, ...args: string[]) =>
    spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@chipwar/source',
        fileURLToPath(new URL(script, import.meta.url)),
        '--source',
        missing,
        ...args,
      ],
      { encoding: 'utf8' },
    );

  it.each(['./verify-provenance.ts', './coverage-source.ts'])('%s exits 1 with a clear message', (script) => {
    const result = run(script);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('the report was not found');
  });

  it.each(['./verify-provenance.ts', './coverage-source.ts'])(
    '%s skips with --allow-missing-source and prints that it skipped',
    (script) => {
      const result = run(script, '--allow-missing-source');
      expect(result.status).toBe(0);
      expect(result.stderr).toContain('SKIPPED');
    },
  );
});
