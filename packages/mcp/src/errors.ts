// How the server answers a request it cannot answer, never by crashing: a tool call gets the
// protocol's error result (`isError: true`), a resource or prompt request a JSON-RPC error; both
// in the words of the query helpers, with the fixes they name (suggestions, a replacement) as data.
import { ArgumentError, RetiredIdError, UnknownIdError } from '@chipwar/query';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/**
 * What a program can read of a refused call, besides the message: in the `_meta` of a tool's
 * error result and in the `data` of a JSON-RPC error, under {@link ERROR_META_KEY}.
 *
 * ```ts
 * const result = await client.callTool({ name: 'get_record', arguments: { id: 'org:smiic' } });
 * (result._meta?.[ERROR_META_KEY] as ErrorDetails).suggestions; // ['org:smic', 'org:smee', 'org:ymtc']
 * ```
 */
export interface ErrorDetails {
  /** `ArgumentError`, `UnknownIdError` or `RetiredIdError`, as in `@chipwar/query`. */
  readonly name: string;
  /** The argument that was wrong (`ArgumentError`). */
  readonly argument?: string;
  /** The nearest allowed values or known ids. */
  readonly suggestions?: readonly string[];
  /** The id that replaced a retired one, when there is exactly one. */
  readonly replacement?: string;
  /** The ids a retired id was split into. */
  readonly candidates?: readonly string[];
}

/**
 * The key of {@link ErrorDetails} in an error result's `_meta` and a JSON-RPC error's `data`.
 *
 * ```ts
 * const result = await client.callTool({ name: 'get_record', arguments: { id: 'org:smiic' } });
 * result._meta?.[ERROR_META_KEY]; // { name: 'UnknownIdError', suggestions: ['org:smic', 'org:smee', 'org:ymtc'] }
 * ```
 */
export const ERROR_META_KEY = 'chipwar/error';

/** JSON-RPC error codes of the MCP specification that the server answers with. */
export const ERROR_CODES = { invalidParams: -32602, resourceNotFound: -32002 } as const;

/** The details of a mistake in a call, or `undefined` for any other error. */
function errorDetails(error: unknown): ErrorDetails | undefined {
  if (error instanceof RetiredIdError) {
    return {
      name: error.name,
      ...(error.replacement !== undefined && { replacement: error.replacement }),
      candidates: error.candidates,
    };
  }
  if (error instanceof UnknownIdError) return { name: error.name, suggestions: error.suggestions };
  if (error instanceof ArgumentError) {
    return { name: error.name, argument: error.argument, suggestions: error.suggestions };
  }
  return undefined;
}

/**
 * The error result of a failed tool call: a mistake in the call (a bad argument, an unknown or
 * retired id) in the query helpers' words; anything else, which would be a bug, as such.
 */
export function errorResult(tool: string, error: unknown, log: (text: string) => void): CallToolResult {
  const details = errorDetails(error);
  if (!details) log(`${tool}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  const message = details
    ? (error as Error).message
    : `${tool}: the server could not answer (${error instanceof Error ? error.message : String(error)})`;
  return {
    isError: true,
    content: [{ type: 'text', text: message }],
    ...(details && { _meta: { [ERROR_META_KEY]: details } }),
  };
}

/**
 * An error the SDK sends as a JSON-RPC error with this code, the message as it is, and `data`.
 * (The SDK's `McpError` puts "MCP error <code>:" before the message, and the client's copy puts it
 * there a second time.)
 */
class ProtocolError extends Error {
  readonly code: number;
  readonly data: Readonly<Record<string, unknown>>;

  constructor(code: number, error: Error, data: Record<string, unknown>) {
    super(error.message, { cause: error });
    this.name = 'ProtocolError';
    this.code = code;
    this.data = data;
  }
}

/**
 * Runs `answer`; a mistake in the request becomes a JSON-RPC error with this code and its
 * details in `data`; anything else is thrown as it is.
 */
export async function answering<T>(
  code: number,
  answer: () => T | Promise<T>,
  data: Record<string, unknown> = {},
): Promise<T> {
  try {
    return await answer();
  } catch (error) {
    const details = errorDetails(error);
    if (details) throw new ProtocolError(code, error as Error, { ...data, [ERROR_META_KEY]: details });
    throw error;
  }
}
