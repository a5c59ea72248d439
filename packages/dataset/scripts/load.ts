// Reads the authored YAML records under data/ and checks each against the authoring schemas.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  type AnyRecord,
  type Collection,
  parseLedgerInput,
  parseRecordInput,
  type RetiredId,
  type ValidationIssue,
} from '@chipwar/schema';
import { formatPath, KIND_NAMES, KINDS, kindOfCollection } from '@chipwar/schema/core';
import { parse } from 'yaml';

/** Where the authored records live. */
export const DATA_DIR = new URL('../data/', import.meta.url).pathname;

/** A build problem: which file, and the issue in it. */
interface FileIssue extends ValidationIssue {
  file: string;
}

/** Every authored record, parsed into its published form, with the file it came from. */
export interface LoadedData {
  records: { record: AnyRecord; file: string }[];
  /** The ledger of retired ids, from ledger.yaml. */
  retired: RetiredId[];
  issues: FileIssue[];
}

/** The ledger of retired ids: renamed, merged, split and removed ids, with version and reason. */
const LEDGER_FILE = new URL('../ledger.yaml', import.meta.url).pathname;

function loadLedger(issues: FileIssue[]): RetiredId[] {
  const file = relative(process.cwd(), LEDGER_FILE);
  let raw: unknown;
  try {
    raw = parse(readFileSync(LEDGER_FILE, 'utf8'), { uniqueKeys: true }) ?? [];
  } catch (error) {
    issues.push(
      issue(file, [], 'invalid-format', `YAML does not parse: ${(error as Error).message.split('\n')[0]}`),
    );
    return [];
  }
  const result = parseLedgerInput(raw);
  if (result.ok) return result.data;
  for (const problem of result.issues) issues.push({ ...problem, file });
  return [];
}

function issue(
  file: string,
  path: (string | number)[],
  code: ValidationIssue['code'],
  message: string,
): FileIssue {
  return { file, path, at: formatPath(path), code, message };
}

/** Loads every `data/<collection>/<slug>.yaml`, sorted by collection order and id. */
export function loadData(dataDir = DATA_DIR): LoadedData {
  const records: LoadedData['records'] = [];
  const issues: FileIssue[] = [];
  const collections = new Set<string>(KIND_NAMES.map((kind) => KINDS[kind].collection));
  for (const entry of readdirSync(dataDir, { withFileTypes: true })) {
    if (!entry.isDirectory() || !collections.has(entry.name)) {
      issues.push(
        issue(
          join(dataDir, entry.name),
          [],
          'unrecognized-keys',
          `not a collection folder; expected one of ${[...collections].join(', ')}`,
        ),
      );
    }
  }
  for (const kind of KIND_NAMES) {
    const collection: Collection = KINDS[kind].collection;
    const dir = join(dataDir, collection);
    let files: string[] = [];
    try {
      files = readdirSync(dir).sort();
    } catch {
      continue;
    }
    for (const name of files) {
      const file = relative(process.cwd(), join(dir, name));
      if (!name.endsWith('.yaml')) {
        issues.push(issue(file, [], 'invalid-format', 'expected a .yaml file'));
        continue;
      }
      let raw: unknown;
      try {
        raw = parse(readFileSync(join(dir, name), 'utf8'), { prettyErrors: true, uniqueKeys: true });
      } catch (error) {
        issues.push(
          issue(
            file,
            [],
            'invalid-format',
            `YAML does not parse: ${(error as Error).message.split('\n')[0]}`,
          ),
        );
        continue;
      }
      const result = parseRecordInput(kind, raw);
      if (!result.ok) {
        for (const problem of result.issues) issues.push({ ...problem, file });
        continue;
      }
      const record = result.data as AnyRecord;
      const expected = `${KINDS[kind].prefix}:${name.replace(/\.yaml$/, '')}`;
      if (record.id !== expected) {
        issues.push(
          issue(
            file,
            ['id'],
            'invalid-id',
            `the file name says ${expected}, the record says ${record.id}; they must agree`,
          ),
        );
      }
      if (kindOfCollection(collection) !== record.kind) {
        issues.push(issue(file, ['kind'], 'invalid-value', `a ${record.kind} in the ${collection} folder`));
      }
      records.push({ record, file });
    }
  }
  return { records, retired: loadLedger(issues), issues };
}
