// npm run bench [-- --sizes 1000,10000 --write]: benchmarks @chipwar/query against the floor, and
// the first answer of the chipwar-mcp server against a bare server of the same SDK.
// Prints a table; --write also puts it into BENCHMARKS.md. Exits non-zero only on a broken result
// (a helper that disagrees with its baseline), never because the machine is slow.
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { dataset as shippedDataset } from '@chipwar/dataset';
import { search } from '@chipwar/query';
import { type AnyRecord, type Dataset, type Relation, validateDataset } from '@chipwar/schema';
import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { Bench } from 'tinybench';
// The internal binding: synthetic datasets are valid by construction (see generate.test.ts), so the
// benchmark measures the indexes, not validation.
import { bindQuery } from '../../../packages/query/src/engine/bind.ts';
import { generateDataset } from './generate.ts';

const root = new URL('../../../', import.meta.url).pathname;
const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '1000,10000,100000,1000000' },
    write: { type: 'boolean' },
    runs: { type: 'string', default: '15' },
  },
});
const sizes = values.sizes.split(',').map(Number);
const broken: string[] = [];
const rows: string[][] = [];
const fmt = (n: number) => (n >= 100 ? Math.round(n).toLocaleString('en-US') : n.toPrecision(3));

function median(list: number[]): number {
  const sorted = [...list].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

/** What one started process cost: wall time from outside, CPU time and peak memory from inside. */
interface ProcessCost {
  wallMs: number;
  cpuMs: number;
  peakMiB: number;
}

const probe = (name: string) => fileURLToPath(new URL(`../probe/${name}`, import.meta.url));

/** Starts a command once and measures it; a Node command gets the usage preload. */
function measure(command: string, args: string[]): ProcessCost {
  const node = command === process.execPath;
  const start = performance.now();
  const result = spawnSync(command, node ? ['-r', probe('usage.cjs'), ...args] : args, {
    cwd: root,
    encoding: 'utf8',
  });
  const wallMs = performance.now() - start;
  if (result.status !== 0)
    broken.push(`cold start of ${args.join(' ')} failed: ${result.stderr.slice(0, 200)}`);
  const usage = /chipwar-bench-usage (\d+) (\d+)/.exec(result.stderr);
  return {
    wallMs,
    cpuMs: usage ? Number(usage[1]) / 1000 : Number.NaN,
    peakMiB: usage ? Number(usage[2]) / 1024 : Number.NaN,
  };
}

/** Medians of runs of two commands in turn (A B A B …), so a drifting machine affects both alike. */
function pair(a: [string, string[]], b: [string, string[]]): { a: ProcessCost; b: ProcessCost } {
  const runsA: ProcessCost[] = [];
  const runsB: ProcessCost[] = [];
  measure(...a); // warm the file cache
  measure(...b);
  for (let run = 0; run < Number(values.runs); run++) {
    runsA.push(measure(...a));
    runsB.push(measure(...b));
  }
  const mid = (runs: ProcessCost[]): ProcessCost => ({
    wallMs: median(runs.map((run) => run.wallMs)),
    cpuMs: median(runs.map((run) => run.cpuMs)),
    peakMiB: median(runs.map((run) => run.peakMiB)),
  });
  return { a: mid(runsA), b: mid(runsB) };
}

function costRow(
  label: string,
  floorLabel: string,
  costs: { a: ProcessCost; b: ProcessCost },
  target: string,
): string[] {
  const { a, b } = costs;
  const memory = Number.isFinite(a.peakMiB) && Number.isFinite(b.peakMiB);
  return [
    label,
    `${fmt(a.wallMs)} ms wall, ${fmt(a.cpuMs)} ms CPU${memory ? `, ${fmt(a.peakMiB)} MiB peak` : ''}`,
    `${fmt(b.wallMs)} ms wall${Number.isFinite(b.cpuMs) ? `, ${fmt(b.cpuMs)} ms CPU` : ''}${memory ? `, ${fmt(b.peakMiB)} MiB peak` : ''} (${floorLabel})`,
    `${(a.wallMs / b.wallMs).toFixed(2)}x wall${Number.isFinite(b.cpuMs) ? `, ${(a.cpuMs / b.cpuMs).toFixed(2)}x CPU` : ''}${memory ? `, ${(a.peakMiB / b.peakMiB).toFixed(2)}x memory` : ''}`,
    target,
  ];
}

/**
 * The cold-start table: `chipwar show` against a bare `node -e 0` (the floor of any Node command)
 * and against jq doing the same lookup (where jq is installed); importing @chipwar/query and
 * answering one get, importing the dataset, and importing one kind, each against a process that
 * reads and parses dataset.json. Medians of alternating runs.
 */
function coldStart(): string[][] {
  const node = process.execPath;
  const cli = fileURLToPath(import.meta.resolve('@chipwar/cli/package.json')).replace(
    /package\.json$/,
    'dist/cli.cjs',
  );
  const datasetJson = fileURLToPath(import.meta.resolve('@chipwar/dataset/dataset.json'));
  const size = `${(readFileSync(datasetJson).length / 1024).toFixed(0)} KiB`;
  const show: [string, string[]] = [node, [cli, 'show', 'org:smic']];
  const floor: [string, string[]] = [node, [probe('floor.mjs')]];
  const rows = [
    costRow(
      '`chipwar show org:smic`',
      '`node -e 0`',
      pair(show, [node, ['-e', '0']]),
      '≤ 1.3x, memory ≤ 1.2x',
    ),
  ];
  const jq = spawnSync('jq', ['--version'], { encoding: 'utf8' });
  if (jq.status === 0) {
    const lookup: [string, string[]] = ['jq', ['.organizations[] | select(.id=="org:smic")', datasetJson]];
    rows.push(
      costRow(
        '`chipwar show org:smic`',
        `\`jq\` on dataset.json (${jq.stdout.trim()})`,
        pair(show, lookup),
        'for reference',
      ),
    );
  }
  const reads = `import node:fs, read and JSON.parse the ${size} dataset.json`;
  rows.push(
    costRow(
      "`import('@chipwar/query')` + `get`",
      reads,
      pair([node, [probe('query.mjs')]], floor),
      '≤ 1.1x, memory ≤ 1.2x',
    ),
    costRow(
      "`import('@chipwar/dataset')`",
      reads,
      pair([node, [probe('dataset.mjs')]], floor),
      '≤ 1.05x, memory ≤ 1.2x',
    ),
    costRow(
      "`import('@chipwar/dataset/figures')`",
      reads,
      pair([node, [probe('figures.mjs')]], floor),
      '≤ 1.05x, memory ≤ 1.2x',
    ),
  );
  return rows;
}

// The floor of the MCP server's first answer: a server of the same SDK with one tool that answers
// a constant, so the ratio is what chipwar adds (the dataset, the query helpers, its tools).
const BARE_MCP_SERVER = `
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import * as z from 'zod';
const server = new McpServer({ name: 'floor', version: '0.0.0' });
server.registerTool('get_record', { inputSchema: { id: z.string() } }, ({ id }) => ({ content: [{ type: 'text', text: id }] }));
await server.connect(new StdioServerTransport());
`;

/** Milliseconds from spawning a stdio MCP server to its answer to `get_record org:smic`. */
async function firstAnswer(
  args: string[],
  check: (result: Record<string, unknown>) => boolean,
): Promise<number> {
  const start = performance.now();
  const client = new Client({ name: 'chipwar-bench', version: '0.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args, cwd: root }));
  const result = await client.callTool({ name: 'get_record', arguments: { id: 'org:smic' } });
  const elapsed = performance.now() - start;
  await client.close();
  if (!check(result)) broken.push(`MCP first answer: ${JSON.stringify(result).slice(0, 200)}`);
  return elapsed;
}

async function mcpFirstAnswer(): Promise<string[]> {
  const bin = `${root}packages/mcp/dist/cli.js`;
  const chipwar: number[] = [];
  const bare: number[] = [];
  for (let run = 0; run < Number(values.runs); run++) {
    chipwar.push(
      await firstAnswer([bin], (result) => (result.structuredContent as { id?: string })?.id === 'org:smic'),
    );
    bare.push(await firstAnswer(['--input-type=module', '-e', BARE_MCP_SERVER], (result) => !result.isError));
  }
  const c = median(chipwar);
  const b = median(bare);
  return [
    'First answer of chipwar-mcp: spawn, initialize, get_record org:smic (stdio)',
    `${fmt(c)} ms`,
    `${fmt(b)} ms (the same SDK, one constant tool)`,
    `${(c / b).toFixed(2)}x`,
    '≤ 1.5x',
  ];
}

function sameIds(
  name: string,
  size: number,
  actual: readonly { id: string }[],
  expected: readonly { id: string }[],
) {
  const a = actual
    .map((item) => item.id)
    .sort()
    .join();
  const e = expected
    .map((item) => item.id)
    .sort()
    .join();
  if (a !== e) broken.push(`${name} at ${size}: ${actual.length} results, baseline ${expected.length}`);
}

async function sizeRows(size: number): Promise<string[][]> {
  const dataset: Dataset = generateDataset(size);
  const all = KIND_NAMES.flatMap((kind) => dataset[KINDS[kind].collection] as AnyRecord[]);
  const ids = all.map((record) => record.id);
  const idAt = (i: number) => ids[(i * 7919) % ids.length] as string;
  globalThis.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const buildStart = performance.now();
  const q = bindQuery(dataset);
  q.get(ids[0] as string);
  q.relationsOf(dataset.relations[0]?.subject as string);
  q.figures({ subject: dataset.figures[0]?.subjects[0] as string });
  q.timeline({ from: '2000', to: '2000' });
  const buildMs = performance.now() - buildStart;
  globalThis.gc?.();
  const bytesPerRecord = (process.memoryUsage().heapUsed - heapBefore) / all.length;

  const map = new Map<string, AnyRecord>(all.map((record) => [record.id, record]));
  const subject = dataset.figures[0]?.subjects[0] as string;
  const relationId = dataset.relations[0]?.subject as string;
  const events = dataset.events;
  const year = '2000';
  sameIds(
    'figures',
    size,
    q.figures({ subject }),
    dataset.figures.filter((figure) => (figure.subjects as string[]).includes(subject)),
  );
  // What a range keeps by default (match: 'certain'): records dated wholly within the year.
  const inYear = (record: { date: { start: string | null; end: string | null } }) =>
    record.date.start !== null &&
    record.date.start >= `${year}-01-01` &&
    record.date.end !== null &&
    record.date.end <= `${year}-12-31`;
  const inYearCount = q.timeline({ from: year, to: year }).length;
  const participant = dataset.events[0]?.participants[0] as string;
  const involves = (event: (typeof dataset.events)[number]) =>
    (event.participants as string[]).includes(participant);
  const byStart = (a: { date: { start: string | null } }, b: { date: { start: string | null } }) =>
    (a.date.start ?? '') < (b.date.start ?? '') ? -1 : 1;
  sameIds('timeline involving', size, q.timeline({ involving: participant }), events.filter(involves));
  const speaker = dataset.quotes.find((quote) => quote.speaker.id)?.speaker.id as string;
  const byDay = (a: (typeof dataset.quotes)[number], b: (typeof dataset.quotes)[number]) =>
    (a.date?.start ?? '~') < (b.date?.start ?? '~') ? -1 : 1;
  const bySpeaker = (quote: (typeof dataset.quotes)[number]) =>
    quote.speaker.id === speaker || quote.speaker.affiliation === speaker;
  sameIds('quotes', size, q.quotes({ speaker }), dataset.quotes.filter(bySpeaker));
  const periodInYear = (figure: (typeof dataset.figures)[number]) =>
    figure.period !== undefined && inYear({ date: figure.period });
  sameIds(
    'figures by period',
    size,
    q.figures({ from: year, to: year }),
    dataset.figures.filter(periodInYear),
  );
  sameIds('timeline', size, q.timeline({ from: year, to: year }), events.filter(inYear));
  sameIds(
    'relationsOf',
    size,
    q.relationsOf(relationId),
    dataset.relations.filter((r: Relation) => r.subject === relationId || r.object === relationId),
  );

  const bench = new Bench({ time: size >= 1e6 ? 400 : 250, warmupTime: 50 });
  let i = 0;
  bench
    .add('get', () => q.get(idAt(i++)))
    .add('Map.get', () => map.get(idAt(i++)))
    .add('figures({ subject })', () => q.figures({ subject }))
    .add('scan: figures.filter', () =>
      dataset.figures.filter((figure) => (figure.subjects as string[]).includes(subject)),
    )
    .add('timeline({ from, to }) one year', () => q.timeline({ from: year, to: year }))
    .add('scan: events.filter + sort', () =>
      events.filter(inYear).sort((a, b) => ((a.date.start ?? '') < (b.date.start ?? '') ? -1 : 1)),
    )
    .add('timeline({ involving })', () => q.timeline({ involving: participant }))
    .add('scan: events.filter by participant + sort', () => events.filter(involves).sort(byStart))
    .add('figures({ from, to }) one year', () => q.figures({ from: year, to: year }))
    .add('scan: figures.filter by period', () => dataset.figures.filter(periodInYear))
    .add('quotes({ speaker })', () => q.quotes({ speaker }))
    .add('scan: quotes.filter by speaker + sort', () => dataset.quotes.filter(bySpeaker).sort(byDay))
    .add('relationsOf(id)', () => q.relationsOf(relationId))
    .add('scan: relations.filter', () =>
      dataset.relations.filter((r) => r.subject === relationId || r.object === relationId),
    );
  await bench.run();
  const hz = (name: string) =>
    bench.tasks.find((task) => task.name === name)?.result?.throughput.mean ?? Number.NaN;
  const pair = (helper: string, baseline: string, target: string): string[] => [
    `${helper} vs ${baseline}, n=${size.toLocaleString('en-US')}`,
    `${fmt(hz(helper))} ops/s`,
    `${fmt(hz(baseline))} ops/s`,
    `${(hz(helper) / hz(baseline)).toFixed(2)}x`,
    target,
  ];
  return [
    [
      `Index build (lookup, relations, figures, timeline), n=${size.toLocaleString('en-US')}`,
      `${fmt(buildMs)} ms`,
      `${fmt(bytesPerRecord)} bytes/record`,
      `${fmt((buildMs * 1e6) / size)} ns/record`,
      'linear',
    ],
    pair('get', 'Map.get', '≥ 0.5x'),
    pair('figures({ subject })', 'scan: figures.filter', '≥ 1x, grows with results'),
    pair('timeline({ from, to }) one year', 'scan: events.filter + sort', '≥ 1x, grows with results'),
    pair('timeline({ involving })', 'scan: events.filter by participant + sort', '≥ 1x'),
    pair('figures({ from, to }) one year', 'scan: figures.filter by period', '≥ 1x, grows with results'),
    pair('quotes({ speaker })', 'scan: quotes.filter by speaker + sort', '≥ 1x'),
    pair('relationsOf(id)', 'scan: relations.filter', '≥ 1x'),
    // The cost per result staying flat while n grows a thousandfold is what O(log n + k) looks like.
    [
      `timeline({ from, to }) one year, cost per result, n=${size.toLocaleString('en-US')}`,
      `${fmt(1e9 / hz('timeline({ from, to }) one year') / inYearCount)} ns/result`,
      `${fmt(1e9 / hz('scan: events.filter + sort') / inYearCount)} ns/result (scan)`,
      `k = ${inYearCount.toLocaleString('en-US')} results`,
      '≈ flat once k ≫ 1',
    ],
  ];
}

// Hostile inputs that used to take a minute or all memory (issue 12): validation that must stay
// near-linear, and a search that must be refused before any work. Median of a few runs.
function timeMs(runs: number, work: () => unknown): number {
  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const start = performance.now();
    work();
    times.push(performance.now() - start);
  }
  return median(times);
}

function hostileInputRows(): string[][] {
  const plain = () => structuredClone(shippedDataset) as unknown as Dataset & Record<string, unknown[]>;
  const base = plain();
  const baseMs = timeMs(5, () => validateDataset(base));

  const unknown = plain();
  const organizations = unknown.organizations.map((record) => record.id);
  const template = unknown.relations[0] as Relation;
  for (let index = 0; index < 2_000; index++)
    unknown.relations.push({
      ...template,
      id: `rel:bench-${index}`,
      object: `${organizations[index % organizations.length]}${index}`,
    } as never);
  const unknownMs = timeMs(5, () => {
    const result = validateDataset(unknown);
    if (result.issues.filter((issue) => issue.code === 'unknown-reference').length !== 2_000)
      broken.push('validation of 2,000 unknown references did not report each of them');
  });

  const chain = plain();
  const live = chain.concepts[0]?.id as string;
  const steps = 20_000;
  for (let index = 0; index < steps; index++)
    (chain.retired as unknown[]).push({
      id: `concept:bench-old-${index}`,
      change: 'renamed',
      version: '0.1.0',
      replacedBy: [index + 1 < steps ? `concept:bench-old-${index + 1}` : live],
      reason: 'a long history of renames',
    });
  const chainMs = timeMs(5, () => {
    if (!validateDataset(chain).ok) broken.push('a 20,000-step ledger chain did not validate');
  });

  const text = 'a '.repeat(50_000);
  search('big fund');
  const refusedMs = timeMs(200, () => {
    try {
      search(text);
      broken.push('search of 100 KB of text was not refused');
    } catch {
      // Refused: the point.
    }
  });
  const answeredMs = timeMs(200, () => search('big fund'));
  const ms = (value: number) => `${fmt(value)} ms`;
  return [
    [
      'Validation of the shipped dataset + 2,000 unknown references',
      ms(unknownMs),
      `${ms(baseMs)} (the shipped dataset alone)`,
      `${(unknownMs / baseMs).toFixed(2)}x`,
      '< 2 s',
    ],
    [
      'Validation of the shipped dataset + a 20,000-step rename chain in the ledger',
      ms(chainMs),
      `${ms(baseMs)} (the shipped dataset alone)`,
      `${(chainMs / baseMs).toFixed(2)}x`,
      '< 2 s',
    ],
    [
      'search of 100 KB of text, refused',
      ms(refusedMs),
      `${ms(answeredMs)} (search('big fund'), answered)`,
      `${(refusedMs / answeredMs).toFixed(2)}x`,
      'refused in ms',
    ],
  ];
}

rows.push(...coldStart());
rows.push(await mcpFirstAnswer());
rows.push(...hostileInputRows());
for (const size of sizes) {
  console.error(`… n=${size}`);
  rows.push(...(await sizeRows(size)));
}

const header = ['measure', 'chipwar', 'floor / baseline', 'ratio', 'target'];
const table = [header, header.map(() => '---'), ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
const machine = `Node ${process.version}, ${process.platform}/${process.arch}, ${(await import('node:os')).cpus().length} cores`;
console.log(`${table}\n\n${machine}`);
if (values.write) {
  const path = `${root}BENCHMARKS.md`;
  const intro = `# Benchmarks\n\n\`npm run bench\` (from the repository root, after \`npm run build\`) measures \`@chipwar/query\` against the floor on synthetic datasets made by \`tooling/bench/src/generate.ts\`, the cold start of the shipped dataset, and the time from starting the \`chipwar-mcp\` server to its first answer. Ratios above 1x mean chipwar is faster than the baseline; the cold-start and first-answer ratios are chipwar's time over the floor's (lower is better). These are measurements, not tests: a slow machine changes the numbers, never the exit code; a helper that disagrees with its baseline fails the run.\n\nLatest run: ${machine}.\n\n`;
  writeFileSync(path, `${intro}${table}\n`);
  console.error(`wrote ${path}`);
}
if (broken.length) {
  console.error(`broken results:\n${broken.join('\n')}`);
  process.exit(1);
}
