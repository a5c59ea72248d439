// Writing a user's files so that none is ever lost or half-written: each file goes to a new
// temporary file in the target's own folder (never through a symbolic link), is flushed to disk,
// then renamed over the target. Readers see the old file or the new one, never a mix; on any
// failure the old file is intact and the temporary file is removed.
import { randomBytes } from 'node:crypto';
import { constants, type Stats, unlinkSync } from 'node:fs';
import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import { constants as osConstants } from 'node:os';
import { basename, dirname, join, parse, resolve } from 'node:path';
import { CliError, systemErrorText } from '../errors.ts';
import { terminalText } from '../output.ts';
import { isWithin, kindOfEntry, lstatOrUndefined, realPath } from './paths.ts';

/** How the temporary files of chipwar end, so that one left by a killed process is recognisable. */
export const TEMP_SUFFIX = '.chipwar-tmp';

/** A file to write: where, and what. */
export interface FileToWrite {
  path: string;
  content: string | Uint8Array;
}

/** A file written to its temporary name and flushed, waiting to be renamed over its target. */
export interface PreparedFile {
  /** The path as given. */
  readonly path: string;
  /** Its real path: the real folder and the file's own name. */
  readonly target: string;
  /** The temporary file, in the same folder. */
  readonly temp: string;
  /** Whether a file was there before. */
  readonly replaces: boolean;
}

// Temporary files of this process not yet renamed or removed: removed if the process is stopped
// by SIGINT or SIGTERM, so Ctrl-C leaves nothing behind (kill -9 cannot be caught; the temporary
// name ends with TEMP_SUFFIX, so such a file is easy to find).
const pending = new Set<string>();
let signalsHandled = false;

function removePendingAndExit(signal: NodeJS.Signals): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // Already gone.
    }
  }
  process.exit(128 + (osConstants.signals[signal] ?? 0));
}

function track(temp: string): void {
  pending.add(temp);
  if (signalsHandled) return;
  signalsHandled = true;
  process.once('SIGINT', removePendingAndExit);
  process.once('SIGTERM', removePendingAndExit);
}

/** A target chipwar will not write: outside the paths given, a link, not a regular file, read-only. */
export class WriteRefusedError extends CliError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`refusing to write ${terminalText(path)}: ${reason}`, 1);
    this.name = 'WriteRefusedError';
  }
}

function refuse(path: string, why: string) {
  return new WriteRefusedError(path, why);
}

// Why a file may not be replaced, or undefined. A file whose mode has no write bit is read-only to
// chipwar, even for root, whom `access` lets write anything: a user who made a file read-only did
// not mean chipwar to replace it.
async function notWritable(path: string, info: Stats): Promise<string | undefined> {
  if ((info.mode & 0o222) === 0) return 'it is read-only';
  try {
    await access(path, constants.W_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES'
      ? 'it is read-only to you (EACCES)'
      : systemErrorText(error as NodeJS.ErrnoException);
  }
}

/** Where files may be written: real paths of folders (anything inside) or of files (that file). */
export type Within = string | readonly string[];

/**
 * Checks a target and writes its content to a new temporary file beside it, flushed to disk; the
 * target itself is not touched until {@link commitFile}. Refused (a `WriteRefusedError`): a target
 * whose real path is outside `within`, a symbolic link, anything but a regular file, a read-only
 * file. A failed write (no space, no permission) removes the temporary file and throws the system
 * error.
 */
export async function prepareFile(file: FileToWrite, { within }: { within: Within }): Promise<PreparedFile> {
  const folder = await realPath(dirname(resolve(file.path)));
  const name = basename(file.path);
  const target = join(folder, name);
  const allowed = typeof within === 'string' ? [within] : within;
  if (!allowed.some((root) => isWithin(target, root)))
    throw refuse(
      file.path,
      `it is ${terminalText(target)}, outside ${allowed.map((root) => terminalText(root)).join(', ')}`,
    );
  const existing = await lstatOrUndefined(target);
  if (existing?.isSymbolicLink())
    throw refuse(file.path, 'it is a symbolic link (chipwar never writes through one)');
  if (existing && !existing.isFile()) throw refuse(file.path, `it is ${kindOfEntry(existing)}`);
  const readOnly = existing && (await notWritable(target, existing));
  if (readOnly) throw refuse(file.path, readOnly);
  const temp = join(folder, `.${name.slice(0, 100)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
  // O_EXCL and O_NOFOLLOW: never open a file or a link someone put at the temporary name.
  const flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW;
  // Tracked before it exists, so that a signal that arrives as it is created still removes it.
  track(temp);
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    handle = await open(temp, flags, 0o666);
  } catch (error) {
    pending.delete(temp);
    throw error;
  }
  try {
    await handle.writeFile(file.content);
    if (existing) {
      // The new file keeps the old one's permissions, and its owner when root rewrites it.
      await handle.chmod(existing.mode & 0o7777);
      if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid);
    }
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => {});
    await discardFile({ temp });
    throw error;
  }
  await handle.close();
  return { path: file.path, target, temp, replaces: existing !== undefined };
}

/** Renames a prepared file over its target, unless a symbolic link appeared there meanwhile. */
export async function commitFile(prepared: PreparedFile): Promise<void> {
  const now = await lstatOrUndefined(prepared.target);
  if (now?.isSymbolicLink() || (now && !now.isFile())) {
    await discardFile(prepared);
    throw refuse(prepared.path, `it became ${kindOfEntry(now)} while chipwar was writing`);
  }
  await rename(prepared.temp, prepared.target);
  pending.delete(prepared.temp);
}

/** Removes a prepared file's temporary file; the target is untouched. */
export async function discardFile(prepared: Pick<PreparedFile, 'temp'>): Promise<void> {
  await rm(prepared.temp, { force: true });
  pending.delete(prepared.temp);
}

// A rename is on disk only once its folder is flushed too. Some systems cannot open or flush a
// folder (Windows); the files themselves are flushed, so that is not a failure.
async function syncFolder(folder: string): Promise<void> {
  let handle: Awaited<ReturnType<typeof open>> | undefined;
  try {
    handle = await open(folder, constants.O_RDONLY | (constants.O_DIRECTORY ?? 0));
    await handle.sync();
  } catch {
    // Nothing more to do.
  } finally {
    await handle?.close();
  }
}

/**
 * Writes every file, or none: all are first written to temporary files (so a full disk, a
 * read-only file or a symbolic link stops the run before any target changes), then each is renamed
 * over its target. Every target's real folder must be inside `within` (a real path).
 *
 * ```ts
 * await writeFilesAtomically([{ path: 'out/a.csv', content: 'id\r\n' }], { within: '/home/me/out' });
 * ```
 */
export async function writeFilesAtomically(
  files: readonly FileToWrite[],
  { within }: { within: Within },
): Promise<PreparedFile[]> {
  const prepared: PreparedFile[] = [];
  try {
    for (const file of files) prepared.push(await prepareFile(file, { within }));
  } catch (error) {
    for (const file of prepared) await discardFile(file);
    throw error;
  }
  let committed = 0;
  try {
    for (const file of prepared) {
      await commitFile(file);
      committed += 1;
    }
  } catch (error) {
    for (const file of prepared.slice(committed)) await discardFile(file);
    // Renames in one folder fail only when something else changes it meanwhile; say what is done.
    const failed = prepared[committed] as PreparedFile;
    const reason =
      error instanceof WriteRefusedError ? error.reason : systemErrorText(error as NodeJS.ErrnoException);
    throw new CliError(
      `cannot replace ${terminalText(failed.path)}: ${reason}; ${committed} of ${prepared.length} file(s) were already replaced, the others are as they were`,
      1,
      { cause: error },
    );
  }
  for (const folder of new Set(prepared.map((file) => dirname(file.target)))) await syncFolder(folder);
  return prepared;
}

/**
 * Creates a folder and its missing parents one at a time, never following a symbolic link it did
 * not find in the path given, and failing at once where a folder cannot be made (`mkdir -p` of
 * Node.js loops forever under `/proc`).
 */
export async function makeFolders(path: string): Promise<void> {
  const full = resolve(path);
  const missing: string[] = [];
  let current = full;
  for (;;) {
    const info = await lstatOrUndefined(current);
    if (info) {
      // An existing part may be a link to a folder (the user's own layout); it must lead to one.
      const real = info.isSymbolicLink() ? await realPath(current) : current;
      const target = info.isSymbolicLink() ? await lstatOrUndefined(real) : info;
      if (!target?.isDirectory()) {
        const error: NodeJS.ErrnoException = new Error(`ENOTDIR: not a folder, mkdir '${full}'`);
        Object.assign(error, { code: 'ENOTDIR', syscall: 'mkdir', path: full });
        throw error;
      }
      break;
    }
    missing.push(current);
    const parent = dirname(current);
    if (parent === current || parse(current).root === current) break;
    current = parent;
  }
  for (const folder of missing.reverse()) await mkdir(folder);
}
