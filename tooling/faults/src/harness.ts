// What every fault test needs: the built `chipwar` binary run as a child process under time and
// memory limits, real temporary folders, a small tmpfs for a full disk, and datasets to break.
import { type SpawnSyncOptions, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const root = new URL('../../../', import.meta.url).pathname;
/** The built binary: the fault suite tests what users install. */
export const bin = join(root, 'packages/cli/dist/cli.cjs');
export const shippedJson = join(root, 'packages/dataset/dist/dataset.json');
/** How chipwar's temporary files end (see packages/cli/src/files/write.ts). */
export const TEMP_SUFFIX = '.chipwar-tmp';

/** One run of the binary. */
export interface Run {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  /** Killed (SIGKILL) past this: a hang is a failure, never a wait. */
  timeoutMs?: number;
  /** The V8 heap limit of the child, in MiB. */
  maxOldSpaceMb?: number;
  /** Node.js options before the script, such as `--import` of a fault injector. */
  nodeOptions?: string[];
  env?: Record<string, string>;
}

function nodeArgs(args: readonly string[], options: RunOptions): string[] {
  return [
    ...(options.maxOldSpaceMb ? [`--max-old-space-size=${options.maxOldSpaceMb}`] : []),
    ...(options.nodeOptions ?? []),
    bin,
    ...args,
  ];
}

function spawnOptions(options: RunOptions): SpawnSyncOptions {
  return {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    timeout: options.timeoutMs ?? 30_000,
    killSignal: 'SIGKILL',
    maxBuffer: 256 * 1024 * 1024,
  };
}

/** Runs `chipwar …` and waits for it, within a time limit (30 s unless told). */
export function chipwar(args: readonly string[], options: RunOptions = {}): Run {
  const start = performance.now();
  const result = spawnSync(process.execPath, nodeArgs(args, options), {
    ...spawnOptions(options),
    input: options.input,
    encoding: 'utf8',
  });
  return {
    status: result.status,
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr,
    ms: performance.now() - start,
  };
}

/** Runs a shell pipeline with `chipwar` standing for the binary; its status is chipwar's own. */
export function pipeline(script: string, options: RunOptions = {}): Run {
  const start = performance.now();
  const command = `chipwar() { "${process.execPath}" "${bin}" "$@"; }\n${script}\necho "chipwar-status:\${PIPESTATUS[0]}" >&2`;
  const result = spawnSync('bash', ['-c', command], { ...spawnOptions(options), encoding: 'utf8' });
  const status = /chipwar-status:(\d+)/.exec(result.stderr)?.[1];
  return {
    status: status === undefined ? null : Number(status),
    signal: result.signal,
    stdout: result.stdout,
    stderr: result.stderr.replace(/chipwar-status:\d+\n$/, ''),
    ms: performance.now() - start,
  };
}

/** Starts `chipwar …` without waiting, for tests that kill it. */
export function start(args: readonly string[], options: RunOptions = {}) {
  return spawn(process.execPath, nodeArgs(args, options), {
    cwd: options.cwd,
    env: { ...process.env, NO_COLOR: '1', ...options.env },
    stdio: 'ignore',
  });
}

const created: string[] = [];

/** A new empty folder, by its real path; removed after the test file (see cleanup.ts). */
export function tempDir(prefix = 'chipwar-faults-'): string {
  const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
  created.push(dir);
  return dir;
}

/** Removes every folder `tempDir` made: the suite writes a few hundred MB per run. */
export function removeTempDirs(): void {
  for (const dir of created.splice(0)) {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A fresh copy of the shipped dataset, to change. */
export function shipped(): Record<string, unknown> & {
  meta: Record<string, unknown>;
  [collection: string]: unknown;
} {
  return JSON.parse(readFileSync(shippedJson, 'utf8'));
}

export function writeJson(path: string, value: unknown): string {
  writeFileSync(path, JSON.stringify(value));
  return path;
}

/** A control character other than a line break: what must never reach a terminal raw. */
export function hasRawControl(text: string): boolean {
  return /\p{Cc}/u.test(text.replaceAll('\n', ''));
}

/** The names in a folder that are chipwar temporary files. */
export function tempFiles(dir: string): string[] {
  return readdirSync(dir).filter((name) => name.endsWith(TEMP_SUFFIX));
}

let mountable: boolean | undefined;

/**
 * Whether this machine lets the suite mount a tmpfs (root on Linux, outside most containers'
 * restrictions). Where it does not, the full-disk tests that need one are skipped and say so, and
 * the injected-ENOSPC tests still run.
 */
export function canMountTmpfs(): boolean {
  if (mountable !== undefined) return mountable;
  const dir = tempDir('chipwar-mount-');
  mountable = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', dir]).status === 0;
  if (mountable) spawnSync('umount', [dir]);
  rmSync(dir, { recursive: true, force: true });
  return mountable;
}

/** Mounts a tmpfs of `size` (such as `64k`) on a new folder; `unmount` undoes it. */
export function mountTmpfs(size: string): { dir: string; unmount: () => void; readOnly: () => void } {
  const dir = tempDir('chipwar-tmpfs-');
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir], {
    encoding: 'utf8',
  });
  if (mounted.status !== 0) throw new Error(`mount failed: ${mounted.stderr}`);
  return {
    dir,
    readOnly: () => {
      const result = spawnSync('mount', ['-o', 'remount,ro', dir], { encoding: 'utf8' });
      if (result.status !== 0) throw new Error(`remount failed: ${result.stderr}`);
    },
    unmount: () => {
      spawnSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The Node.js option that loads the ENOSPC injector (see inject-enospc.mjs). */
export const INJECT_ENOSPC = ['--import', join(root, 'tooling/faults/src/inject-enospc.mjs')];
