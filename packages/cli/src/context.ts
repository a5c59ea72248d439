// What every command needs: the dataset and query helpers to answer from (the shipped ones, or a
// user's file with --dataset), the output, and the readers of arguments shared by several commands.
import type { Query } from '@chipwar/query';
import type { Dataset } from '@chipwar/schema';
import { isKind, KIND_NAMES, type Kind, kindOfCollection } from '@chipwar/schema/core';
import { failure, usageError } from './errors.ts';
import { colors, echo, type Io, json, terminalText } from './output.ts';

/** A dataset and the query helpers bound to it. */
interface Loaded {
  dataset: Dataset;
  query: Query;
}

/** What a command's action gets: the output, the global options, and the data on demand. */
export interface Context {
  io: Io;
  /** Colour functions, the identity when colour is off. */
  c: ReturnType<typeof colors>;
  /** The global options: `--json`, `--dataset`, `--debug`. */
  options(): { json?: boolean; dataset?: string; debug?: boolean };
  /** The shipped dataset, or the one given with `--dataset` (validated). */
  load(): Promise<Loaded>;
  /** Prints `value` as JSON with `--json`, else the text. */
  emit(value: unknown, text: () => string): void;
}

/** Makes the context of one run of the program. */
export function createContext(io: Io, options: Context['options']): Context {
  const c = colors(io);
  return {
    io,
    c,
    options,
    load: () => loadData(options().dataset),
    emit: (value, text) => io.stdout(options().json ? json(value) : text()),
  };
}

async function loadData(file: string | undefined): Promise<Loaded> {
  if (!file) {
    // The shipped dataset was validated when it was built; the top-level helpers of
    // @chipwar/query already answer from it, so nothing is validated again at start-up. Its
    // collections are read (parsed) when a command first uses them: `show` reads one kind.
    const [{ dataset }, shipped] = await Promise.all([
      import('@chipwar/dataset/collections'),
      import('@chipwar/query'),
    ]);
    return { dataset: dataset as unknown as Dataset, query: shipped as unknown as Query };
  }
  const dataset = await readDataset(file);
  const { createQuery } = await import('@chipwar/query/create');
  return { dataset, query: createQuery(dataset) };
}

/**
 * Reads and parses a JSON file, or fails with one line naming the file and the reason. Only a
 * regular file of at most `MAX_INPUT_FILE_BYTES` (64 MiB) in UTF-8 is read: a FIFO, a device, a
 * folder or a larger file is refused before it is read.
 */
export async function readJson(file: string): Promise<unknown> {
  // Loaded only for a file to read (--dataset, validate, diff): read commands need none of it.
  const { decodeUtf8, firstInvalidUtf8, readInputFile } = await import('./files/read.ts');
  const bytes = await readInputFile(file);
  const text = decodeUtf8(bytes);
  if (text === undefined)
    throw failure(`${terminalText(file)} is not UTF-8 text (${firstInvalidUtf8(bytes)}), so not JSON`);
  try {
    return JSON.parse(text);
  } catch (error) {
    // The parser quotes the input around the error: escaped, and cut.
    const reason = terminalText((error as Error).message);
    throw failure(
      `${terminalText(file)} is not valid JSON: ${reason.length > 200 ? `${reason.slice(0, 200)}…` : reason}`,
    );
  }
}

/** Reads a dataset file and validates it, or fails listing every issue. */
export async function readDataset(file: string): Promise<Dataset> {
  const { formatIssues, validateDataset } = await import('@chipwar/schema');
  const result = validateDataset(await readJson(file));
  if (!result.ok) {
    throw failure(
      `${terminalText(file)} is not a valid chipwar dataset (${result.issues.length} issue(s)):\n${formatIssues(result.issues)}`,
    );
  }
  return result.data;
}

/** A kind named on the command line, singular or plural: `organization` or `organizations`. */
export function kindArgument(value: string): Kind {
  if (isKind(value)) return value;
  const fromCollection = kindOfCollection(value);
  if (fromCollection) return fromCollection;
  throw usageError(`unknown kind ${echo(value)}; expected one of ${KIND_NAMES.join(', ')} (or their plural)`);
}

// A year, month or day that the query helpers read themselves, without the EDTF parser.
const CALENDAR_DATE = /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$/;

/** A date bound as the query helpers take it: `--from`/`--to` read as any EDTF date. */
export type Bound = { start: string | null; end: string | null } | string;

/**
 * Reads a --from/--to value as any EDTF date: a calendar date goes to the query helpers as it is;
 * anything else is read with the EDTF parser, loaded only then.
 */
async function edtfBound(flag: '--from' | '--to', value: string | undefined): Promise<Bound | undefined> {
  if (value === undefined) return undefined;
  if (CALENDAR_DATE.test(value)) return value;
  const { describeEdtf } = await import('@chipwar/schema');
  const described = describeEdtf(value);
  if (!described.ok) throw usageError(`${flag} ${described.message}`);
  return described.value;
}

/** The options of a date-filtered command, with --from and --to read as EDTF. */
export async function withBounds<T extends { from?: string; to?: string }>(options: T) {
  return {
    ...options,
    from: await edtfBound('--from', options.from),
    to: await edtfBound('--to', options.to),
  };
}
