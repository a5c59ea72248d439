// The built `chipwar-mcp` command, driven as a real client drives it: the SDK's Client over stdio,
// spawning node dist/cli.js. Every answer is checked against @chipwar/query, citations included.
import { existsSync, readFileSync } from 'node:fs';
import {
  cite,
  figures,
  formatFigure,
  get,
  quotes,
  relationsOf,
  search,
  timeline,
  type UnknownIdError,
} from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import { describeEdtf, MAX_EDTF_LENGTH } from '@chipwar/schema';
import { KIND_NAMES, KINDS, MAX_ID_LENGTH } from '@chipwar/schema/core';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_DATE_LENGTH } from './args.ts';
import { ERROR_META_KEY, type ErrorDetails, TOOL_NAMES } from './index.ts';

const bin = new URL('../dist/cli.js', import.meta.url).pathname;
const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const shipped = JSON.parse(readFileSync(new URL('../../dataset/dist/dataset.json', import.meta.url), 'utf8'));
const schemaJson = new URL('../../schema/schema.json', import.meta.url);

/** A client connected to a freshly spawned server. */
async function connect(...args: string[]) {
  const transport = new StdioClientTransport({
    command: process.execPath,
    args: [bin, ...args],
    stderr: 'pipe',
  });
  const stderr: string[] = [];
  transport.stderr?.on('data', (chunk) => stderr.push(String(chunk)));
  const client = new Client({ name: 'chipwar-mcp-test', version: '0.0.0' });
  await client.connect(transport);
  await client.listTools(); // the client validates structured content against the output schemas it lists
  return { client, transport, stderr };
}

/** Calls a tool and returns its result as a plain object. */
async function call(client: Client, name: string, args: Record<string, unknown>) {
  return (await client.callTool({ name, arguments: args })) as CallToolResult;
}

const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value));

/** The message a helper of @chipwar/query throws for these arguments. */
function thrown(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to throw');
}

/**
 * Every cited record in an answer (any object with `record` and `citation`), each checked against
 * `cite` and its own sources: report, section, paragraph and verbatim excerpt.
 */
function expectCitations(value: unknown): number {
  let count = 0;
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const item of node) visit(item);
      return;
    }
    if (!node || typeof node !== 'object') return;
    const entry = node as { id?: string; record?: AnyRecord; citation?: string };
    if (entry.record && typeof entry.citation === 'string') {
      count++;
      expect(entry.id).toBe(entry.record.id);
      expect(entry.citation, entry.id).toBe(cite(entry.record.id as never));
      for (const source of entry.record.sources) {
        expect(entry.citation).toContain(`¶${source.paragraph}: “${source.excerpt}”`);
      }
      expect(entry.citation).toContain('Gregory C. Allen, “China’s New Microchip War”');
    }
    for (const child of Object.values(node)) visit(child);
  };
  visit(value);
  return count;
}

/** The bounds of an EDTF date, as `from`/`to` of the query helpers take them. */
function edtf(text: string) {
  const described = describeEdtf(text);
  if (!described.ok) throw new Error(described.message);
  return described.value;
}

/** The text of a resource's first content. */
function resourceText(result: { contents: object[] }): string {
  return String((result.contents[0] as { text?: string } | undefined)?.text);
}

/** The text of a prompt's first message. */
function promptText(result: { messages: { content: unknown }[] }): string {
  return String((result.messages[0]?.content as { text?: string } | undefined)?.text);
}

function expectError(result: CallToolResult, message: string | RegExp) {
  expect(result.isError).toBe(true);
  const text = (result.content[0] as { text: string }).text;
  if (typeof message === 'string') expect(text).toBe(message);
  else expect(text).toMatch(message);
  return result._meta?.[ERROR_META_KEY] as ErrorDetails | undefined;
}

describe('chipwar-mcp over stdio, shipped dataset', () => {
  let client: Client;
  let stderr: string[];
  beforeAll(async () => {
    ({ client, stderr } = await connect());
  });
  afterAll(async () => {
    await client?.close();
  });

  it('bounds dates as the schema does', () => {
    expect(MAX_DATE_LENGTH).toBe(MAX_EDTF_LENGTH);
  });

  it('introduces itself with its version and instructions to cite', () => {
    expect(client.getServerVersion()).toMatchObject({ name: 'chipwar', version: manifest.version });
    expect(client.getInstructions()).toMatch(/cite/);
    expect(client.getServerCapabilities()).toMatchObject({ tools: {}, resources: {}, prompts: {} });
  });

  it('lists the tools, each read-only, with strict input schemas and output schemas', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((tool) => tool.name)).toEqual([...TOOL_NAMES]);
    for (const tool of tools) {
      expect(tool.description, tool.name).toBeTruthy();
      expect(tool.annotations, tool.name).toMatchObject({ readOnlyHint: true, openWorldHint: false });
      expect(tool.inputSchema.additionalProperties, tool.name).toBe(false);
      expect(tool.outputSchema?.type, tool.name).toBe('object');
      // Every text argument is bounded.
      for (const [name, schema] of Object.entries(tool.inputSchema.properties ?? {})) {
        const { type, maxLength, maxItems, maximum, enum: values } = schema as Record<string, unknown>;
        if (type === 'string' && !values) expect(maxLength, `${tool.name}.${name}`).toBeGreaterThan(0);
        if (type === 'array') expect(maxItems, `${tool.name}.${name}`).toBeGreaterThan(0);
        if (type === 'integer') expect(maximum, `${tool.name}.${name}`).toBeGreaterThan(0);
      }
    }
    const search = tools.find((tool) => tool.name === 'search');
    expect(search?.inputSchema.required).toEqual(['text']);
  });

  it('lists every record as a resource, plus the metadata and the schema', async () => {
    const { resources } = await client.listResources();
    const records = KIND_NAMES.flatMap((kind) => shipped[KINDS[kind].collection] as AnyRecord[]);
    expect(resources.map((resource) => resource.uri).sort()).toEqual(
      [
        'chipwar://meta',
        'chipwar://schema',
        ...records.map((record) => `chipwar://record/${record.id}`),
      ].sort(),
    );
    const smic = resources.find((resource) => resource.uri === 'chipwar://record/org:smic');
    expect(smic).toMatchObject({ name: 'org:smic', title: 'SMIC', mimeType: 'application/json' });
    const { resourceTemplates } = await client.listResourceTemplates();
    expect(resourceTemplates).toEqual([expect.objectContaining({ uriTemplate: 'chipwar://record/{id}' })]);
  });

  it('lists the prompts', async () => {
    const { prompts } = await client.listPrompts();
    expect(prompts.map((prompt) => prompt.name)).toEqual(['answer_from_report', 'brief_on_record']);
  });

  describe('get_record', () => {
    it('answers a record with every field and its citation', async () => {
      const result = await call(client, 'get_record', { id: 'org:smic' });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toEqual(
        plain({
          id: 'org:smic',
          kind: 'organization',
          label: 'SMIC',
          citation: cite('org:smic'),
          record: get('org:smic'),
        }),
      );
      expect(expectCitations(result.structuredContent)).toBe(1);
      const text = (result.content[0] as { text: string }).text;
      expect(text).toContain('org:smic — SMIC');
      expect(text).toContain('type: company');
      expect(text).toContain(`Source: ${cite('org:smic')}`);
    });

    it('answers an unknown id with the nearest known ids', async () => {
      const result = await call(client, 'get_record', { id: 'org:smiic' });
      const expected = thrown(() => get('org:smiic' as never)) as UnknownIdError;
      const details = expectError(result, expected.message.replace(/^get:/, 'get_record:'));
      expect(details).toEqual({ name: 'UnknownIdError', suggestions: [...expected.suggestions] });
      expect(details?.suggestions?.[0]).toBe('org:smic');
    });

    it('refuses an id longer than any id, without echoing it whole', async () => {
      const result = await call(client, 'get_record', { id: `org:${'x'.repeat(MAX_ID_LENGTH)}` });
      const text = expectError(
        result,
        /get_record: id must be at most 200 characters; received "org:x+"… \(204 characters\)/,
      );
      expect(text).toBeUndefined();
      expect((result.content[0] as { text: string }).text.length).toBeLessThan(400);
    });

    it('refuses a missing or wrongly typed id', async () => {
      expectError(
        await call(client, 'get_record', {}),
        /get_record: id must be a non-empty string such as "org:smic"; received nothing/,
      );
      expectError(
        await call(client, 'get_record', { id: 42 }),
        /get_record: id must be a non-empty string .*; received the number 42/,
      );
    });
  });

  describe('search', () => {
    it('ranks records as search does, each with its citation', async () => {
      const result = await call(client, 'search', { text: 'big fund', limit: 5 });
      const expected = search('big fund', { limit: 5 });
      const content = result.structuredContent as { total: number; results: { id: string; score: number }[] };
      expect(content.results.map((entry) => entry.id)).toEqual(expected.map((entry) => entry.id));
      expect(content.results.map((entry) => entry.score)).toEqual(expected.map((entry) => entry.score));
      expect(content.results[0]?.id).toBe('org:big-fund');
      expect(expectCitations(content)).toBe(5);
    });

    it('keeps to the kinds asked for', async () => {
      const result = await call(client, 'search', { text: 'lithography', kinds: ['technology'] });
      const content = result.structuredContent as { results: { id: string; kind: string }[] };
      expect(content.results.map((entry) => entry.id)).toEqual(
        search('lithography', { kinds: ['technology'], limit: 20 }).map((entry) => entry.id),
      );
      expect(content.results.every((entry) => entry.kind === 'technology')).toBe(true);
    });

    it('refuses oversized text, too many words, a wrong kind, a bad limit and unknown arguments', async () => {
      expectError(
        await call(client, 'search', { text: 'x'.repeat(5000) }),
        /search: text must be at most 1,000 characters; received "x+"… \(5,000 characters\)/,
      );
      expectError(
        await call(client, 'search', { text: Array.from({ length: 40 }, (_, i) => `w${i}`).join(' ') }),
        thrown(() => search(Array.from({ length: 40 }, (_, i) => `w${i}`).join(' '))).message,
      );
      expectError(
        await call(client, 'search', { text: 'big', kinds: ['organisation'] }),
        /search: kinds\[\] must be one of country, .*; received "organisation"; did you mean organization\?/,
      );
      expectError(
        await call(client, 'search', { text: 'big', limit: 0 }),
        /search: limit must be a whole number from 1 to 100; received the number 0/,
      );
      expectError(
        await call(client, 'search', { text: 'big', kind: ['technology'] }),
        /search: an argument name must be one of text, kinds, limit; received "kind"; did you mean kinds\?/,
      );
      expectError(
        await call(client, 'search', { text: 'big', kinds: 'technology' }),
        /search: kinds must be a list of at most 14 of country, region, .*; received "technology"/,
      );
      // More arguments than any call needs are refused before any work.
      expectError(
        await call(client, 'search', {
          text: 'big',
          kinds: Array.from({ length: 1000 }, () => 'technology'),
        }),
        /maximum of 64 elements/,
      );
    });

    it('answers no match as an empty list, not an error', async () => {
      const result = await call(client, 'search', { text: 'zzqqxxyy' });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent).toEqual({ text: 'zzqqxxyy', total: 0, results: [] });
      expect((result.content[0] as { text: string }).text).toMatch(/none in the report's dataset/);
    });
  });

  describe('figures', () => {
    it('filters by subject and unit, with the value in words', async () => {
      const result = await call(client, 'figures', { subject: 'org:big-fund', unit: 'USD' });
      const expected = figures({ subject: 'org:big-fund', unit: 'USD' });
      const content = result.structuredContent as {
        total: number;
        figures: { id: string; formatted: string }[];
      };
      expect(content.total).toBe(expected.length);
      expect(content.figures.map((entry) => [entry.id, entry.formatted])).toEqual(
        expected.map((figure) => [figure.id, formatFigure(figure)]),
      );
      expect(content.figures.map((entry) => entry.formatted)).toEqual([
        '$21 billion (2014)',
        '$35 billion (2019)',
      ]);
      expect(expectCitations(content)).toBe(2);
    });

    it('reads a period as from and to, EDTF included, and honours match', async () => {
      const period = await call(client, 'figures', { period: '2020' });
      expect(
        (period.structuredContent as { figures: { id: string }[] }).figures.map((entry) => entry.id),
      ).toEqual(figures({ from: '2020', to: '2020' }).map((figure) => figure.id));
      const range = await call(client, 'figures', {
        from: '2019/2020',
        to: '2022',
        match: 'possible',
        limit: 100,
      });
      expect(
        (range.structuredContent as { figures: { id: string }[] }).figures.map((entry) => entry.id),
      ).toEqual(
        figures({ from: edtf('2019/2020'), to: '2022', match: 'possible' }).map((figure) => figure.id),
      );
    });

    it('lists at most limit figures, and says how many there are', async () => {
      const result = await call(client, 'figures', { limit: 3 });
      const content = result.structuredContent as { total: number; figures: unknown[] };
      expect(content.figures).toHaveLength(3);
      expect(content.total).toBe(figures().length);
      expect((result.content[0] as { text: string }).text).toMatch(
        new RegExp(`^Figures: ${figures().length} \\(the first 3; pass a larger limit for more\\)`),
      );
    });

    it('refuses a wrong unit with a suggestion, a period with from, and an unknown subject', async () => {
      expectError(
        await call(client, 'figures', { unit: 'usd' }),
        /figures: unit must be one of USD, .*; received "usd"; did you mean USD\?/,
      );
      expectError(
        await call(client, 'figures', { period: '2020', from: '2019' }),
        'figures: period must be given without from and to (it sets both); received "2020"',
      );
      expectError(
        await call(client, 'figures', { subject: 'org:big-fundd' }),
        /^figures: no record has the id "org:big-fundd"; did you mean org:big-fund/,
      );
    });
  });

  describe('timeline', () => {
    it('answers events in order, each with its date, match and citation', async () => {
      const result = await call(client, 'timeline', {
        from: '2018',
        to: '2018',
        match: 'possible',
        limit: 100,
      });
      const expected = timeline({ from: '2018', to: '2018', match: 'possible' });
      const content = result.structuredContent as {
        total: number;
        entries: { id: string; match: string; date: unknown }[];
      };
      expect(content.entries.map((entry) => [entry.id, entry.match])).toEqual(
        expected.map((entry) => [entry.id, entry.match]),
      );
      expect(content.entries.map((entry) => entry.date)).toEqual(plain(expected.map((entry) => entry.date)));
      expect(content.entries.some((entry) => entry.match === 'possible')).toBe(true);
      expect(expectCitations(content)).toBe(expected.length);
    });

    it('reads any EDTF date, and follows involving and include', async () => {
      const result = await call(client, 'timeline', {
        from: '2018-04~',
        involving: 'org:zte',
        include: ['event', 'quote', 'policy'],
        limit: 100,
      });
      const expected = timeline({
        from: edtf('2018-04~'),
        involving: 'org:zte',
        include: ['event', 'quote', 'policy'],
      });
      expect(
        (result.structuredContent as { entries: { id: string }[] }).entries.map((entry) => entry.id),
      ).toEqual(expected.map((entry) => entry.id));
      expect(expected.length).toBeGreaterThan(0);
    });

    it('answers a malformed date in the words of the query helpers', async () => {
      const result = await call(client, 'timeline', { from: '2018-13' });
      const details = expectError(result, thrown(() => timeline({ from: '2018-13' })).message);
      expect(details).toEqual({ name: 'ArgumentError', argument: 'from', suggestions: [] });
      expectError(
        await call(client, 'timeline', { to: 'yesterday' }),
        /^timeline: to must be a date such as "2018", "2018-04-30", "2018-04~" or "2020\/2022" \("yesterday" is not a valid EDTF date/,
      );
      expectError(
        await call(client, 'timeline', { from: '2025/2021' }),
        /timeline: from must be a date .*ends \(2021\) before it starts \(2025\)/,
      );
      expectError(
        await call(client, 'timeline', { from: '2020', to: '2019' }),
        thrown(() => timeline({ from: '2020', to: '2019' })).message,
      );
      expectError(
        await call(client, 'timeline', { from: '2'.repeat(MAX_DATE_LENGTH + 1) }),
        /timeline: from must be at most 100 characters/,
      );
      expectError(
        await call(client, 'timeline', { include: ['event', 'event', 'event', 'event', 'event'] }),
        /timeline: include must be a list of at most 4 of event, policy, document, quote; received an array/,
      );
      expectError(
        await call(client, 'timeline', { match: 'overlapping' }),
        /timeline: match must be one of certain, possible; received "overlapping"/,
      );
    });
  });

  describe('quotes', () => {
    it('answers quotations by speaker and words, with their citations', async () => {
      const bySpeaker = await call(client, 'quotes', { speaker: 'person:xi-jinping' });
      const expected = quotes({ speaker: 'person:xi-jinping' });
      const content = bySpeaker.structuredContent as { total: number; quotes: { id: string }[] };
      expect(content.quotes.map((entry) => entry.id)).toEqual(expected.map((quote) => quote.id));
      expect(expectCitations(content)).toBe(expected.length);
      const text = (bySpeaker.content[0] as { text: string }).text;
      expect(text).toContain(`“${expected[0]?.text}”`);

      const byWords = await call(client, 'quotes', { words: 'self-reliance', from: '2018' });
      expect(
        (byWords.structuredContent as { quotes: { id: string }[] }).quotes.map((entry) => entry.id),
      ).toEqual(quotes({ words: 'self-reliance', from: '2018' }).map((quote) => quote.id));
    });

    it('refuses oversized words', async () => {
      expectError(
        await call(client, 'quotes', { words: 'a '.repeat(600) }),
        /quotes: words must be at most 1,000 characters/,
      );
    });
  });

  describe('relations and path', () => {
    it('answers the relations of a record, filtered, each cited', async () => {
      const result = await call(client, 'relations', { id: 'org:micron', direction: 'in' });
      const expected = relationsOf('org:micron', { direction: 'in' });
      const content = result.structuredContent as { id: string; total: number; relations: { id: string }[] };
      expect(content.relations.map((entry) => entry.id)).toEqual(expected.map((relation) => relation.id));
      expect(expected.length).toBeGreaterThan(0);
      expect(expectCitations(content)).toBe(expected.length);
      const predicate = expected[0]?.predicate;
      const filtered = await call(client, 'relations', { id: 'org:micron', predicate });
      expect(
        (filtered.structuredContent as { relations: { id: string }[] }).relations.map((entry) => entry.id),
      ).toEqual(relationsOf('org:micron', { predicate }).map((relation) => relation.id));
    });

    it('refuses an unknown predicate with a suggestion', async () => {
      expectError(
        await call(client, 'relations', { id: 'org:micron', predicate: 'customer' }),
        /relations: predicate must be one of .*; received "customer"; did you mean customer-of/,
      );
    });

    it('answers the shortest chain of relations, each cited, or found: false', async () => {
      const result = await call(client, 'path', { from: 'org:huawei', to: 'country:nl' });
      const content = result.structuredContent as {
        found: boolean;
        steps: { from: string; to: string; relation: { id: string } }[];
      };
      const { path } = await import('@chipwar/query');
      const expected = path('org:huawei', 'country:nl') ?? [];
      expect(content.found).toBe(true);
      expect(content.steps.map((step) => [step.from, step.to, step.relation.id])).toEqual(
        expected.map((step) => [step.from, step.to, step.relation.id]),
      );
      expect(expectCitations(content)).toBe(expected.length);

      const none = await call(client, 'path', { from: 'org:zte', to: 'org:smic' });
      expect(path('org:zte', 'org:smic')).toBeUndefined();
      expect(none.isError).toBeFalsy();
      expect(none.structuredContent).toEqual({ from: 'org:zte', to: 'org:smic', found: false, steps: [] });
    });

    it('names the argument that holds an unknown id', async () => {
      expectError(
        await call(client, 'path', { from: 'org:zte', to: 'org:smiic' }),
        /^path: no record has the id "org:smiic"/,
      );
    });
  });

  describe('cite', () => {
    it('answers the citation in every format, as cite does', async () => {
      const text = await call(client, 'cite', { id: 'figure:zte-fine-2017' });
      expect(text.structuredContent).toEqual({
        id: 'figure:zte-fine-2017',
        format: 'text',
        citation: cite('figure:zte-fine-2017'),
      });
      expect((text.content[0] as { text: string }).text).toBe(cite('figure:zte-fine-2017'));
      const markdown = await call(client, 'cite', { id: 'figure:zte-fine-2017', format: 'markdown' });
      expect((markdown.structuredContent as { citation: string }).citation).toBe(
        cite('figure:zte-fine-2017', { format: 'markdown' }),
      );
      const csl = await call(client, 'cite', { id: 'figure:zte-fine-2017', format: 'csl-json' });
      expect((csl.structuredContent as { items: unknown }).items).toEqual(
        plain(cite('figure:zte-fine-2017', { format: 'csl-json' })),
      );
    });

    it('refuses an unknown format', async () => {
      expectError(
        await call(client, 'cite', { id: 'org:smic', format: 'bibtex' }),
        /cite: format must be one of text, markdown, csl-json; received "bibtex"/,
      );
    });
  });

  it('answers a tool it does not have with an error result', async () => {
    expectError(await call(client, 'delete_record', { id: 'org:smic' }), /Tool delete_record not found/);
  });

  describe('resources', () => {
    it('reads a record with its citation, the metadata and the schema', async () => {
      const record = await client.readResource({ uri: 'chipwar://record/org:smic' });
      expect(record.contents[0]?.mimeType).toBe('application/json');
      const content = JSON.parse(resourceText(record));
      expect(content).toEqual(
        plain({
          id: 'org:smic',
          kind: 'organization',
          label: 'SMIC',
          citation: cite('org:smic'),
          record: get('org:smic'),
        }),
      );
      expect(expectCitations(content)).toBe(1);

      const encoded = await client.readResource({ uri: 'chipwar://record/org%3Asmic' });
      expect(JSON.parse(resourceText(encoded)).id).toBe('org:smic');

      const meta = JSON.parse(resourceText(await client.readResource({ uri: 'chipwar://meta' })));
      expect(meta).toMatchObject(plain(shipped.meta));
      expect(meta.records.figure).toBe(shipped.figures.length);
      expect(meta.retiredIds).toBe(shipped.retired.length);

      const schema = await client.readResource({ uri: 'chipwar://schema' });
      expect(schema.contents[0]?.mimeType).toBe('application/schema+json');
      expect(JSON.parse(resourceText(schema))).toEqual(JSON.parse(readFileSync(schemaJson, 'utf8')));
    });

    it('answers an unknown record with "resource not found", its message and suggestions', async () => {
      const error = await client
        .readResource({ uri: 'chipwar://record/org:smiic' })
        .catch((caught) => caught);
      expect(error.code).toBe(-32002);
      expect(error.message).toBe(
        'MCP error -32002: resources/read: no record has the id "org:smiic"; did you mean org:smic, org:smee, org:ymtc?',
      );
      const malformed = await client
        .readResource({ uri: 'chipwar://record/org%E0%A4%A' })
        .catch((caught) => caught);
      expect(malformed.code).toBe(-32002);
      expect(malformed.message).toMatch(/no record has the id "org%E0%A4%A"/);
      expect(error.data).toEqual({
        uri: 'chipwar://record/org:smiic',
        [ERROR_META_KEY]: { name: 'UnknownIdError', suggestions: ['org:smic', 'org:smee', 'org:ymtc'] },
      });
    });

    it('completes record ids', async () => {
      const { completion } = await client.complete({
        ref: { type: 'ref/resource', uri: 'chipwar://record/{id}' },
        argument: { name: 'id', value: 'org:sm' },
      });
      expect(completion.values).toEqual(['org:smee', 'org:smic']);
    });
  });

  describe('prompts', () => {
    it('steer the assistant to answer from the report with citations', async () => {
      const answer = await client.getPrompt({
        name: 'answer_from_report',
        arguments: { question: 'What is the Big Fund?' },
      });
      const text = promptText(answer);
      expect(text).toMatch(/Answer only from the chipwar tools/);
      expect(text).toMatch(/Cite every fact/);
      expect(text).toMatch(/Question: What is the Big Fund\?$/);

      const brief = await client.getPrompt({ name: 'brief_on_record', arguments: { id: 'org:smic' } });
      expect(promptText(brief)).toMatch(/brief on org:smic \(SMIC\)/);
    });

    it('refuse an unknown id and an oversized question', async () => {
      const unknown = await client
        .getPrompt({ name: 'brief_on_record', arguments: { id: 'org:smiic' } })
        .catch((caught) => caught);
      expect(unknown.code).toBe(-32602);
      expect(unknown.message).toMatch(
        /brief_on_record: no record has the id "org:smiic"; did you mean org:smic/,
      );
      const long = await client
        .getPrompt({ name: 'answer_from_report', arguments: { question: 'why '.repeat(300) } })
        .catch((caught) => caught);
      expect(long.code).toBe(-32602);
      expect(long.message).toMatch(/answer_from_report: question must be at most 1,000 characters/);
    });
  });

  // Memory is read from /proc (Linux, as CI); elsewhere vitest reports the test as skipped.
  it.runIf(existsSync('/proc/self/status'))(
    'survives 1,000 calls in a row, half of them malformed, with steady memory',
    async () => {
      const calls: [string, Record<string, unknown>, boolean][] = [
        ['search', { text: 'big fund' }, true],
        ['get_record', { id: 'org:smic' }, true],
        ['get_record', { id: 'org:smiic' }, false],
        ['timeline', { from: '2018', to: '2019', match: 'possible' }, true],
        ['timeline', { from: '2018-13' }, false],
        ['figures', { subject: 'org:big-fund' }, true],
        ['figures', { unit: 'usd' }, false],
        ['quotes', { words: 'self-reliance' }, true],
        ['relations', { id: 'org:micron' }, true],
        ['path', { from: 'org:huawei', to: 'country:nl' }, true],
        ['cite', { id: 'figure:zte-fine-2017', format: 'csl-json' }, true],
        ['search', { text: 'x'.repeat(5000) }, false],
        ['search', { text: 'big', bogus: true }, false],
        ['timeline', { from: 'not a date' }, false],
        ['get_record', { id: 7 }, false],
      ];
      const fresh = await connect(); // a fresh server, so that earlier tests do not count
      try {
        const rss = () => {
          const status = readFileSync(`/proc/${fresh.transport.pid}/status`, 'utf8');
          return Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]) / 1024;
        };
        const run = async (count: number) => {
          for (let i = 0; i < count; i++) {
            const [name, args, ok] = calls[i % calls.length] as (typeof calls)[number];
            const result = await call(fresh.client, name, args);
            expect(Boolean(result.isError), `call ${i}: ${name} ${JSON.stringify(args).slice(0, 60)}`).toBe(
              !ok,
            );
          }
        };
        await run(200); // warm-up: the search index, the EDTF parser and V8's heap settle
        const before = rss();
        await run(1000);
        const after = rss();
        console.log(
          `chipwar-mcp VmRSS: ${before.toFixed(1)} MB after warm-up, ${after.toFixed(1)} MB after 1,000 more calls`,
        );
        expect(after - before).toBeLessThan(48);
        // Still serving, and still right.
        const last = await call(fresh.client, 'get_record', { id: 'org:smic' });
        expect((last.structuredContent as { citation: string }).citation).toBe(cite('org:smic'));
        expect(fresh.stderr.join('')).toBe('');
      } finally {
        await fresh.client.close();
      }
    },
    120_000,
  );

  it('wrote nothing to stderr: no call was an unexpected error', () => {
    expect(stderr.join('')).toBe('');
  });
});
