// Where a path really is, and whether it stays inside the folders a user named.
import type { Stats } from 'node:fs';
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, relative, sep } from 'node:path';

/** Whether `path` is `folder` or inside it; both must be real (resolved) absolute paths. */
export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!isAbsolute(rel) && rel !== '..' && !rel.startsWith(`..${sep}`));
}

/** `lstat`, or `undefined` when nothing is at the path. */
export async function lstatOrUndefined(path: string): Promise<Stats | undefined> {
  try {
    return await lstat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** The real path of a folder or file (symbolic links of its parents resolved). */
export async function realPath(path: string): Promise<string> {
  return realpath(path);
}

/** What a file system entry is, in words: "a symbolic link", "a FIFO", "a folder". */
export function kindOfEntry(info: Stats): string {
  if (info.isFile()) return 'a regular file';
  if (info.isDirectory()) return 'a folder';
  if (info.isSymbolicLink()) return 'a symbolic link';
  if (info.isFIFO()) return 'a FIFO (named pipe)';
  if (info.isCharacterDevice()) return 'a character device';
  if (info.isBlockDevice()) return 'a block device';
  if (info.isSocket()) return 'a socket';
  return 'not a regular file';
}

/**
 * Whether a relative file name is plain: not empty, not absolute, no `.` or `..` part, no empty
 * part, no NUL. Export file names and the names in an export manifest must be plain.
 */
export function isPlainRelativeName(name: string): boolean {
  if (name === '' || name.includes('\0') || name.includes('\\') || isAbsolute(name)) return false;
  return name.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
}
