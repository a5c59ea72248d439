// The `chipwar` program: global options, the commands, and how a run ends (exit code and message).
import { Command, CommanderError } from 'commander';
import { registerCite } from './commands/cite.ts';
import { registerDiff } from './commands/diff.ts';
import { registerExport } from './commands/export.ts';
import { registerFigures } from './commands/figures.ts';
import { registerList } from './commands/list.ts';
import { registerMigrate } from './commands/migrate.ts';
import { registerQuotes } from './commands/quotes.ts';
import { registerSearch } from './commands/search.ts';
import { registerShow } from './commands/show.ts';
import { registerStats } from './commands/stats.ts';
import { registerTimeline } from './commands/timeline.ts';
import { registerValidate } from './commands/validate.ts';
import { type Context, createContext } from './context.ts';
import { describeError } from './errors.ts';
import { colors, echo, type Io, processIo, terminalText } from './output.ts';

/** Every command, in the order `chipwar --help` lists them. */
const COMMANDS: readonly ((program: Command, ctx: Context) => void)[] = [
  registerStats,
  registerShow,
  registerList,
  registerFigures,
  registerTimeline,
  registerQuotes,
  registerSearch,
  registerCite,
  registerValidate,
  registerDiff,
  registerMigrate,
  registerExport,
];

/** The version line of `chipwar --version`, read from the packages themselves. */
async function versionLine(): Promise<string> {
  const [{ DATASET_VERSION }, { SCHEMA_VERSION }] = await Promise.all([
    import('@chipwar/dataset'),
    import('@chipwar/schema'),
  ]);
  return `dataset ${DATASET_VERSION}, schema ${SCHEMA_VERSION}`;
}

function buildProgram(io: Io): Command {
  const c = colors(io);
  const program = new Command('chipwar');
  const ctx = createContext(io, () => program.opts());
  program
    .description('Look up the facts of the CSIS report “China’s New Microchip War” (2023), and export them.')
    .option('-V, --version', 'print the dataset and schema versions')
    .option('--json', 'print JSON instead of a table (every read command)')
    .option('--dataset <file>', 'use this dataset JSON (validated) instead of the shipped one')
    .option('--debug', 'show stack traces of unexpected errors')
    .showHelpAfterError('(run chipwar --help for usage)')
    .configureOutput({
      writeOut: io.stdout,
      writeErr: io.stderr,
      // Commander repeats what was typed ("unknown command '…'"): escaped, and cut if very long.
      outputError: (text, write) =>
        write(c.red(shortenError(terminalText(text.trimEnd(), { multiline: true })))),
    })
    .exitOverride()
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
  for (const register of COMMANDS) register(program, ctx);
  return program;
}

// The longest error line commander may print: enough for any real command line.
const MAX_ERROR_LINE = 300;

function shortenError(text: string): string {
  if (text.length <= MAX_ERROR_LINE) return `${text}\n`;
  return `${text.slice(0, MAX_ERROR_LINE)}… (${text.length.toLocaleString('en-US')} characters)\n`;
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
  const program = buildProgram(io);
  if (args.length === 1 && (args[0] === '-V' || args[0] === '--version')) {
    io.stdout(`${await versionLine()}\n`);
    return 0;
  }
  try {
    await program.parseAsync([...args], { from: 'user' });
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Help asked for (`--help`, `help show`) is a success; help shown because the command line
      // named no command or an unknown help topic (`chipwar`, `chipwar help bogus`) is a usage error.
      if (error.exitCode === 0) return 0;
      if (error.code === 'commander.help') {
        const topic = args[0] === 'help' ? args[1] : undefined;
        io.stderr(
          `${c.red('chipwar:')} ${topic === undefined ? 'no command given' : `no command is named ${echo(topic)}`}\n`,
        );
      }
      return 2;
    }
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
