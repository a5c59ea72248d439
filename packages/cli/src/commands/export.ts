import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Command, Option } from 'commander';
import type { Context } from '../context.ts';
import { failure } from '../errors.ts';
import { EXPORT_FORMATS, type ExportFormat } from '../exports/formats.ts';

/** `chipwar export`: the dataset as SQLite, CSV, a Data Package, Parquet, RDF or JSON. */
export function registerExport(program: Command, ctx: Context): void {
  program
    .command('export')
    .description(
      'write the dataset as SQLite, CSV, a Frictionless Data Package, Parquet, RDF (JSON-LD, Turtle, N-Quads) or JSON',
    )
    .addOption(
      new Option('--format <format>', 'export format').choices([...EXPORT_FORMATS]).makeOptionMandatory(),
    )
    .requiredOption('--out <dir>', 'the folder to write into (created if missing)')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar export --format sqlite --out ./out    # ./out/chipwar.sqlite\n  chipwar export --format datapackage --out ./dp # ./dp/datapackage.json and one CSV per table\n  chipwar export --format parquet --out ./pq     # one <table>.parquet per table, for DuckDB\n  chipwar export --format turtle --out ./rdf     # chipwar.ttl, its vocabulary and SHACL shapes',
    )
    .action(async (options: { format: ExportFormat; out: string }) => {
      const { dataset } = await ctx.load();
      const { c, io } = ctx;
      const { exportFiles } = await import('../exports/index.ts');
      const files = await exportFiles(dataset, options.format, (message) => io.stderr(`${c.dim(message)}\n`));
      const out = resolve(options.out);
      try {
        await mkdir(out, { recursive: true });
        for (const [name, content] of files) await writeFile(join(out, name), content);
      } catch (error) {
        throw failure(
          `cannot write to ${out}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`,
        );
      }
      const names = [...files.keys()];
      const shown = names.length > 3 ? `${names.slice(0, 3).join(', ')}, …` : names.join(', ');
      io.stdout(`${c.green('wrote')} ${names.length} file(s) to ${out}: ${shown}\n`);
    });
}
