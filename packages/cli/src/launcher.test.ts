// The `chipwar` bin (src/cli.ts) starts the program from the code cache the build wrote: the cache
// fits the program on this Node, and a missing or damaged cache changes nothing but the speed.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = new URL('../dist/', import.meta.url).pathname;

function node(args: string[]) {
  const result = spawnSync(process.execPath, args, {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The bin and the program in a folder of their own, with `cache` as the code cache if given. */
function installed(cache?: Buffer | string): string {
  const dir = mkdtempSync(join(tmpdir(), 'chipwar-launcher-'));
  for (const file of ['cli.cjs', 'chipwar.cjs']) copyFileSync(join(dist, file), join(dir, file));
  if (cache !== undefined) writeFileSync(join(dir, 'chipwar.v8cache'), cache);
  return dir;
}

describe('the code cache', () => {
  it('was written by the build, and V8 on this Node accepts it for the program', () => {
    // In a process of its own, started as the bin is, so that V8's flags are a user's.
    const check = node([
      '-e',
      `const { readFileSync } = require('node:fs'); const Module = require('node:module'); const vm = require('node:vm');
       const file = ${JSON.stringify(join(dist, 'chipwar.cjs'))};
       const script = new vm.Script(Module.wrap(readFileSync(file, 'utf8')), { filename: file, cachedData: readFileSync(${JSON.stringify(join(dist, 'chipwar.v8cache'))}) });
       console.log(script.cachedDataRejected);`,
    ]);
    expect(check).toMatchObject({ code: 0, stdout: 'false\n' });
  });

  it('changes no output: with the cache, without it and with a damaged one', () => {
    const plain = node([join(dist, 'chipwar.cjs'), 'show', 'org:smic']);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('id:            org:smic');
    for (const dir of [dist, installed(), installed('not a code cache'), installed(Buffer.alloc(4096))]) {
      expect(node([join(dir, 'cli.cjs'), 'show', 'org:smic']), dir).toEqual(plain);
    }
  });

  it('keeps errors and exit codes as they are', () => {
    const plain = node([join(dist, 'chipwar.cjs'), 'show', 'org:smiic']);
    expect(plain.code).toBe(1);
    expect(node([join(dist, 'cli.cjs'), 'show', 'org:smiic'])).toEqual(plain);
  });
});
