import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { dataset as shippedDataset } from '@chipwar/dataset';
import * as shipped from '@chipwar/query';
import { formatFigure, type Query, UnknownIdError } from '@chipwar/query';
import { createQuery } from '@chipwar/query/create';
import {
  type AnyRecord,
  type Dataset,
  DatasetValidationError,
  describeEdtf,
  diffDatasets,
  type EdtfDescription,
  formatDiff,
  formatIssues,
  isKind,
  KIND_NAMES,
  KINDS,
  kindOfCollection,
  SCHEMA_VERSION,
  validateDataset,
} from '@chipwar/schema';
import { Command, CommanderError, Option } from 'commander';
import { csvFiles } from './exports/csv.ts';
import { dataPackage } from './exports/datapackage.ts';
import { jsonLd } from './exports/jsonld.ts';
import { sqliteFile } from './exports/sqlite.ts';
import { applyMigration, planMigration } from './migrate.ts';
import { colors, type Io, json, processIo, renderTable } from './output.ts';
import { datasetTables } from './tables.ts';

/** An error a user can fix, shown as one line, with its exit code (1: not found or invalid data; 2: usage). */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: 1 | 2,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

/** The export formats of `chipwar export`. */
export const EXPORT_FORMATS = ['sqlite', 'csv', 'datapackage', 'jsonld', 'json'] as const;

interface Context {
  dataset: Dataset;
  query: Query;
}

// The shipped dataset was validated when it was built; the top-level helpers of @chipwar/query
// already answer from it, so the CLI uses them instead of validating it again at every start.
const shippedQuery = shipped as unknown as Query;

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new CliError(
      `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
      1,
    );
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`, 1);
  }
}

async function loadDataset(file: string): Promise<Dataset> {
  const result = validateDataset(await readJson(file));
  if (!result.ok) {
    throw new CliError(
      `${file} is not a valid chipwar dataset (${result.issues.length} issue(s)):\n${formatIssues(result.issues)}`,
      1,
    );
  }
  return result.data;
}

async function loadContext(file: string | undefined): Promise<Context> {
  if (!file) return { dataset: shippedDataset as unknown as Dataset, query: shippedQuery };
  const dataset = await loadDataset(file);
  return { dataset, query: createQuery(dataset) };
}

/**
 * Reads a --from/--to value as any EDTF date. The query helpers take calendar dates or a date's
 * first and last days; the CLI already loads the EDTF parser, so it accepts every EDTF form.
 */
function edtfBound(flag: '--from' | '--to', value: string | undefined): EdtfDescription | undefined {
  if (value === undefined) return undefined;
  const described = describeEdtf(value);
  if (!described.ok) throw new CliError(`${flag} ${described.message}`, 2);
  return described.value;
}

/** The options of a date-filtered command, with --from and --to read as EDTF. */
function withBounds<T extends { from?: string; to?: string }>(options: T) {
  return { ...options, from: edtfBound('--from', options.from), to: edtfBound('--to', options.to) };
}

function nameOf(record: AnyRecord): string {
  return ('name' in record ? record.name : record.label) ?? record.id;
}

function describeValue(value: unknown): string {
  if (value && typeof value === 'object' && !Array.isArray(value) && 'edtf' in value)
    return String((value as { edtf: string }).edtf);
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value.join(', ');
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function kindArgument(value: string): (typeof KIND_NAMES)[number] {
  if (isKind(value)) return value;
  const fromCollection = kindOfCollection(value);
  if (fromCollection) return fromCollection;
  throw new CliError(
    `unknown kind "${value}"; expected one of ${KIND_NAMES.join(', ')} (or their plural)`,
    2,
  );
}

/** Builds the `chipwar` program. `run` parses with it. */
export function buildProgram(io: Io, state: { debug: boolean }): Command {
  const c = colors(io);
  const program = new Command('chipwar');
  const context = () => loadContext(program.opts<{ dataset?: string }>().dataset);
  const emit = (value: unknown, text: () => string) =>
    io.stdout(program.opts<{ json?: boolean }>().json ? json(value) : text());

  program
    .description('Look up the facts of the CSIS report “China’s New Microchip War” (2023), and export them.')
    .version(
      `dataset ${shippedDataset.meta.datasetVersion}, schema ${SCHEMA_VERSION}`,
      '-V, --version',
      'print the dataset and schema versions',
    )
    .option('--json', 'print JSON instead of a table (every read command)')
    .option('--dataset <file>', 'use this dataset JSON (validated) instead of the shipped one')
    .option('--debug', 'show stack traces of unexpected errors')
    .showHelpAfterError('(run chipwar --help for usage)')
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      outputError: (text, write) => write(c.red(text)),
    })
    .exitOverride()
    .hook('preAction', () => {
      state.debug = Boolean(program.opts<{ debug?: boolean }>().debug);
    })
    .addHelpText(
      'after',
      `
Examples:
  chipwar stats
  chipwar show org:smic
  chipwar figures --subject org:big-fund
  chipwar timeline --from 2018 --to 2018
  chipwar export --format sqlite --out ./out`,
    );

  program
    .command('stats')
    .description('dataset and schema versions, source, records per kind, and headline figures')
    .addHelpText('after', '\nExample:\n  chipwar stats --json')
    .action(async () => {
      const { dataset, query } = await context();
      const counts = Object.fromEntries(
        KIND_NAMES.map((kind) => [KINDS[kind].collection, dataset[KINDS[kind].collection].length]),
      );
      const total = Object.values(counts).reduce((sum, count) => sum + count, 0);
      const headline = [...query.figures({ unit: 'USD' })]
        .filter((figure) => figure.value !== undefined)
        .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
        .slice(0, 5);
      emit(
        {
          datasetVersion: dataset.meta.datasetVersion,
          schemaVersion: dataset.meta.schemaVersion,
          source: dataset.meta.source,
          counts,
          total,
          headlineFigures: headline,
        },
        () =>
          [
            `${c.bold('chipwar')} dataset ${dataset.meta.datasetVersion} (schema ${dataset.meta.schemaVersion})`,
            `source: ${dataset.meta.source.author}, “${dataset.meta.source.title}”, ${dataset.meta.source.date}`,
            '',
            renderTable(
              io,
              ['kind', 'records'],
              [
                ...Object.entries(counts).map(([name, count]) => [name, String(count)]),
                ['all', String(total)],
              ],
            ).trimEnd(),
            '',
            c.bold('largest dollar figures'),
            ...(() => {
              const formatted = headline.map((figure) => formatFigure(figure));
              const width = Math.max(0, ...formatted.map((text) => text.length));
              return headline.map(
                (figure, index) => `  ${(formatted[index] ?? '').padEnd(width)}  ${figure.label}`,
              );
            })(),
            '',
          ].join('\n'),
      );
    });

  program
    .command('show')
    .description('one record with its fields, its relations and its citation')
    .argument('<id>', 'a record id, such as org:smic')
    .addHelpText('after', '\nExamples:\n  chipwar show org:smic\n  chipwar show figure:zte-fine-2017 --json')
    .action(async (id: string) => {
      const { query } = await context();
      const record = query.get(id);
      const relations = query.relationsOf(id);
      const citation = query.cite(id);
      emit({ record, relations, citation }, () => {
        const fields = Object.entries(record)
          .filter(([key]) => key !== 'sources')
          .map(([key, value]) => `${c.dim(`${key}:`.padEnd(14))} ${describeValue(value)}`);
        const links = relations.map(
          (relation) => `  ${relation.subject} ${c.cyan(relation.predicate)} ${relation.object}`,
        );
        return [
          ...fields,
          '',
          c.bold(`relations (${relations.length})`),
          ...links,
          '',
          c.bold('citation'),
          citation,
          '',
        ].join('\n');
      });
    });

  program
    .command('list')
    .description('every record of a kind')
    .argument('<kind>', `one of ${KIND_NAMES.join(', ')} (or their plural)`)
    .addHelpText('after', '\nExamples:\n  chipwar list organizations\n  chipwar list tactic --json')
    .action(async (kindText: string) => {
      const kind = kindArgument(kindText);
      const { query } = await context();
      const records = query.list(kind);
      emit(records, () =>
        renderTable(
          io,
          ['id', 'name'],
          records.map((record) => [record.id, nameOf(record)]),
        ),
      );
    });

  program
    .command('figures')
    .description('figures, filtered by subject, metric, unit, qualifier and period')
    .option('--subject <id>', 'only figures about this record')
    .option('--metric <slug>', 'only this metric')
    .option('--unit <unit>', 'only this unit (USD, CNY, percent, count, nanometer, …)')
    .option('--qualifier <qualifier>', 'only this qualifier (exact, about, more-than, …)')
    .option('--from <edtf>', 'only figures whose period ends on or after this date')
    .option('--to <edtf>', 'only figures whose period starts on or before this date')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar figures --subject org:big-fund\n  chipwar figures --unit USD --from 2020 --to 2020',
    )
    .action(async (options: Record<string, string>) => {
      const { query } = await context();
      const found = query.figures(withBounds(options));
      emit(found, () =>
        renderTable(
          io,
          ['id', 'figure', 'label'],
          found.map((figure) => [figure.id, formatFigure(figure), figure.label]),
        ),
      );
    });

  program
    .command('timeline')
    .description('dated events (and, with --include, policies, documents, quotes) in order')
    .option('--from <edtf>', 'from this date (any EDTF date: 2018, 2018-04, 2022-10-07, 2022~)')
    .option('--to <edtf>', 'up to this date')
    .option('--involving <id>', 'only entries that involve this record')
    .option('--include <kinds>', 'comma-separated: event, policy, document, quote', 'event')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar timeline --from 2018 --to 2018\n  chipwar timeline --involving org:zte --include event,quote',
    )
    .action(async (options: { from?: string; to?: string; involving?: string; include: string }) => {
      const { query } = await context();
      const include = options.include.split(',').map((kind) => kind.trim()) as never;
      const entries = query.timeline({ ...withBounds(options), include });
      emit(entries, () =>
        renderTable(
          io,
          ['date', 'kind', 'label', 'id'],
          entries.map((entry) => [entry.date.edtf, entry.kind, entry.label, entry.id]),
          60,
        ),
      );
    });

  program
    .command('quotes')
    .description('quotations, by speaker, date or words')
    .option('--speaker <id>', 'only quotes by this speaker (or by unnamed speakers of this body)')
    .option('--from <edtf>', 'dated on or after')
    .option('--to <edtf>', 'dated on or before')
    .option('--words <words>', 'containing all of these words')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar quotes --speaker person:xi-jinping\n  chipwar quotes --words "self-reliance"',
    )
    .action(async (options: Record<string, string>) => {
      const { query } = await context();
      const found = query.quotes(withBounds(options));
      emit(found, () =>
        renderTable(
          io,
          ['date', 'speaker', 'quote'],
          found.map((quote) => [
            quote.date?.edtf ?? '',
            quote.speaker.id ?? quote.speaker.description ?? '',
            quote.text,
          ]),
          80,
        ),
      );
    });

  program
    .command('search')
    .description('ranked full-text search over names, labels, descriptions, quotes and excerpts')
    .argument('<text>', 'the words to look for')
    .option('--kind <kind>', 'only this kind')
    .option('--limit <n>', 'at most this many results', '10')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar search "big fund"\n  chipwar search lithography --kind technology',
    )
    .action(async (text: string, options: { kind?: string; limit: string }) => {
      const { query } = await context();
      const limit = Number(options.limit);
      if (!Number.isInteger(limit) || limit < 1)
        throw new CliError(`--limit must be a whole number ≥ 1; received "${options.limit}"`, 2);
      const results = query.search(text, {
        limit,
        ...(options.kind ? { kinds: [kindArgument(options.kind)] } : {}),
      });
      emit(
        results.map(({ record: _record, ...rest }) => rest),
        () =>
          renderTable(
            io,
            ['id', 'kind', 'score', 'name'],
            results.map((result) => [result.id, result.kind, result.score.toFixed(1), nameOf(result.record)]),
          ),
      );
    });

  program
    .command('cite')
    .description('the citation of a record: report, section, paragraph and excerpt')
    .argument('<id>', 'a record id')
    .addOption(
      new Option('--format <format>', 'citation format')
        .choices(['text', 'markdown', 'csl-json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar cite figure:zte-fine-2017\n  chipwar cite org:smic --format csl-json',
    )
    .action(async (id: string, options: { format: 'text' | 'markdown' | 'csl-json' }) => {
      const { query } = await context();
      const citation = query.cite(id, { format: options.format });
      io.stdout(typeof citation === 'string' ? `${citation}\n` : json(citation));
    });

  program
    .command('validate')
    .description('validate a dataset JSON file against the schema and list every issue')
    .argument('<file>', 'a dataset JSON file')
    .addHelpText('after', '\nExample:\n  chipwar validate my-extended-dataset.json')
    .action(async (file: string) => {
      const result = validateDataset(await readJson(file));
      if (program.opts<{ json?: boolean }>().json) io.stdout(json({ ok: result.ok, issues: result.issues }));
      else if (result.ok) io.stdout(`${c.green('valid')}: ${file}\n`);
      else
        io.stdout(
          `${formatIssues(result.issues)}\n${c.red(`invalid`)}: ${result.issues.length} issue(s) in ${file}\n`,
        );
      if (!result.ok) throw new CliError('', 1);
    });

  program
    .command('diff')
    .description('what changed between two dataset versions, and the version bump that requires')
    .argument('<old>', 'the older dataset JSON')
    .argument('<new>', 'the newer dataset JSON')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar diff releases/1.0.0.json dist/dataset.json\n  chipwar diff old.json new.json --json',
    )
    .action(async (oldFile: string, newFile: string) => {
      const [before, after] = await Promise.all([loadDataset(oldFile), loadDataset(newFile)]);
      const diff = diffDatasets(before, after);
      emit(diff, () => formatDiff(diff));
    });

  program
    .command('migrate')
    .description('rewrite retired ids to their replacements in your files (TS, JS, JSON, Markdown)')
    .argument('<paths...>', 'files or folders (node_modules, .git and dist are skipped)')
    .option('--dry-run', 'print the changes as a diff and change nothing')
    .addHelpText('after', '\nExamples:\n  chipwar migrate src docs --dry-run\n  chipwar migrate src')
    .action(async (paths: string[], options: { dryRun?: boolean }) => {
      const { dataset, query } = await context();
      let plan: Awaited<ReturnType<typeof planMigration>>;
      try {
        plan = await planMigration(
          paths,
          (dataset.retired ?? []).map((entry) => entry.id),
          (id) => query.resolveId(id),
        );
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (!code) throw error;
        throw new CliError(
          `cannot read ${(error as NodeJS.ErrnoException).path ?? paths.join(', ')}: ${code}`,
          1,
        );
      }
      if (options.dryRun) {
        for (const file of plan.files) {
          io.stdout(`--- ${file.file}\n+++ ${file.file}\n`);
          for (const change of file.changes)
            io.stdout(
              `@@ line ${change.line} @@\n${c.red(`-${change.before}`)}\n${c.green(`+${change.after}`)}\n`,
            );
        }
      } else {
        try {
          await applyMigration(plan);
        } catch (error) {
          throw new CliError(
            `cannot write ${(error as NodeJS.ErrnoException).path ?? ''}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
            1,
          );
        }
      }
      for (const refusal of plan.refused)
        io.stderr(
          `${c.yellow('refused')} ${refusal.file}:${refusal.line} ${refusal.id}: ${refusal.reason}\n`,
        );
      const verb = options.dryRun ? 'would replace' : 'replaced';
      io.stdout(
        `${verb} ${plan.replacements} retired id(s) in ${plan.files.length} file(s); ${plan.refused.length} refused\n`,
      );
      if (plan.refused.length) throw new CliError('', 1);
    });

  program
    .command('export')
    .description('write the dataset as SQLite, CSV, a Frictionless Data Package, JSON-LD or JSON')
    .addOption(
      new Option('--format <format>', 'export format').choices([...EXPORT_FORMATS]).makeOptionMandatory(),
    )
    .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar export --format sqlite --out ./out    # ./out/chipwar.sqlite\n  chipwar export --format datapackage --out ./dp # ./dp/datapackage.json and one CSV per table',
    )
    .action(async (options: { format: (typeof EXPORT_FORMATS)[number]; out: string }) => {
      const { dataset } = await context();
      const files = await exportFiles(dataset, options.format, (message) => io.stderr(`${c.dim(message)}\n`));
      const out = resolve(options.out);
      try {
        await mkdir(out, { recursive: true });
        for (const [name, content] of files) await writeFile(join(out, name), content);
      } catch (error) {
        throw new CliError(
          `cannot write to ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
          1,
        );
      }
      const names = [...files.keys()];
      const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
      io.stdout(`${c.green('wrote')} ${names.length} file(s) to ${out}: ${shown}\n`);
    });

  return program;
}

/**
 * The files of an export, by name. Deterministic: the same dataset gives the same bytes.
 *
 * ```ts
 * const files = await exportFiles(dataset, 'csv'); // Map { 'countries.csv' => '…', … }
 * ```
 */
export async function exportFiles(
  dataset: Dataset,
  format: (typeof EXPORT_FORMATS)[number],
  progress?: (message: string) => void,
): Promise<Map<string, string | Uint8Array>> {
  const total = KIND_NAMES.reduce((sum, kind) => sum + dataset[KINDS[kind].collection].length, 0);
  const large = total >= 10_000 && progress;
  if (large) progress(`exporting ${total.toLocaleString('en-US')} records as ${format}…`);
  switch (format) {
    case 'json':
      return new Map([['dataset.json', `${JSON.stringify(dataset, null, 2)}\n`]]);
    case 'jsonld':
      return new Map([['chipwar.jsonld', `${JSON.stringify(jsonLd(dataset), null, 2)}\n`]]);
    case 'csv':
      return csvFiles(datasetTables(dataset));
    case 'datapackage': {
      const tables = datasetTables(dataset);
      const files: Map<string, string | Uint8Array> = csvFiles(tables);
      files.set('datapackage.json', `${JSON.stringify(dataPackage(dataset, tables), null, 2)}\n`);
      return files;
    }
    case 'sqlite': {
      const bytes = await sqliteFile(
        datasetTables(dataset),
        large ? (table, done, all) => progress(`  ${table}: ${done}/${all} rows`) : undefined,
      );
      return new Map([['chipwar.sqlite', bytes]]);
    }
  }
}

/**
 * Runs the `chipwar` command with the given arguments (without `node` and the script) and returns
 * its exit code: 0 success, 1 not found or invalid data, 2 usage error. Errors a user can fix are
 * printed as one line; `--debug` adds the stack of unexpected ones.
 */
export async function run(args: readonly string[], io: Io = processIo()): Promise<number> {
  const state = { debug: args.includes('--debug') };
  const c = colors(io);
  const program = buildProgram(io, state);
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (
        error.code === 'commander.helpDisplayed' ||
        error.code === 'commander.version' ||
        error.code === 'commander.help'
      )
        return 0;
      return 2;
    }
    if (error instanceof CliError) {
      if (error.message) io.stderr(`${c.red('chipwar:')} ${error.message}\n`);
      return error.exitCode;
    }
    if (error instanceof UnknownIdError) {
      io.stderr(
        `${c.red('chipwar:')} no record has the id "${error.id}"${error.suggestions.length ? `; did you mean ${error.suggestions.join(', ')}?` : ''}\n`,
      );
      return 1;
    }
    if (error instanceof DatasetValidationError) {
      io.stderr(`${c.red('chipwar:')} ${error.message}\n`);
      return 1;
    }
    if (error instanceof TypeError || error instanceof RangeError) {
      io.stderr(`${c.red('chipwar:')} ${error.message.replace(/^\w+: /, '')}\n`);
      if (state.debug) io.stderr(`${error.stack}\n`);
      return 2;
    }
    io.stderr(
      `${c.red('chipwar: unexpected error:')} ${(error as Error).message ?? String(error)}${state.debug ? '' : ' (run again with --debug for details)'}\n`,
    );
    if (state.debug) io.stderr(`${(error as Error).stack}\n`);
    return 1;
  }
}
