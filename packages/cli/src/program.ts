// The `chipwar` program: the commands, and how a run ends (exit code and message).

import manifest from '../package.json' with { type: 'json' };
import { type CommandSpec, commandHelp, parseCommandLine, programHelp } from './command-line.ts';
import { citeCommand } from './commands/cite.ts';
import { diffCommand } from './commands/diff.ts';
import { exportCommand } from './commands/export.ts';
import { figuresCommand } from './commands/figures.ts';
import { listCommand } from './commands/list.ts';
import { migrateCommand } from './commands/migrate.ts';
import { quotesCommand } from './commands/quotes.ts';
import { searchCommand } from './commands/search.ts';
import { showCommand } from './commands/show.ts';
import { statsCommand } from './commands/stats.ts';
import { timelineCommand } from './commands/timeline.ts';
import { validateCommand } from './commands/validate.ts';
import { createContext } from './context.ts';
import { describeError } from './errors.ts';
import { colors, type Io, processIo, terminalText } from './output.ts';

/** Every command, in the order `chipwar --help` lists them. */
// biome-ignore lint/suspicious/noExplicitAny: each command names its own arguments.
const COMMANDS: readonly CommandSpec<any>[] = [
  statsCommand,
  showCommand,
  listCommand,
  figuresCommand,
  timelineCommand,
  quotesCommand,
  searchCommand,
  citeCommand,
  validateCommand,
  diffCommand,
  migrateCommand,
  exportCommand,
];

/**
 * The version line of `chipwar --version`: this command's version, then the shipped dataset's and
 * the schema version it follows, read from the dataset itself (so zod and the schemas stay unloaded).
 */
async function versionLine(): Promise<string> {
  const { meta } = await import('@chipwar/dataset/collections');
  return `chipwar ${manifest.version} (dataset ${meta.datasetVersion}, schema ${meta.schemaVersion})`;
}

/**
 * Runs the `chipwar` command with the given arguments (without `node` and the script) and returns
 * its exit code: 0 success, 1 the command could not do what was asked (not found, invalid data, a
 * file it cannot read or write, or a bug), 2 a usage error (no command, an unknown command, option
 * or help topic, a bad argument). Errors a user can fix are printed as one line; an unexpected one
 * says to rerun with `--debug`, which prints its stack. Control characters in anything printed are
 * escaped.
 *
 * ```ts
 * process.exitCode = await run(['show', 'org:smic']);
 * ```
 */
export async function run(args: readonly string[], io: Io = processIo()): Promise<number> {
  const c = colors(io);
  const debug = args.includes('--debug');
  try {
    const request = parseCommandLine(COMMANDS, args);
    if (request.kind === 'help') {
      io.stdout(request.command ? commandHelp(request.command) : programHelp(COMMANDS));
      return 0;
    }
    if (request.kind === 'version') {
      io.stdout(`${await versionLine()}\n`);
      return 0;
    }
    const ctx = createContext(io, () => request.globals);
    await request.command.run(ctx, request.args, request.options);
    return 0;
  } catch (error) {
    const { message, exitCode, expected } = describeError(error);
    if (message) {
      const hint = expected || debug ? '' : ' (run again with --debug for details)';
      io.stderr(`${c.red('chipwar:')} ${terminalText(message, { multiline: true })}${hint}\n`);
    }
    if (debug && error instanceof Error && !expected)
      io.stderr(`${terminalText(String(error.stack), { multiline: true })}\n`);
    return exitCode;
  }
}
