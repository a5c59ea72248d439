// kill -9 in the middle of a write, many times: the file under its own name is always the old one
// or the new one, byte for byte, never a mix or a truncated copy; what a killed run leaves behind
// has a temporary name. Half the kills wait for a temporary file to appear, so they land while the
// new bytes are being written; the others land at random moments of the whole run.
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chipwar, shipped, start, TEMP_SUFFIX, tempDir, writeJson } from './harness.ts';

const RUNS = 12;

interface Outcome {
  old: number;
  new: number;
  /** Kills after a temporary file was seen: during or just after the write. */
  duringWrite: number;
}

/** Waits until a chipwar temporary file exists in `dir`, or the child exits; true if one did. */
async function tempAppears(dir: string, child: ReturnType<typeof start>): Promise<boolean> {
  while (child.exitCode === null && child.signalCode === null) {
    if (readdirSync(dir).some((name) => name.endsWith(TEMP_SUFFIX))) return true;
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return false;
}

async function killRepeatedly(options: {
  args: string[];
  dir: string;
  target: string;
  restore: () => void;
  oldBytes: Buffer;
  newBytes: Buffer;
  expectedNames: Set<string>;
  /** How long a whole run takes, to spread the random kills over it. */
  runMs: number;
}): Promise<Outcome> {
  const outcome: Outcome = { old: 0, new: 0, duringWrite: 0 };
  for (let run = 0; run < RUNS; run++) {
    options.restore();
    const child = start(options.args);
    const exited = new Promise((resolve) => child.once('exit', resolve));
    if (run % 2 === 0) {
      if (await tempAppears(options.dir, child)) {
        outcome.duringWrite += 1;
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5));
      }
    } else {
      await new Promise((resolve) => setTimeout(resolve, options.runMs * (0.4 + Math.random() * 1.2)));
    }
    child.kill('SIGKILL');
    await exited;
    const now = readFileSync(options.target);
    const isOld = now.equals(options.oldBytes);
    const isNew = now.equals(options.newBytes);
    expect(isOld || isNew, `run ${run}: ${now.length} bytes, neither the old file nor the new one`).toBe(
      true,
    );
    if (isOld) outcome.old += 1;
    else outcome.new += 1;
    for (const name of readdirSync(options.dir)) {
      expect(options.expectedNames.has(name) || name.endsWith(TEMP_SUFFIX), `left behind: ${name}`).toBe(
        true,
      );
      if (name.endsWith(TEMP_SUFFIX)) rmSync(join(options.dir, name));
    }
  }
  return outcome;
}

describe('kill -9 mid-write', () => {
  it('migrate of a large file: the file is always the old one or the new one', async () => {
    const dir = tempDir();
    const target = join(dir, 'notes.md');
    const line = 'the rel:cn-funds-electric-cars relation, and more words to make a long line of text\n';
    const oldText = line.repeat(100_000); // about 8 MB
    writeFileSync(target, oldText);
    const oldBytes = readFileSync(target);
    const done = chipwar(['migrate', dir]);
    expect(done.status).toBe(0);
    const newBytes = readFileSync(target);
    expect(newBytes.equals(oldBytes)).toBe(false);
    const outcome = await killRepeatedly({
      args: ['migrate', dir],
      dir,
      target,
      restore: () => writeFileSync(target, oldBytes),
      oldBytes,
      newBytes,
      expectedNames: new Set(['notes.md']),
      runMs: done.ms,
    });
    console.info(`migrate, killed ${RUNS} times:`, outcome);
    expect(outcome.duringWrite).toBeGreaterThan(0);
  });

  it('export --force over an earlier export: each file is always the old one or the new one', async () => {
    const dir = tempDir();
    const out = join(dir, 'out');
    expect(chipwar(['export', '--format', 'json', '--out', out]).status).toBe(0);
    const target = join(out, 'dataset.json');
    const oldBytes = readFileSync(target);
    const oldManifest = readFileSync(join(out, '.chipwar-export.json'));
    // A larger dataset, so that its export takes a while to write.
    const dataset = shipped();
    const concepts = dataset.concepts as Record<string, unknown>[];
    const template = concepts[0] as Record<string, unknown>;
    for (let index = 0; index < 2_000; index++) concepts.push({ ...template, id: `concept:bulk-${index}` });
    const other = writeJson(join(dir, 'other.json'), dataset);
    const args = ['--dataset', other, 'export', '--format', 'json', '--out', out, '--force'];
    const saved = join(dir, 'saved');
    const done = chipwar(args);
    expect(done.status).toBe(0);
    const newBytes = readFileSync(target);
    copyFileSync(join(out, '.chipwar-export.json'), saved);
    const outcome = await killRepeatedly({
      args,
      dir: out,
      target,
      restore: () => {
        writeFileSync(target, oldBytes);
        writeFileSync(join(out, '.chipwar-export.json'), oldManifest);
      },
      oldBytes,
      newBytes,
      expectedNames: new Set(['dataset.json', '.chipwar-export.json']),
      runMs: done.ms,
    });
    console.info(`export, killed ${RUNS} times:`, outcome);
    // The manifest, renamed last, is whole as well.
    const manifest = readFileSync(join(out, '.chipwar-export.json'));
    expect(manifest.equals(oldManifest) || manifest.equals(readFileSync(saved))).toBe(true);
    expect(outcome.duringWrite).toBeGreaterThan(0);
  });

  it('SIGTERM or Ctrl-C during a write leaves no temporary file', async () => {
    const dir = tempDir();
    const target = join(dir, 'notes.md');
    writeFileSync(target, 'the rel:cn-funds-electric-cars relation\n'.repeat(400_000));
    const oldBytes = readFileSync(target);
    let checked = 0;
    for (const signal of ['SIGTERM', 'SIGINT'] as const) {
      const child = start(['migrate', dir]);
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
      const appeared = await tempAppears(dir, child);
      child.kill(signal);
      const code = await exited;
      writeFileSync(target, oldBytes);
      // A run that finished before the signal arrived has nothing to clean up.
      if (!appeared || code === 0) continue;
      expect(code, signal).toBe(signal === 'SIGTERM' ? 143 : 130);
      expect(readdirSync(dir), signal).toEqual(['notes.md']);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(0);
  });
});
