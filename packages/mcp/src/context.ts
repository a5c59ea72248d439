// What every tool and resource answers from: the dataset and the query helpers bound to it, and
// the readers of arguments that need the data (ids) or a parser loaded on demand (EDTF dates).

import type { RecordId } from '@chipwar/dataset';
import { type DateBound, type Query, RetiredIdError, UnknownIdError } from '@chipwar/query';
import type { AnyRecord, Dataset } from '@chipwar/schema';
import { ArgumentError, KIND_NAMES } from '@chipwar/schema/core';

/** A dataset and the query helpers bound to it. */
export interface ServerData {
  /** The dataset: its `meta` is the `chipwar://meta` resource. */
  readonly dataset: Dataset;
  /** The query helpers bound to the same dataset, such as `createQuery(dataset)`. */
  readonly query: Query;
}

/** The data of one server, with the helpers its tools share. */
export interface Context extends ServerData {
  /** Every record, in kind order then id order. */
  records(): readonly AnyRecord[];
  /** Up to 100 ids that begin with what a client has typed, for completions. */
  completeId(typed: string): string[];
  /**
   * The live id an id argument names. An unknown id is refused with the nearest known ids; a
   * retired one with what became of it, rather than answered for its replacement, so the client
   * learns the id to use.
   */
  liveId(tool: string, id: string): RecordId;
  /** A `from`/`to` bound: a calendar date as it is, any other EDTF date read by the EDTF parser. */
  dateBound(tool: string, name: string, value: string | undefined): Promise<DateBound | undefined>;
}

// As many values as a completion answer may hold (MCP specification).
const MAX_COMPLETIONS = 100;

// Years, months and days go to the query helpers as they are (they check them, and say when a
// month or day does not exist); anything else is an EDTF date for the parser.
const CALENDAR_SHAPE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

/** Binds the shared helpers to a server's data. */
export function createContext(data: ServerData): Context {
  let all: readonly AnyRecord[] | undefined;
  const records = () => {
    all ??= KIND_NAMES.flatMap((kind) => data.query.list(kind) as readonly AnyRecord[]);
    return all;
  };
  return {
    ...data,
    records,
    completeId(typed) {
      const ids: string[] = [];
      for (const record of records()) {
        if (record.id.startsWith(typed)) ids.push(record.id);
        if (ids.length === MAX_COMPLETIONS) break;
      }
      return ids;
    },
    liveId(tool, id) {
      let resolved: ReturnType<Query['resolveId']>;
      try {
        resolved = data.query.resolveId(id);
      } catch (error) {
        // Named after the tool the client called, with the suggestions resolveId found.
        if (error instanceof UnknownIdError) throw new UnknownIdError(tool, id, error.suggestions);
        throw error;
      }
      if (resolved.retired) throw new RetiredIdError(tool, resolved);
      return resolved.id as RecordId;
    },
    async dateBound(tool, name, value) {
      if (value === undefined || CALENDAR_SHAPE.test(value)) return value;
      // Loaded on the first date that is not a calendar date: the EDTF parser and zod schemas
      // would slow down every start of the server.
      const { describeEdtf } = await import('@chipwar/schema');
      const described = describeEdtf(value);
      if (!described.ok) {
        throw new ArgumentError(
          tool,
          name,
          `a date such as "2018", "2018-04-30", "2018-04~" or "2020/2022" (${described.message})`,
          value,
        );
      }
      return described.value;
    },
  };
}
