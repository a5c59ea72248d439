// `chipwar migrate`: rewrite retired ids in a user's files, and never corrupt one. The whole run is
// planned first (every file read, decoded and rewritten in memory); a file that is not UTF-8, a
// symbolic link or not a regular file is skipped and reported; then every file is written to a
// temporary file beside it, and only when all of them could be is each renamed over its target.
import type { Dirent } from 'node:fs';
import { lstat, readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ResolvedId } from '@chipwar/query';
import { FILE_HEADERS_ONLY, formatPatch, type StructuredPatchHunk, structuredPatch } from 'diff';
import { CliError, isSystemError, systemErrorText } from './errors.ts';
import {
  commitFile,
  decodeUtf8,
  discardFile,
  FileReadError,
  firstInvalidUtf8,
  isWithin,
  kindOfEntry,
  type PreparedFile,
  prepareFile,
  readInputFile,
  realPath,
  TEMP_SUFFIX,
  WriteRefusedError,
} from './files/index.ts';

/** The file types `chipwar migrate` rewrites. */
export const MIGRATABLE_EXTENSIONS = [
  '.ts',
  '.tsx',
  '.mts',
  '.cts',
  '.js',
  '.jsx',
  '.mjs',
  '.cjs',
  '.json',
  '.md',
  '.mdx',
];
const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git', 'dist']);

/** One line a migration changes. */
export interface LineChange {
  line: number;
  before: string;
  after: string;
}

/** An occurrence of a retired id that has no single replacement (split or removed). */
export interface Refusal {
  file: string;
  line: number;
  id: string;
  reason: string;
}

/**
 * A path `chipwar migrate` did not read or will not rewrite, and why. `problem` is set when the
 * user should act (a file that is not UTF-8, unreadable, too large, or a path given that is not a
 * file or folder); a symbolic link or a special file met inside a folder is only a note.
 */
export interface Skipped {
  path: string;
  reason: string;
  problem: boolean;
}

/** A file the migration rewrites: its changed lines, its text before and after. */
export interface PlannedFile {
  file: string;
  changes: LineChange[];
  /** The text as read (a byte order mark kept as U+FEFF), to check it is unchanged at write time. */
  original: string;
  text: string;
}

/** What `chipwar migrate` would do (or did) to the given paths. */
export interface MigrationPlan {
  files: PlannedFile[];
  refused: Refusal[];
  skipped: Skipped[];
  replacements: number;
  /** The real paths of the paths given: nothing outside them is written. */
  roots: string[];
}

interface Walk {
  candidates: string[];
  skipped: Skipped[];
  roots: string[];
}

async function walkFolder(folder: string, shown: string, walk: Walk): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    if (!isSystemError(error)) throw error;
    walk.skipped.push({ path: shown, reason: `cannot read: ${systemErrorText(error)}`, problem: true });
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    const display = join(shown, entry.name);
    if (entry.isDirectory()) {
      if (!SKIPPED_DIRECTORIES.has(entry.name)) await walkFolder(path, display, walk);
      continue;
    }
    if (!MIGRATABLE_EXTENSIONS.includes(extname(entry.name)) || entry.name.endsWith(TEMP_SUFFIX)) continue;
    if (entry.isSymbolicLink())
      walk.skipped.push({ path: display, reason: 'a symbolic link, not followed', problem: false });
    else if (!entry.isFile())
      walk.skipped.push({ path: display, reason: 'not a regular file', problem: false });
    else walk.candidates.push(display);
  }
}

// The files under the paths given, without following a symbolic link anywhere.
async function collect(paths: readonly string[]): Promise<Walk> {
  const walk: Walk = { candidates: [], skipped: [], roots: [] };
  for (const path of paths) {
    let info: Awaited<ReturnType<typeof lstat>>;
    try {
      info = await lstat(path);
    } catch (error) {
      if (!isSystemError(error)) throw error;
      walk.skipped.push({ path, reason: `cannot read: ${systemErrorText(error)}`, problem: true });
      continue;
    }
    if (info.isSymbolicLink()) {
      const reason = 'a symbolic link, not followed (name the file or folder it points to)';
      walk.skipped.push({ path, reason, problem: true });
    } else if (info.isDirectory()) {
      walk.roots.push(await realPath(path));
      await walkFolder(path, path, walk);
    } else if (!info.isFile()) {
      walk.skipped.push({ path, reason: `${kindOfEntry(info)}, not a regular file`, problem: true });
    } else if (!MIGRATABLE_EXTENSIONS.includes(extname(path))) {
      const reason = `not a file type chipwar migrate rewrites (${MIGRATABLE_EXTENSIONS.join(', ')})`;
      walk.skipped.push({ path, reason, problem: true });
    } else {
      walk.roots.push(await realPath(path));
      walk.candidates.push(path);
    }
  }
  return walk;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Plans the rewrite of retired ids in the files under `paths` (and only there): every occurrence of
 * a retired id with one live replacement is replaced; a split or removed id is refused and listed.
 * Symbolic links are never followed; a file that is not valid UTF-8, larger than 64 MiB or not a
 * regular file is skipped and listed. Line endings, a byte order mark and a missing final newline
 * are kept. Running it again on the result changes nothing. Nothing is written.
 */
export async function planMigration(
  paths: readonly string[],
  retiredIds: readonly string[],
  resolve: (id: string) => ResolvedId,
): Promise<MigrationPlan> {
  const walk = await collect(paths);
  const plan: MigrationPlan = {
    files: [],
    refused: [],
    skipped: walk.skipped,
    replacements: 0,
    roots: walk.roots,
  };
  if (retiredIds.length === 0) return plan;
  // An id is a whole token: not part of a longer id or word on either side.
  const pattern = new RegExp(
    `(?<![A-Za-z0-9:_-])(${[...retiredIds]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![A-Za-z0-9_-])`,
    'g',
  );
  const seen = new Set<string>();
  for (const file of walk.candidates) {
    const real = await realPath(file).catch(() => file);
    if (seen.has(real)) continue;
    seen.add(real);
    let bytes: Uint8Array;
    try {
      bytes = await readInputFile(file);
    } catch (error) {
      if (!(error instanceof FileReadError)) throw error;
      plan.skipped.push({ path: file, reason: error.reason, problem: true });
      continue;
    }
    const text = decodeUtf8(bytes, { keepByteOrderMark: true });
    if (text === undefined) {
      const reason = `not valid UTF-8 (${firstInvalidUtf8(bytes)}), so not rewritten`;
      plan.skipped.push({ path: file, reason, problem: true });
      continue;
    }
    const changes: LineChange[] = [];
    // Split on \n only: a \r stays at the end of its line, so CRLF files keep their line endings,
    // and a missing final newline stays missing.
    const lines = text.split('\n').map((line, index) => {
      const after = line.replace(pattern, (id) => {
        const resolved = resolve(id);
        if (resolved.id) {
          plan.replacements += 1;
          return resolved.id;
        }
        const entry = resolved.chain.at(-1);
        plan.refused.push({
          file,
          line: index + 1,
          id,
          reason: resolved.candidates.length
            ? `${entry?.change ?? 'split'} into ${resolved.candidates.join(', ')}: choose one by hand`
            : `${entry?.change ?? 'removed'} with no replacement (${entry?.reason ?? 'see the ledger'})`,
        });
        return id;
      });
      if (after !== line) changes.push({ line: index + 1, before: line, after });
      return after;
    });
    if (changes.length) plan.files.push({ file, changes, original: text, text: lines.join('\n') });
  }
  return plan;
}

/**
 * A planned file's change as a unified diff (`--- file`, `+++ file`, hunks with three lines of
 * context), which `patch -p0` applies. Hunks are cut around the changed lines the plan already
 * knows, and only those windows are diffed, so a large file costs what its changes cost.
 */
export function migrationDiff(file: PlannedFile, context = 3): string {
  const before = file.original.split('\n');
  const after = file.text.split('\n');
  const hunks: StructuredPatchHunk[] = [];
  const last = before.length - 1;
  let index = 0;
  const changed = file.changes.map((change) => change.line - 1);
  while (index < changed.length) {
    const start = Math.max(0, (changed[index] as number) - context);
    let end = Math.min(last, (changed[index] as number) + context);
    index += 1;
    while (index < changed.length && (changed[index] as number) - context <= end + 1) {
      end = Math.min(last, (changed[index] as number) + context);
      index += 1;
    }
    // The window ends with a line break unless it ends where the file does.
    const window = (lines: string[]) => lines.slice(start, end + 1).join('\n') + (end < last ? '\n' : '');
    const patch = structuredPatch('', '', window(before), window(after), '', '', { context });
    for (const hunk of patch.hunks)
      hunks.push({ ...hunk, oldStart: hunk.oldStart + start, newStart: hunk.newStart + start });
  }
  return formatPatch(
    { oldFileName: file.file, newFileName: file.file, oldHeader: undefined, newHeader: undefined, hunks },
    FILE_HEADERS_ONLY,
  );
}

/** A file of a migration that cannot be written, and why. */
export interface WriteProblem {
  file: string;
  reason: string;
}

/** Thrown by {@link applyMigration} when any file cannot be written: then none was. */
export class MigrationWriteError extends CliError {
  constructor(readonly problems: readonly WriteProblem[]) {
    super(
      `wrote nothing: ${problems.length} file(s) cannot be written:\n${problems
        .map((problem) => `  ${problem.file}: ${problem.reason}`)
        .join('\n')}`,
      1,
    );
    this.name = 'MigrationWriteError';
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof WriteRefusedError || error instanceof FileReadError) return error.reason;
  if (isSystemError(error)) return systemErrorText(error);
  throw error;
}

/**
 * Writes a planned migration, every file or none. Each file is checked against what was planned
 * (unchanged since, a regular file, not a symbolic link, writable, inside the paths given) and
 * written to a temporary file beside it, flushed; if any of that fails for any file, every
 * temporary file is removed and a {@link MigrationWriteError} lists each problem. Only then is each
 * renamed over its file: a reader, or a crash, sees the old file or the new one, never a mix.
 */
export async function applyMigration(plan: MigrationPlan): Promise<void> {
  const prepared: PreparedFile[] = [];
  const problems: WriteProblem[] = [];
  for (const file of plan.files) {
    try {
      const now = decodeUtf8(await readInputFile(file.file), { keepByteOrderMark: true });
      if (now !== file.original) {
        problems.push({ file: file.file, reason: 'changed since it was read; run chipwar migrate again' });
        continue;
      }
      const target = await realPath(file.file);
      if (!plan.roots.some((root) => isWithin(target, root))) {
        problems.push({ file: file.file, reason: 'outside the paths given' });
        continue;
      }
      prepared.push(await prepareFile({ path: file.file, content: file.text }, { within: plan.roots }));
    } catch (error) {
      problems.push({ file: file.file, reason: reasonOf(error) });
    }
  }
  if (problems.length) {
    for (const file of prepared) await discardFile(file);
    throw new MigrationWriteError(problems);
  }
  for (const [index, file] of prepared.entries()) {
    try {
      await commitFile(file);
    } catch (error) {
      for (const rest of prepared.slice(index + 1)) await discardFile(rest);
      const written = prepared.slice(0, index).map((done) => done.path);
      throw new CliError(
        `cannot replace ${file.path}: ${reasonOf(error)}; ${written.length} file(s) were already rewritten${written.length ? `: ${written.join(', ')}` : ''}`,
        1,
      );
    }
  }
}
