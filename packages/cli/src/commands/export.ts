import type { CommandSpec } from '../command-line.ts';
import { usageError } from '../errors.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/formats.ts';
import { terminalText } from '../output.ts';

/** `chipwar export`: the dataset as SQLite, CSV, a Data Package, Parquet, RDF or JSON. */
export const exportCommand: CommandSpec = {
  name: 'export',
  summary:
    'write the dataset as SQLite, CSV, a Frictionless Data Package, Parquet, RDF (JSON-LD, Turtle, N-Quads) or JSON',
  arguments: [],
  options: [
    {
      name: 'format',
      value: '<format>',
      description: 'export format',
      choices: [...EXPORT_FORMATS],
      required: true,
    },
    {
      name: 'out',
      value: '<dir>',
      description:
        'a new or empty folder to write into (created if missing), or - for standard output (formats of one file)',
      required: true,
    },
    {
      name: 'force',
      description:
        'write into a folder that is not empty: replace the files of an earlier export there, listed in its .chipwar-export.json; other files are kept',
    },
  ],
  examples: [
    'chipwar export --format sqlite --out ./out    # ./out/chipwar.sqlite',
    'chipwar export --format datapackage --out ./dp # ./dp/datapackage.json and one CSV per table',
    'chipwar export --format parquet --out ./pq     # one <table>.parquet per table, for DuckDB',
    'chipwar export --format turtle --out ./rdf     # chipwar.ttl, its vocabulary and SHACL shapes',
    "chipwar export --format json --out - | jq '.figures | length'",
    'chipwar export --format csv --out ./dp --force # replaces the earlier export in ./dp',
  ],
  notes: `Each file is written to a temporary file beside it and renamed into place once all are on disk: a
full disk or a killed process leaves an earlier export as it was. Symbolic links are never followed.`,
  async run(ctx, _args, rawOptions) {
    const options = rawOptions as { format: ExportFormat; out: string; force?: boolean };

    const { c, io } = ctx;
    if (options.out.trim() === '')
      throw usageError('--out must name a folder, or - for standard output; received ""');
    const { dataset } = await ctx.load();
    // The export code and the file writer (with node:crypto) load only when an export runs.
    const [{ exportFiles }, { writeExport }] = await Promise.all([
      import('../exports/index.ts'),
      import('../files/export-folder.ts'),
    ]);
    const files = await exportFiles(dataset, options.format, (message) => io.stderr(`${c.dim(message)}\n`));
    if (options.out === '-') {
      const [only, ...more] = files.values();
      if (only === undefined || more.length)
        throw usageError(
          `--out - writes one file to standard output, but a ${options.format} export is ${files.size} files; name a folder instead`,
        );
      if (typeof only === 'string') io.stdout(only);
      else if (io.terminal)
        throw usageError(
          `a ${options.format} export is binary: redirect standard output to a file or a pipe, or name a folder with --out`,
        );
      else if (io.stdoutBytes) io.stdoutBytes(only);
      else throw usageError(`a ${options.format} export is binary, and this output takes only text`);
      return;
    }
    const written = await writeExport(options.out, files, {
      force: options.force ?? false,
      format: options.format,
      datasetVersion: dataset.meta.datasetVersion,
    });
    const names = [...files.keys()];
    const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
    const removed = written.removed.length ? `; removed ${written.removed.length} of the earlier export` : '';
    io.stdout(
      `${c.green('wrote')} ${names.length} file(s) to ${terminalText(written.folder)}: ${terminalText(shown)}${removed}\n`,
    );
  },
};
