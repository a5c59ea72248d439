// The `chipwar-mcp` command: reads its options, loads the data, and serves over stdio until the
// client closes the connection. Nothing but protocol messages goes to stdout; messages for people
// go to stderr.
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import manifest from '../package.json' with { type: 'json' };
import type { ServerData } from './context.ts';
import { createServer } from './server.ts';

const USAGE = `Usage: chipwar-mcp [--dataset <file>]

A Model Context Protocol server (stdio) for the facts of the CSIS report
“China’s New Microchip War” (2023). Register it with an MCP client; see
https://www.npmjs.com/package/@chipwar/mcp

Options:
  --dataset <file>  answer from this dataset JSON (validated) instead of the shipped one
  -V, --version     print the versions of the server and the dataset
  -h, --help        print this help
`;

/** Reads a user's dataset and binds the query helpers to it, or says in one line why it cannot. */
async function loadData(file: string): Promise<ServerData | string> {
  let input: unknown;
  try {
    input = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return `cannot read ${file} as JSON: ${reason}`;
  }
  // Loaded only for --dataset: validation needs zod schemas and the EDTF parser.
  const [{ createQuery }, { formatIssues, validateDataset }] = await Promise.all([
    import('@chipwar/query/create'),
    import('@chipwar/schema'),
  ]);
  // The validated form (defaults filled in, such as an empty ledger) is what the server answers from.
  const result = validateDataset(input);
  if (!result.ok) {
    return `${file} is not a valid chipwar dataset (${result.issues.length} issue(s)):\n${formatIssues(result.issues)}`;
  }
  return { dataset: result.data, query: createQuery(result.data) };
}

/** Runs the command with these arguments; resolves with the exit code once it stops serving. */
export async function main(argv: readonly string[]): Promise<number> {
  const err = (text: string) => process.stderr.write(text);
  let values: { dataset?: string | undefined; help?: boolean | undefined; version?: boolean | undefined };
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        dataset: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'V' },
      },
    }));
  } catch (error) {
    err(`chipwar-mcp: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(USAGE);
    return 0;
  }
  if (values.version) {
    const { DATASET_VERSION } = await import('@chipwar/dataset');
    process.stdout.write(`chipwar-mcp ${manifest.version} (dataset ${DATASET_VERSION})\n`);
    return 0;
  }
  let data: ServerData | undefined;
  if (values.dataset !== undefined) {
    const loaded = await loadData(values.dataset);
    if (typeof loaded === 'string') {
      err(`chipwar-mcp: ${loaded}\n`);
      return 1;
    }
    data = loaded;
  }
  const server = createServer(data ? { data } : {});
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((resolve) => {
    transport.onclose = resolve;
    process.stdin.once('end', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
  return 0;
}
