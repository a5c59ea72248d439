// The server: its name and instructions, and the tools, resources and prompts over one dataset.

import { dataset } from '@chipwar/dataset';
import type { Query } from '@chipwar/query';
import * as shipped from '@chipwar/query';
import type { Dataset } from '@chipwar/schema';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import manifest from '../package.json' with { type: 'json' };
import { createContext, type ServerData } from './context.ts';
import { registerPrompts } from './prompts.ts';
import { registerResources } from './resources.ts';
import { registerTools } from './tools.ts';

/** Options of {@link createServer}. */
export interface CreateServerOptions {
  /**
   * The dataset to answer from and the query helpers bound to it (default: the shipped
   * `@chipwar/dataset` and `@chipwar/query`). Build `query` with `createQuery(dataset)` from
   * `@chipwar/query/create`, which validates the dataset first.
   */
  data?: ServerData;
  /** Where the server reports what a client cannot see, such as an unexpected error (default: stderr). */
  log?: (text: string) => void;
}

const INSTRUCTIONS =
  'Facts of the CSIS report “China’s New Microchip War” (Gregory C. Allen, 2023-05-03), from a verified dataset: every record cites the section, paragraph and a verbatim excerpt of the report. Answer from these tools only, and cite what they return. Start with `search` to find ids.';

/**
 * An MCP server (the SDK's `McpServer`) that answers from the chipwar dataset: the tools `search`,
 * `get_record`, `figures`, `timeline`, `quotes`, `relations`, `path` and `cite`, every record as a
 * resource at `chipwar://record/<id>`, `chipwar://meta`, `chipwar://schema`, and two prompts.
 * Connect it to a transport to serve; the `chipwar-mcp` command connects it to stdio.
 *
 * ```ts
 * import { createServer } from '@chipwar/mcp';
 * import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
 *
 * await createServer().connect(new StdioServerTransport());
 * ```
 */
export function createServer(options: CreateServerOptions = {}): McpServer {
  const data: ServerData = options.data ?? {
    dataset: dataset as unknown as Dataset,
    query: shipped as unknown as Query,
  };
  const log = options.log ?? ((text: string) => process.stderr.write(`chipwar-mcp: ${text}\n`));
  const server = new McpServer(
    { name: 'chipwar', title: 'chipwar: China’s New Microchip War', version: manifest.version },
    {
      instructions: INSTRUCTIONS,
      capabilities: { tools: {}, resources: {}, prompts: {} },
      // Every tool takes a handful of arguments; a call with thousands is refused before any work.
      maxToolInputElements: 64,
    },
  );
  const ctx = createContext(data);
  registerTools(server, ctx, log);
  registerResources(server, ctx);
  registerPrompts(server, ctx);
  return server;
}
