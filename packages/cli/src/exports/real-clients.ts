// For the export tests: the real clients an analyst would open the exports with (Debian's sqlite3
// CLI, and Debian's Python with pandas and rdflib), and a folder with the export written to it.
// A missing client fails the test with the command that installs it: a check that cannot run is
// not reported as passing. `.ci/run` installs them.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, onTestFinished } from 'vitest';

/** Debian's Python, where python3-pandas and python3-rdflib install (not a pyenv or venv one). */
const DEBIAN_PYTHON = '/usr/bin/python3';

const INSTALL = 'apt-get install -y python3-rdflib python3-pandas sqlite3';

/** Runs a program and returns its stdout; throws with its stderr when it fails. */
export function runClient(command: string, args: string[], input?: string): string {
  const result = spawnSync(command, args, { encoding: 'utf8', input, maxBuffer: 64 * 1024 * 1024 });
  if (result.error)
    throw new Error(`cannot run ${command} (${result.error.message}); install it: ${INSTALL}`);
  if (result.status !== 0)
    throw new Error(`${command} ${args.slice(0, 2).join(' ')} failed:\n${result.stderr}`);
  return result.stdout;
}

/** Runs a Python script with Debian's Python; its stdout is parsed as JSON. */
export function python<T>(script: string, ...args: string[]): T {
  if (!existsSync(DEBIAN_PYTHON)) throw new Error(`${DEBIAN_PYTHON} is missing; install: ${INSTALL}`);
  return JSON.parse(runClient(DEBIAN_PYTHON, ['-c', script, ...args])) as T;
}

/**
 * Writes the files of an export into a fresh temporary folder and returns its path; the folder is
 * removed after the test that wrote it, or after the file's tests when written while collecting.
 */
export function writeExport(files: Map<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'chipwar-export-'));
  const remove = () => rmSync(dir, { recursive: true, force: true });
  // Inside a test, after that test; while the file's tests are collected, after all of them.
  try {
    onTestFinished(remove);
  } catch {
    afterAll(remove);
  }
  for (const [name, content] of files) writeFileSync(join(dir, name), content);
  return dir;
}

/** Every SQL example of the CLI README, each with the comment lines above it as its title. */
export function readmeSql(): { title: string; sql: string }[] {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const blocks = [...readme.matchAll(/```sql\n([\s\S]*?)```/g)].map((match) => match[1] as string);
  return blocks.flatMap((block) =>
    block
      .split(/;\s*\n/)
      .map((statement) => statement.trim())
      .filter(Boolean)
      .map((statement) => {
        const lines = statement.split('\n');
        const title = lines.filter((line) => line.startsWith('--')).join(' ');
        return { title, sql: `${lines.filter((line) => !line.startsWith('--')).join('\n')};` };
      }),
  );
}
