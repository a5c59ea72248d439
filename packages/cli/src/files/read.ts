// Reading a user's file with bounded work: regular files only (a FIFO would block, a device or
// /proc file never end), at most a size limit, refused before it is read; text must be UTF-8.
import { constants } from 'node:fs';
import { open, stat } from 'node:fs/promises';
import { CliError, systemErrorText } from '../errors.ts';
import { terminalText } from '../output.ts';
import { kindOfEntry } from './paths.ts';

/**
 * The largest file `chipwar` reads: a dataset for `--dataset`, `validate` or `diff`, or a file that
 * `migrate` rewrites. 64 MiB is over a hundred times the shipped dataset.
 */
const MAX_INPUT_FILE_BYTES = 64 * 1024 * 1024;

const CHUNK_BYTES = 1024 * 1024;

/** A byte count as people read it: `64 MiB`, `1.5 KiB`, `12 bytes`. */
function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${units[unit]}`;
}

/** A file that was not read: not there, not a regular file, too large, unreadable (exit 1). */
export class FileReadError extends CliError {
  constructor(
    readonly path: string,
    readonly reason: string,
  ) {
    super(`cannot read ${terminalText(path)}: ${reason}`, 1);
    this.name = 'FileReadError';
  }
}

function cannotRead(path: string, why: string) {
  return new FileReadError(path, why);
}

/**
 * The bytes of a regular file, at most `maxBytes` of them. A FIFO, device, socket or folder is
 * refused after a `stat`, before it is opened; a file larger than the limit before it is read; a
 * file that grows past the limit while it is read (or a `/proc` file, which reports size 0) as
 * soon as it passes it.
 */
export async function readInputFile(
  path: string,
  { maxBytes = MAX_INPUT_FILE_BYTES }: { maxBytes?: number } = {},
): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (error) {
    throw cannotRead(path, systemErrorText(error as NodeJS.ErrnoException));
  }
  if (!info.isFile()) throw cannotRead(path, `it is ${kindOfEntry(info)}, not a regular file`);
  const tooLarge = (size: string) =>
    cannotRead(path, `it is ${size}, more than the limit of ${formatBytes(maxBytes)}`);
  if (info.size > maxBytes) throw tooLarge(formatBytes(info.size));
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    // O_NONBLOCK: should the path have become a FIFO since the stat, opening it does not wait.
    handle = await open(path, constants.O_RDONLY | constants.O_NONBLOCK | constants.O_NOCTTY);
  } catch (error) {
    throw cannotRead(path, systemErrorText(error as NodeJS.ErrnoException));
  }
  try {
    const opened = await handle.stat();
    if (!opened.isFile()) throw cannotRead(path, `it is ${kindOfEntry(opened)}, not a regular file`);
    const chunks: Uint8Array[] = [];
    let total = 0;
    for (;;) {
      const buffer = new Uint8Array(Math.min(CHUNK_BYTES, maxBytes + 1 - total));
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, null);
      if (bytesRead === 0) break;
      total += bytesRead;
      if (total > maxBytes) throw tooLarge(`more than ${formatBytes(maxBytes)}`);
      chunks.push(buffer.subarray(0, bytesRead));
    }
    return concatBytes(chunks, total);
  } catch (error) {
    if (error instanceof FileReadError) throw error;
    throw cannotRead(path, systemErrorText(error as NodeJS.ErrnoException));
  } finally {
    await handle.close();
  }
}

function concatBytes(chunks: readonly Uint8Array[], total: number): Uint8Array {
  if (chunks.length === 1) return chunks[0] as Uint8Array;
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/**
 * Bytes as UTF-8 text, or `undefined` when they are not valid UTF-8. A byte order mark is kept (as
 * U+FEFF) when `keepByteOrderMark` is set, so that text written back has the same bytes.
 */
export function decodeUtf8(bytes: Uint8Array, { keepByteOrderMark = false } = {}): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: keepByteOrderMark }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Where the first byte that is not valid UTF-8 is, for a message: `byte 0xff at offset 12`. */
export function firstInvalidUtf8(bytes: Uint8Array): string {
  // The longest valid prefix, by bisection; `stream` lets a prefix end inside a character.
  let low = 0;
  let high = bytes.length;
  const valid = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return true;
    } catch {
      return false;
    }
  };
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (valid(middle)) low = middle;
    else high = middle - 1;
  }
  // The prefix may end inside the sequence that breaks: report where that sequence starts.
  let start = low;
  const whole = (end: number) => {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, end));
      return true;
    } catch {
      return false;
    }
  };
  while (start > 0 && low - start < 3 && !whole(start)) start -= 1;
  if (low === bytes.length) return `a character cut off at the end, at offset ${start}`;
  return `byte 0x${(bytes[start] ?? 0).toString(16).padStart(2, '0')} at offset ${start}`;
}
