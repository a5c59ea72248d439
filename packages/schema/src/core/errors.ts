import { escapeControlCharacters } from './text.ts';

/**
 * The longest received value an error message repeats, in characters: enough to recognise a typo,
 * short enough that 100 KB of input never floods a terminal or a log.
 */
export const MAX_ECHO_LENGTH = 80;

/**
 * A value as an error message shows it: strings quoted, cut at {@link MAX_ECHO_LENGTH} characters,
 * with control characters escaped so that no received value can move a terminal's cursor or
 * change its colours; other values by their type.
 *
 * ```ts
 * describeReceived('org:smiic'); // '"org:smiic"'
 * describeReceived(42); // 'the number 42'
 * describeReceived(['a']); // 'an array'
 * ```
 */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing (undefined)';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string':
      return quoteForMessage(value);
    case 'number':
    case 'bigint':
    case 'boolean':
      return `the ${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

/**
 * A string as JSON would quote it, with every control character escaped (JSON leaves DEL and the
 * C1 controls as they are; this does not), cut at `max` characters with an ellipsis and the full
 * length.
 *
 * ```ts
 * quoteForMessage('a\u001b[31m'); // '"a\\u001b[31m"'
 * quoteForMessage('x'.repeat(100_000)); // '"xxx…xxx"… (100,000 characters)'
 * ```
 */
export function quoteForMessage(text: string, max = MAX_ECHO_LENGTH): string {
  if (text.length <= max) return escapeControlCharacters(JSON.stringify(text));
  return `${escapeControlCharacters(JSON.stringify(text.slice(0, max)))}… (${text.length.toLocaleString('en-US')} characters)`;
}

// Marks every ArgumentError, whichever copy of this module made it: an application can end up with
// two (a bundled command line and an installed package), and `instanceof` must hold across them.
const BRAND = Symbol.for('@chipwar/schema/core#ArgumentError');

/**
 * Thrown for a bad argument: it names the function, the argument, what was expected and what was
 * received, and for a value outside a closed list, the nearest allowed values. The one error type
 * for mistakes in a call, in every chipwar package, so callers (and the `chipwar` command, which
 * exits with 2 for it) can tell a usage error from a bug. It extends `TypeError`.
 *
 * ```ts
 * try { figures({ unit: 'usd' }); } catch (error) {
 *   if (error instanceof ArgumentError) error.argument; // 'unit'
 * }
 * ```
 */
export class ArgumentError extends TypeError {
  /** True for every `ArgumentError`, made by any copy of `@chipwar/schema`. */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
  }

  /** The function that was called, such as `figures`. */
  readonly function: string;
  /** The argument or option that was wrong, such as `unit` or `options.depth`. */
  readonly argument: string;
  /** What the argument must be, in words. */
  readonly expected: string;
  /** What was received, as {@link describeReceived} shows it. */
  readonly received: string;
  /** The nearest allowed values, when the argument must be one of a list. */
  readonly suggestions: readonly string[];

  constructor(
    fn: string,
    argument: string,
    expected: string,
    value: unknown,
    options: { suggestions?: readonly string[]; cause?: unknown } = {},
  ) {
    const received = describeReceived(value);
    const suggestions = options.suggestions ?? [];
    const hint = suggestions.length ? `; did you mean ${suggestions.join(', ')}?` : '';
    super(
      `${fn}: ${argument} must be ${expected}; received ${received}${hint}`,
      options.cause === undefined ? undefined : { cause: options.cause },
    );
    this.name = 'ArgumentError';
    Object.defineProperty(this, BRAND, { value: true });
    this.function = fn;
    this.argument = argument;
    this.expected = expected;
    this.received = received;
    this.suggestions = suggestions;
  }
}
