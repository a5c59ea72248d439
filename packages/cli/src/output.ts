import { escapeControlCharacters, MAX_ECHO_LENGTH } from '@chipwar/schema/core';
import { systemErrorText } from './errors.ts';

/** Where a command writes, and how. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour on: a terminal, and NO_COLOR unset. */
  color: boolean;
  /** Whether standard output is a terminal (escapes in a diff are kept off a file or a pipe). */
  terminal?: boolean;
  /** Writes bytes to standard output (a binary export with `--out -`); text-only outputs omit it. */
  stdoutBytes?: (bytes: Uint8Array) => void;
}

let streamsWatched = false;

/**
 * What happens when standard output or error fails: a reader that stopped reading (EPIPE, as in
 * `chipwar list relations | head`) ends the process quietly with status 0, as Unix tools do; any
 * other failure (ENOSPC for `> /dev/full`) is one line on standard error and status 1.
 */
function watchStreams(): void {
  if (streamsWatched) return;
  streamsWatched = true;
  const onError = (name: string) => (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    if (name !== 'standard error') {
      try {
        process.stderr.write(`chipwar: cannot write to ${name}: ${systemErrorText(error)}\n`);
      } catch {
        // Nowhere left to say it.
      }
    }
    process.exit(1);
  };
  process.stdout.on('error', onError('standard output'));
  process.stderr.on('error', onError('standard error'));
}

/** The process's streams, with colour only on a terminal that has not asked for none. */
export function processIo(): Io {
  watchStreams();
  const terminal = Boolean(process.stdout.isTTY);
  const color = terminal && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    stdoutBytes: (bytes) => process.stdout.write(bytes),
    color,
    terminal,
  };
}

// The six colours chipwar uses, as ANSI escapes. Written out rather than taken from a colour library:
// picocolors loads Node's tty module to ask what the Io already knows (see BENCHMARKS.md).
const STYLES = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  green: [32, 39],
  yellow: [33, 39],
  cyan: [36, 39],
} as const;

/** Colour functions that are the identity when colour is off. */
export function colors(io: Io): Record<keyof typeof STYLES, (text: string) => string> {
  const style = ([open, close]: readonly [number, number]) =>
    io.color ? (text: string) => `\u001b[${open}m${text}\u001b[${close}m` : (text: string) => text;
  return {
    bold: style(STYLES.bold),
    dim: style(STYLES.dim),
    red: style(STYLES.red),
    green: style(STYLES.green),
    yellow: style(STYLES.yellow),
    cyan: style(STYLES.cyan),
  };
}

/**
 * Text as it may reach a terminal: every control character (C0, DEL, C1; line breaks too, unless
 * `multiline`) written as an escape, so that no value from a dataset, a file name or an argument can
 * move the cursor, change colours or set the window title.
 *
 * ```ts
 * terminalText('SMIC\u001b[2J'); // 'SMIC\\u001b[2J'
 * ```
 */
export function terminalText(text: string, { multiline = false } = {}): string {
  if (!multiline) return escapeControlCharacters(text);
  return text.split('\n').map(escapeControlCharacters).join('\n');
}

/**
 * A value a user typed, repeated in a message: quoted, control characters escaped, cut at
 * `MAX_ECHO_LENGTH` characters with the full length.
 */
export function echo(text: string): string {
  return text.length > MAX_ECHO_LENGTH
    ? `"${terminalText(text.slice(0, MAX_ECHO_LENGTH))}"… (${text.length.toLocaleString('en-US')} characters)`
    : `"${terminalText(text)}"`;
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/**
 * Aligned columns with a header row; long cells are cut at `maxWidth` with an ellipsis, runs of
 * white space are one space and control characters are escaped.
 */
export function renderTable(io: Io, headers: string[], rows: string[][], maxWidth = 70): string {
  const c = colors(io);
  const cells = rows.map((row) =>
    row.map((cell) => truncate(terminalText(cell.replace(/\s+/g, ' ')), maxWidth)),
  );
  // A loop, not Math.max(...cells): a spread of 126,000 rows overflows the stack.
  const widths = headers.map((header) => header.length);
  for (const row of cells)
    for (const [index, cell] of row.entries())
      if (cell.length > (widths[index] ?? 0)) widths[index] = cell.length;
  const line = (row: string[]) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [c.bold(line(headers)), ...cells.map(line)];
  return `${out.join('\n')}\n`;
}

/**
 * A value as pretty JSON, for `--json`. JSON escapes C0 controls in strings; DEL and C1 are escaped
 * here too (a string holds the only place they can be), so the output is safe on a terminal.
 */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2).replace(/[\u007F-\u009F]/g, escapeControlCharacters)}\n`;
}
