import pc from 'picocolors';

/** Where a command writes, and how. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour on: a terminal, and NO_COLOR unset. */
  color: boolean;
}

/** The process's streams, with colour only on a terminal that has not asked for none. */
export function processIo(): Io {
  const color = Boolean(process.stdout.isTTY) && !('NO_COLOR' in process.env) && process.env.TERM !== 'dumb';
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color,
  };
}

/** Colour functions that are the identity when colour is off. */
export function colors(io: Io) {
  return pc.createColors(io.color);
}

function truncate(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

/** Aligned columns with a header row; long cells are cut at `maxWidth` with an ellipsis. */
export function renderTable(io: Io, headers: string[], rows: string[][], maxWidth = 70): string {
  const c = colors(io);
  const cells = rows.map((row) => row.map((cell) => truncate(cell.replace(/\s+/g, ' '), maxWidth)));
  const widths = headers.map((header, index) =>
    Math.max(header.length, ...cells.map((row) => (row[index] ?? '').length)),
  );
  const line = (row: string[]) =>
    row
      .map((cell, index) => (index === row.length - 1 ? cell : cell.padEnd(widths[index] ?? 0)))
      .join('  ')
      .trimEnd();
  const out = [c.bold(line(headers)), ...cells.map(line)];
  return `${out.join('\n')}\n`;
}

/** A value as pretty JSON, for `--json`. */
export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
