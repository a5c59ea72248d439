// The command line of `chipwar`, read with Node's own util.parseArgs: a command name, its
// arguments, its options and the global ones, and the help each command prints. A parser of our
// own instead of a library because the command starts many times in a row: commander alone cost
// about as much as looking a record up (see the cold-start rows of BENCHMARKS.md).
import { parseArgs } from 'node:util';
import { nearestIds } from '@chipwar/schema/core';
import type { Context } from './context.ts';
import { usageError } from './errors.ts';
import { echo } from './output.ts';

/** An option of a command: `--name`, or `--name <value>` when it takes a value. */
interface OptionSpec {
  /** The long name, without the dashes. */
  readonly name: string;
  /** The placeholder of its value (`<id>`), when it takes one. */
  readonly value?: string;
  /** What it does, for the help. */
  readonly description: string;
  /** The values it allows. */
  readonly choices?: readonly string[];
  /** Its value when not given. */
  readonly default?: string;
  /** Whether the command needs it. */
  readonly required?: boolean;
}

/** An argument of a command; every argument is required, and the last may take several values. */
interface ArgumentSpec<A extends string = string> {
  /** Its name, for the help and for messages. */
  readonly name: A;
  /** What it is. */
  readonly description: string;
  /** Whether it takes one or more values (`<paths...>`). */
  readonly variadic?: boolean;
}

/** The options a command was given: strings for options with a value, `true` for flags. */
type Options = Readonly<Record<string, string | boolean | undefined>>;

/** The values of a command's arguments by name, and every value in order (for a variadic one). */
type ArgumentValues<A extends string> = { readonly [K in A]: string } & {
  readonly all: readonly string[];
};

/** A command of `chipwar`: what it takes, its help, and what it does. `A` names its arguments. */
export interface CommandSpec<A extends string = string> {
  /** The command's name. */
  readonly name: string;
  /** One line about what it does. */
  readonly summary: string;
  /** Its arguments, in order. */
  readonly arguments: readonly ArgumentSpec<A>[];
  /** Its options. */
  readonly options: readonly OptionSpec[];
  /** Command lines to show in its help. */
  readonly examples: readonly string[];
  /** More help, after the examples. */
  readonly notes?: string;
  /** Runs it. */
  run(ctx: Context, args: ArgumentValues<A>, options: Options): Promise<void>;
}

/** The options every command takes. */
const GLOBAL_OPTIONS: readonly (OptionSpec & { short?: string })[] = [
  { name: 'json', description: 'print JSON instead of a table (every read command)' },
  {
    name: 'dataset',
    value: '<file>',
    description: 'use this dataset JSON (validated) instead of the shipped one',
  },
  { name: 'debug', description: 'show stack traces of unexpected errors' },
  {
    name: 'version',
    short: 'V',
    description: 'print the versions of this command, of the dataset and of its schema',
  },
  { name: 'help', short: 'h', description: 'print the help of chipwar or of a command' },
];

/** What a command line asks for. */
export type Request =
  | { readonly kind: 'help'; readonly command: CommandSpec | undefined }
  | { readonly kind: 'version' }
  | {
      readonly kind: 'run';
      readonly command: CommandSpec;
      readonly args: ArgumentValues<string>;
      readonly options: Options;
      readonly globals: {
        readonly json: boolean;
        readonly dataset: string | undefined;
        readonly debug: boolean;
      };
    };

function flag(option: OptionSpec): string {
  return option.value ? `--${option.name} ${option.value}` : `--${option.name}`;
}

/** Reads a command line (without `node` and the script) against the commands; usage errors throw. */
export function parseCommandLine(commands: readonly CommandSpec[], args: readonly string[]): Request {
  // The command is the first word that is neither an option nor the value of a global option.
  let name: string | undefined;
  for (let index = 0; index < args.length; index++) {
    const token = args[index] as string;
    if (token === '--') break;
    if (token === '--dataset') index++;
    else if (!token.startsWith('-')) {
      name = token;
      break;
    }
  }
  const wantsHelp = args.some((token) => token === '--help' || token === '-h');
  if (name === 'help') {
    const topic = args[args.indexOf('help') + 1];
    if (topic === undefined) return { kind: 'help', command: undefined };
    const command = commands.find((candidate) => candidate.name === topic);
    if (!command) throw usageError(`no command is named ${echo(topic)}`);
    return { kind: 'help', command };
  }
  const command = name === undefined ? undefined : commands.find((candidate) => candidate.name === name);
  if (name !== undefined && !command) {
    const near = nearestIds(
      name,
      commands.map((candidate) => candidate.name),
      1,
    );
    throw usageError(
      `unknown command ${echo(name)}${near.length ? `; did you mean ${near[0]}?` : ''} (run chipwar --help for usage)`,
    );
  }
  if (wantsHelp) return { kind: 'help', command };
  if (!command) {
    if (args.some((token) => token === '--version' || token === '-V')) return { kind: 'version' };
    throw usageError('no command given (run chipwar --help for usage)');
  }

  const optionSpecs = [...GLOBAL_OPTIONS, ...command.options];
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      strict: true,
      options: Object.fromEntries(
        optionSpecs.map((option) => [
          option.name,
          {
            type: option.value ? ('string' as const) : ('boolean' as const),
            ...('short' in option && typeof option.short === 'string' ? { short: option.short } : {}),
          },
        ]),
      ),
    });
  } catch (error) {
    throw usageError(
      `${parseError(error as Error & { code?: string }, command)} (run chipwar ${command.name} --help)`,
    );
  }
  const values = parsed.values as Record<string, string | boolean | undefined>;
  if (values.version) return { kind: 'version' };
  const positionals = parsed.positionals.slice(1);
  const variadic = command.arguments.at(-1)?.variadic === true;
  const missing = command.arguments[positionals.length];
  if (missing)
    throw usageError(`missing the argument <${missing.name}> (run chipwar ${command.name} --help)`);
  if (!variadic && positionals.length > command.arguments.length) {
    throw usageError(
      `too many arguments for ${command.name}: expected ${command.arguments.length}, received ${positionals.length} (run chipwar ${command.name} --help)`,
    );
  }
  const options: Record<string, string | boolean | undefined> = {};
  for (const option of command.options) {
    const value = values[option.name] ?? option.default;
    if (value === undefined && option.required) {
      throw usageError(`missing the option ${flag(option)} (run chipwar ${command.name} --help)`);
    }
    if (typeof value === 'string' && option.choices && !option.choices.includes(value)) {
      throw usageError(
        `--${option.name} must be one of ${option.choices.join(', ')}; received ${echo(value)}`,
      );
    }
    options[option.name] = value;
  }
  const named = Object.fromEntries(
    command.arguments.map((argument, index) => [argument.name, positionals[index]]),
  );
  return {
    kind: 'run',
    command,
    args: { ...named, all: positionals } as unknown as ArgumentValues<string>,
    options,
    globals: {
      json: values.json === true,
      dataset: typeof values.dataset === 'string' ? values.dataset : undefined,
      debug: values.debug === true,
    },
  };
}

/** util.parseArgs's errors in the words of chipwar's other usage errors. */
function parseError(error: Error & { code?: string }, command: CommandSpec): string {
  const named = /'(-{1,2}[^']*)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION': {
      const near = nearestIds(
        named.replace(/^-+/, ''),
        [...GLOBAL_OPTIONS, ...command.options].map((option) => option.name),
        1,
      );
      return `unknown option ${echo(named)} for ${command.name}${near.length ? `; did you mean --${near[0]}?` : ''}`;
    }
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message)
        ? `option ${echo(named)} needs a value`
        : `option ${echo(named)} takes no value`;
    default:
      return error.message.split('\n')[0] ?? 'the command line could not be read';
  }
}

function rows(items: readonly [string, string][]): string {
  const width = items.reduce((widest, [left]) => Math.max(widest, left.length), 0);
  return items.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`).join('\n');
}

/** The help of one command. */
export function commandHelp(command: CommandSpec): string {
  const usage = [
    `chipwar ${command.name}`,
    ...command.arguments.map((argument) => `<${argument.name}${argument.variadic ? '...' : ''}>`),
    command.options.length ? '[options]' : '',
  ]
    .filter(Boolean)
    .join(' ');
  const options = [...command.options, ...GLOBAL_OPTIONS].map((option): [string, string] => [
    flag(option),
    `${option.description}${option.choices ? ` (choices: ${option.choices.join(', ')})` : ''}${option.default !== undefined ? ` (default: ${option.default})` : ''}${option.required ? ' (required)' : ''}`,
  ]);
  return [
    `Usage: ${usage}`,
    '',
    command.summary,
    ...(command.arguments.length
      ? ['', 'Arguments:', rows(command.arguments.map((argument) => [argument.name, argument.description]))]
      : []),
    '',
    'Options:',
    rows(options),
    '',
    `Example${command.examples.length > 1 ? 's' : ''}:`,
    ...command.examples.map((example) => `  ${example}`),
    ...(command.notes ? ['', command.notes] : []),
    '',
  ].join('\n');
}

/** The help of `chipwar` itself. */
export function programHelp(commands: readonly CommandSpec[]): string {
  return [
    'Usage: chipwar <command> [options]',
    '',
    'Look up the facts of the CSIS report “China’s New Microchip War” (2023), and export them.',
    '',
    'Commands:',
    rows(commands.map((command) => [command.name, command.summary])),
    '',
    'Options:',
    rows(
      GLOBAL_OPTIONS.map((option) => [
        `${'short' in option && option.short ? `-${option.short}, ` : ''}${flag(option)}`,
        option.description,
      ]),
    ),
    '',
    'Examples:',
    '  chipwar stats',
    '  chipwar show org:smic',
    '  chipwar figures --subject org:big-fund',
    '  chipwar timeline --from 2018 --to 2018',
    '  chipwar export --format sqlite --out ./out',
    '',
    'Run chipwar <command> --help (or chipwar help <command>) for the options and examples of each.',
    '',
  ].join('\n');
}
