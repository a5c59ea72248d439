/**
 * A Model Context Protocol server over the chipwar dataset, as a library: `createServer` builds it
 * (for tests, or to serve over a transport of your choice); the `chipwar-mcp` command serves it
 * over stdio. The other exports describe what its answers hold, for programs that read them.
 *
 * @packageDocumentation
 */
export type { ServerData } from './context.ts';
export { ERROR_META_KEY, type ErrorDetails } from './errors.ts';
export type { CitedRecord } from './present.ts';
export { META_URI, RECORD_URI_TEMPLATE, recordUri, SCHEMA_URI } from './resources.ts';
export { type CreateServerOptions, createServer } from './server.ts';
export { TOOL_NAMES } from './tools.ts';
