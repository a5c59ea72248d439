import type { CommandSpec } from '../command-line.ts';
import { CliError } from '../errors.ts';
import type { MigrationPlan } from '../migrate.ts';
import { terminalText } from '../output.ts';

// A diff on a terminal has its control characters escaped, except the tab and the carriage return
// of a CRLF line end; to a file or a pipe it is byte for byte, so that `patch -p0` applies it.
function diffForTerminal(diff: string): string {
  return diff
    .split('\n')
    .map((line) => {
      const crlf = line.endsWith('\r');
      const body = crlf ? line.slice(0, -1) : line;
      return body
        .split('\t')
        .map((part) => terminalText(part))
        .join('\t')
        .concat(crlf ? '\r' : '');
    })
    .join('\n');
}

/** `chipwar migrate <paths...>`: rewrite retired ids in a user's files. */
export const migrateCommand: CommandSpec<'paths'> = {
  name: 'migrate',
  summary: 'rewrite retired ids to their replacements in your files (TS, JS, JSON, Markdown)',
  arguments: [
    {
      name: 'paths',
      description: 'files or folders (node_modules, .git and dist are skipped; links are not followed)',
      variadic: true,
    },
  ],
  options: [{ name: 'dry-run', description: 'print the changes as a unified diff and change nothing' }],
  examples: [
    'chipwar migrate src docs --dry-run',
    'chipwar migrate src --dry-run > migrate.diff && patch -p0 < migrate.diff',
    'chipwar migrate src',
  ],
  notes: `Every file is read and rewritten in memory first; then all are written, each to a temporary file
beside it that is renamed over it, or none is (a full disk, a read-only file). Files that are not
UTF-8, symbolic links and special files are skipped and listed; line endings are kept.`,
  async run(ctx, { all: paths }, rawOptions) {
    const options = { dryRun: rawOptions['dry-run'] === true };

    const { dataset, query } = await ctx.load();
    const { c, io } = ctx;
    // Loaded only here, so that no other command loads the diff library.
    const { applyMigration, MigrationWriteError, migrationDiff, planMigration } = await import(
      '../migrate.ts'
    );
    const plan: MigrationPlan = await planMigration(
      paths,
      (dataset.retired ?? []).map((entry) => entry.id),
      (id) => query.resolveId(id),
    );
    for (const skipped of plan.skipped)
      io.stderr(
        `${skipped.problem ? c.yellow('skipped') : c.dim('skipped')} ${terminalText(skipped.path)}: ${terminalText(skipped.reason)}\n`,
      );
    for (const refusal of plan.refused)
      io.stderr(
        `${c.yellow('refused')} ${terminalText(refusal.file)}:${refusal.line} ${refusal.id}: ${refusal.reason}\n`,
      );
    const problems = plan.skipped.filter((skipped) => skipped.problem).length;
    const tail = `${plan.refused.length} refused; ${plan.skipped.length} skipped`;
    const summary = (verb: string, replacements: number, files: number) =>
      io.stdout(`${verb} ${replacements} retired id(s) in ${files} file(s); ${tail}\n`);
    if (options.dryRun) {
      for (const file of plan.files) {
        const diff = migrationDiff(file);
        io.stdout(
          io.terminal
            ? diffForTerminal(diff)
                .split('\n')
                .map((line) =>
                  line.startsWith('@@')
                    ? c.cyan(line)
                    : line.startsWith('-') && !line.startsWith('---')
                      ? c.red(line)
                      : line.startsWith('+') && !line.startsWith('+++')
                        ? c.green(line)
                        : line,
                )
                .join('\n')
            : diff,
        );
      }
      summary('would replace', plan.replacements, plan.files.length);
    } else {
      try {
        await applyMigration(plan);
      } catch (error) {
        // The summary ends every run, even one that wrote nothing.
        if (!(error instanceof CliError)) {
          summary('replaced', 0, 0);
          throw error;
        }
        io.stderr(`${c.red('chipwar:')} ${terminalText(error.message, { multiline: true })}\n`);
        if (error instanceof MigrationWriteError)
          io.stdout(
            `replaced 0 retired id(s) in 0 file(s) (nothing written: ${error.problems.length} of ${plan.files.length} file(s) cannot be written); ${tail}\n`,
          );
        else summary('replaced', 0, 0);
        throw new CliError('', 1);
      }
      summary('replaced', plan.replacements, plan.files.length);
    }
    if (plan.refused.length || problems) throw new CliError('', 1);
  },
};
