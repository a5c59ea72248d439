// What the `chipwar` command does with an error: the exit code, and the line a user reads.
// 0 success; 1 the command could not do what was asked (an unknown or retired id, invalid data, a
// file it cannot read or write, a bug); 2 the command line itself was wrong (a usage error).
import { ArgumentError } from '@chipwar/schema/core';

/** A failure a user can act on, shown as one line with its exit code: 1 failed, 2 usage error. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'CliError';
  }
}

/** A usage error: the command line asked for something that cannot be (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** A failure: the command could not do what was asked (exit 1). */
export function failure(message: string, cause?: unknown): CliError {
  return new CliError(message, 1, cause === undefined ? undefined : { cause });
}

/** Errors of the chipwar libraries that carry their own message for a user, by class name. */
const LIBRARY_ERRORS = new Set(['UnknownIdError', 'RetiredIdError', 'DatasetValidationError']);

// The system errors a user meets with files and streams, in words.
const SYSTEM_ERROR_WORDS: Readonly<Record<string, string>> = {
  EACCES: 'permission denied',
  EBADF: 'bad file descriptor',
  EBUSY: 'resource busy',
  EDQUOT: 'disk quota exceeded',
  EEXIST: 'already exists',
  EFBIG: 'file too large',
  EINVAL: 'invalid argument',
  EIO: 'input/output error',
  EISDIR: 'is a folder',
  ELOOP: 'a symbolic link, or too many of them',
  EMFILE: 'too many open files',
  ENAMETOOLONG: 'name too long',
  ENOENT: 'no such file or folder',
  ENOSPC: 'no space left on device',
  ENOTDIR: 'not a folder',
  ENOTEMPTY: 'folder not empty',
  ENXIO: 'no such device or address',
  EPERM: 'operation not permitted',
  EPIPE: 'broken pipe',
  EROFS: 'read-only file system',
  ETXTBSY: 'text file busy',
  EXDEV: 'not on the same file system',
};

/** A Node.js system error (`ENOSPC`, `EACCES`, …), as thrown by `node:fs`. */
export function isSystemError(error: unknown): error is NodeJS.ErrnoException & { code: string } {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === 'string' &&
    /^E[A-Z0-9]+$/.test((error as NodeJS.ErrnoException).code as string)
  );
}

/** A system error's code with its meaning: `ENOSPC (no space left on device)`. */
export function systemErrorText(error: NodeJS.ErrnoException): string {
  const code = error.code ?? 'EUNKNOWN';
  const words = SYSTEM_ERROR_WORDS[code] ?? /^E[A-Z0-9]+: ([^,]+)/.exec(error.message)?.[1];
  return words ? `${code} (${words})` : code;
}

/**
 * What to tell a user about an error, and the exit code. A usage error is only a `CliError` with
 * code 2 or an `ArgumentError` from a library; every other library error keeps its own message
 * with exit 1; a system error (a file or stream that failed) is one line with exit 1; anything else
 * is a bug, reported with a hint to rerun with `--debug`.
 */
export function describeError(error: unknown): { message: string; exitCode: 1 | 2; expected: boolean } {
  if (error instanceof CliError) return { message: error.message, exitCode: error.exitCode, expected: true };
  if (error instanceof ArgumentError) {
    // The library names its function; on the command line the option or argument is what counts.
    return { message: error.message.replace(/^\w+: /, ''), exitCode: 2, expected: true };
  }
  if (error instanceof Error && LIBRARY_ERRORS.has(error.name)) {
    return { message: error.message.replace(/^\w+: /, ''), exitCode: 1, expected: true };
  }
  if (isSystemError(error)) {
    const where = error.path ? ` ${error.path}` : '';
    const action = error.syscall ? `${error.syscall}${where}` : `a file operation failed${where}`;
    return { message: `${action}: ${systemErrorText(error)}`, exitCode: 1, expected: true };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { message: `unexpected error: ${message}`, exitCode: 1, expected: false };
}
