// What the `chipwar` command does with an error: the exit code, and the line a user reads.
// 0 success; 1 the command could not do what was asked (an unknown or retired id, invalid data, a
// file it cannot read or write, a bug); 2 the command line itself was wrong (a usage error).
import { ArgumentError } from '@chipwar/schema/core';

/** A failure a user can act on, shown as one line with its exit code: 1 failed, 2 usage error. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** A usage error: the command line asked for something that cannot be (exit 2). */
export function usageError(message: string): CliError {
  return new CliError(message, 2);
}

/** A failure: the command could not do what was asked (exit 1). */
export function failure(message: string): CliError {
  return new CliError(message, 1);
}

/** Errors of the chipwar libraries that carry their own message for a user, by class name. */
const LIBRARY_ERRORS = new Set(['UnknownIdError', 'RetiredIdError', 'DatasetValidationError']);

/**
 * What to tell a user about an error, and the exit code. A usage error is only a `CliError` with
 * code 2 or an `ArgumentError` from a library; every other library error keeps its own message
 * with exit 1; anything else is a bug, reported with a hint to rerun with `--debug`.
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
  const message = error instanceof Error ? error.message : String(error);
  return { message: `unexpected error: ${message}`, exitCode: 1, expected: false };
}
