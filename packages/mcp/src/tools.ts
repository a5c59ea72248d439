// The tools: one per question the query helpers answer. Each checks its arguments (zod, in the
// helpers' words), answers from the dataset alone, and returns text for people and structured
// content for programs; every record in an answer carries its citation.

import type { RecordId } from '@chipwar/dataset';
import { type CslItem, type DateMatch, formatFigure, SEARCH_LIMITS } from '@chipwar/query';
import type { AnyRecord, Figure, Relation } from '@chipwar/schema';
import { ArgumentError, KIND_NAMES, PREDICATE_NAMES, UNITS } from '@chipwar/schema/core';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import * as z from 'zod';
import {
  args,
  date,
  id,
  listOf,
  MAX_METRIC_LENGTH,
  MAX_RESULTS,
  MAX_TEXT_LENGTH,
  oneOf,
  TIMELINE_KINDS,
  text,
  wholeNumber,
} from './args.ts';
import type { Context } from './context.ts';
import { errorResult } from './errors.ts';
import { cited, citedRecord, itemText, labelOf, listText, recordText } from './present.ts';

/**
 * The names of the tools, in the order a client lists them.
 *
 * ```ts
 * (await client.listTools()).tools.map((tool) => tool.name); // the same names, in this order
 * ```
 */
export const TOOL_NAMES = [
  'search',
  'get_record',
  'figures',
  'timeline',
  'quotes',
  'relations',
  'path',
  'cite',
] as const;

type ToolName = (typeof TOOL_NAMES)[number];

/** What a tool's handler returns: the text for people and the structured content for programs. */
interface Answer {
  text: string;
  data: Record<string, unknown>;
}

const READ_ONLY = { readOnlyHint: true, idempotentHint: true, openWorldHint: false } as const;
const MATCHES = ['certain', 'possible'] as const satisfies readonly DateMatch[];
const DIRECTIONS = ['out', 'in', 'both'] as const;
const FORMATS = ['text', 'markdown', 'csl-json'] as const;
const DEFAULT_LIST_LIMIT = 50;

const asTuple = <T extends string>(values: readonly T[]) => values as unknown as readonly [T, ...T[]];

function limitArg(tool: ToolName, fallback: number) {
  return wholeNumber(tool, 'limit', 1, MAX_RESULTS)
    .optional()
    .describe(`How many results at most (default ${fallback}, at most ${MAX_RESULTS}).`);
}

function matchArg(tool: ToolName) {
  return oneOf(tool, 'match', MATCHES)
    .optional()
    .describe(
      'With from/to: certain (default) keeps records dated wholly within the range; possible also those whose date only overlaps it.',
    );
}

const total = z.number().int().describe('How many records match; the answer lists at most `limit` of them.');

/** Registers every tool of the server. */
export function registerTools(server: McpServer, ctx: Context, log: (text: string) => void): void {
  const { query } = ctx;

  // One wrapper for all: any failure becomes the protocol's error result, in the helpers' words.
  const tool = <I extends z.ZodObject, O extends z.ZodObject>(
    name: ToolName,
    config: { title: string; description: string; inputSchema: I; outputSchema: O },
    answer: (input: z.output<I>) => Answer | Promise<Answer>,
  ) => {
    server.registerTool(name, { ...config, annotations: { title: config.title, ...READ_ONLY } }, (async (
      input: z.output<I>,
    ): Promise<CallToolResult> => {
      try {
        const { text, data } = await answer(input);
        return { content: [{ type: 'text', text }], structuredContent: data };
      } catch (error) {
        return errorResult(name, error, log);
      }
    }) as never);
  };

  const get = (recordId: RecordId) => query.get(recordId) as AnyRecord;
  const labelled = (recordId: string) => `${recordId} (${labelOf(get(recordId as RecordId))})`;
  const range = async (name: ToolName, input: { from?: string; to?: string }) => ({
    from: await ctx.dateBound(name, 'from', input.from),
    to: await ctx.dateBound(name, 'to', input.to),
  });

  tool(
    'search',
    {
      title: 'Search the report',
      description:
        'Ranked full-text search over the names, aliases, labels, descriptions, quotations and cited excerpts of every record of the report "China’s New Microchip War" (CSIS, 2023). Start here to find the ids the other tools take. Every result carries its citation.',
      inputSchema: args('search', {
        text: text('search', 'text', 'big fund', SEARCH_LIMITS.maxLength).describe(
          `What to look for: words that must all match (prefix and typo-tolerant), at most ${SEARCH_LIMITS.maxTerms} words.`,
        ),
        kinds: listOf('search', 'kinds', asTuple(KIND_NAMES))
          .optional()
          .describe('Only records of these kinds.'),
        limit: limitArg('search', 20),
      }),
      outputSchema: z.object({
        text: z.string(),
        total,
        results: z.array(
          citedRecord.extend({
            score: z.number().describe('Relevance (higher is better).'),
            terms: z.array(z.string()).describe('The words of the query that matched.'),
          }),
        ),
      }),
    },
    (input) => {
      const limit = input.limit ?? 20;
      const results = query.search(input.text, {
        limit,
        ...(input.kinds && { kinds: input.kinds }),
      });
      const entries = results.map((result) => ({
        ...cited(query, result.record as AnyRecord),
        score: result.score,
        terms: [...result.terms],
      }));
      return {
        text: listText(
          `Records matching ${JSON.stringify(input.text)}`,
          entries.map((entry) => itemText(entry, `${entry.kind}, score ${entry.score.toFixed(1)}`)),
          entries.length,
        ),
        data: { text: input.text, total: entries.length, results: entries },
      };
    },
  );

  tool(
    'get_record',
    {
      title: 'Get a record',
      description:
        'One record of the report’s dataset by id (such as org:smic or figure:zte-fine-2017): every field and the citation (section, paragraph, verbatim excerpt). An unknown id is answered with the nearest known ids; a retired id with the id that replaced it.',
      inputSchema: args('get_record', {
        id: id('get_record', 'id', 'The record id, such as org:smic.'),
      }),
      outputSchema: citedRecord,
    },
    (input) => {
      const entry = cited(query, get(ctx.liveId('get_record', input.id)));
      return { text: recordText(entry), data: { ...entry } };
    },
  );

  tool(
    'figures',
    {
      title: 'Figures',
      description:
        'The report’s numbers (money, shares, counts, node sizes, dates) matching every filter given, each with its value as written, its period and its citation.',
      inputSchema: args('figures', {
        subject: id('figures', 'subject', 'Only figures about this record, such as org:big-fund.').optional(),
        metric: text('figures', 'metric', 'fund-size', MAX_METRIC_LENGTH)
          .optional()
          .describe('Only figures of this metric slug, such as fund-size or market-share.'),
        unit: oneOf('figures', 'unit', asTuple(UNITS)).optional().describe('Only figures in this unit.'),
        period: date(
          'figures',
          'period',
          'Only figures for this period (an EDTF date such as 2020 or 2019/2022); the same as from and to both set to it.',
        ).optional(),
        from: date('figures', 'from', 'Only figures for periods on or after this date (EDTF).').optional(),
        to: date('figures', 'to', 'Only figures for periods on or before this date (EDTF).').optional(),
        match: matchArg('figures'),
        limit: limitArg('figures', DEFAULT_LIST_LIMIT),
      }),
      outputSchema: z.object({
        total,
        figures: z.array(
          citedRecord.extend({
            formatted: z.string().describe('The value in words, such as "$21 billion (2014)".'),
          }),
        ),
      }),
    },
    async (input) => {
      if (input.period !== undefined && (input.from !== undefined || input.to !== undefined)) {
        throw new ArgumentError(
          'figures',
          'period',
          'given without from and to (it sets both)',
          input.period,
        );
      }
      const bounds = input.period === undefined ? input : { from: input.period, to: input.period };
      const found = query.figures({
        subject: input.subject === undefined ? undefined : ctx.liveId('figures', input.subject),
        metric: input.metric,
        unit: input.unit,
        match: input.match,
        ...(await range('figures', bounds)),
      }) as readonly Figure[];
      const entries = found.slice(0, input.limit ?? DEFAULT_LIST_LIMIT).map((figure) => ({
        ...cited(query, figure),
        formatted: formatFigure(figure),
      }));
      return {
        text: listText(
          'Figures',
          entries.map((entry) => itemText(entry, entry.formatted)),
          found.length,
        ),
        data: { total: found.length, figures: entries },
      };
    },
  );

  tool(
    'timeline',
    {
      title: 'Timeline',
      description:
        'Dated events of the report (and, with include, policies, documents and quotations) in chronological order, each with its date (EDTF, with first and last day), whether it certainly or only possibly falls in the range asked for, and its citation.',
      inputSchema: args('timeline', {
        from: date(
          'timeline',
          'from',
          'Only entries dated on or after this date (EDTF, such as 2018).',
        ).optional(),
        to: date(
          'timeline',
          'to',
          'Only entries dated on or before this date (EDTF, such as 2019-06).',
        ).optional(),
        involving: id(
          'timeline',
          'involving',
          'Only entries that involve this record (participant, issuer, target, author, speaker), such as org:zte.',
        ).optional(),
        match: matchArg('timeline'),
        include: listOf('timeline', 'include', TIMELINE_KINDS)
          .optional()
          .describe('Kinds of dated records to include (default: events only).'),
        limit: limitArg('timeline', DEFAULT_LIST_LIMIT),
      }),
      outputSchema: z.object({
        total,
        entries: z.array(
          citedRecord.extend({
            date: z.looseObject({
              edtf: z.string(),
              start: z.string().nullable(),
              end: z.string().nullable(),
            }),
            match: z
              .enum(MATCHES)
              .describe('certain: dated wholly within the range; possible: only overlaps it.'),
          }),
        ),
      }),
    },
    async (input) => {
      const found = query.timeline({
        involving: input.involving === undefined ? undefined : ctx.liveId('timeline', input.involving),
        match: input.match,
        include: input.include,
        ...(await range('timeline', input)),
      });
      const entries = found.slice(0, input.limit ?? DEFAULT_LIST_LIMIT).map((entry) => ({
        ...cited(query, entry.record as AnyRecord),
        date: entry.date,
        match: entry.match,
      }));
      return {
        text: listText(
          'Timeline entries',
          entries.map((entry) =>
            itemText(entry, `${entry.date.edtf}${entry.match === 'possible' ? ' (possibly in range)' : ''}`),
          ),
          found.length,
        ),
        data: { total: found.length, entries },
      };
    },
  );

  tool(
    'quotes',
    {
      title: 'Quotations',
      description:
        'Quotations the report gives, by speaker (a person, or the body an unnamed speaker belongs to), containing words, or dated within a range; each with its verbatim text, speaker and citation.',
      inputSchema: args('quotes', {
        speaker: id(
          'quotes',
          'speaker',
          'Only quotations by this speaker, such as person:xi-jinping.',
        ).optional(),
        words: text('quotes', 'words', 'self-reliance', MAX_TEXT_LENGTH)
          .optional()
          .describe('Only quotations containing every one of these words (case-insensitive).'),
        from: date('quotes', 'from', 'Only quotations dated on or after this date (EDTF).').optional(),
        to: date('quotes', 'to', 'Only quotations dated on or before this date (EDTF).').optional(),
        match: matchArg('quotes'),
        limit: limitArg('quotes', DEFAULT_LIST_LIMIT),
      }),
      outputSchema: z.object({ total, quotes: z.array(citedRecord) }),
    },
    async (input) => {
      const found = query.quotes({
        speaker: input.speaker === undefined ? undefined : ctx.liveId('quotes', input.speaker),
        words: input.words,
        match: input.match,
        ...(await range('quotes', input)),
      });
      const entries = found.slice(0, input.limit ?? DEFAULT_LIST_LIMIT).map((quote) => cited(query, quote));
      return {
        text: listText(
          'Quotations',
          entries.map((entry) => {
            const quote = entry.record as (typeof found)[number];
            const who = quote.speaker.id ?? quote.speaker.description ?? quote.speaker.affiliation ?? '';
            return itemText(entry, `“${quote.text}” — ${who}${quote.date ? `, ${quote.date.edtf}` : ''}`);
          }),
          found.length,
        ),
        data: { total: found.length, quotes: entries },
      };
    },
  );

  tool(
    'relations',
    {
      title: 'Relations',
      description:
        'The relations the report states between a record and others (customer-of, funds, targets, …), optionally of one predicate and one direction (out: the record is the subject; in: the object), each with its citation.',
      inputSchema: args('relations', {
        id: id('relations', 'id', 'The record, such as org:smic.'),
        predicate: oneOf('relations', 'predicate', asTuple(PREDICATE_NAMES))
          .optional()
          .describe('Only relations with this predicate.'),
        direction: oneOf('relations', 'direction', DIRECTIONS)
          .optional()
          .describe('out: the record is the subject; in: the object; both (default).'),
      }),
      outputSchema: z.object({ id: z.string(), total, relations: z.array(citedRecord) }),
    },
    (input) => {
      const recordId = ctx.liveId('relations', input.id);
      const found = query.relationsOf(recordId, {
        predicate: input.predicate,
        direction: input.direction,
      }) as readonly Relation[];
      const entries = found.map((relation) => cited(query, relation));
      return {
        text: listText(
          `Relations of ${labelled(recordId)}`,
          entries.map((entry) => {
            const relation = entry.record as Relation;
            return itemText(
              entry,
              `${labelled(relation.subject)} ${relation.predicate} ${labelled(relation.object)}`,
            );
          }),
          found.length,
        ),
        data: { id: recordId, total: found.length, relations: entries },
      };
    },
  );

  tool(
    'path',
    {
      title: 'Path between two records',
      description:
        'The shortest chain of relations the report states between two records, walked in either direction, each relation with its citation; found is false when nothing links them.',
      inputSchema: args('path', {
        from: id('path', 'from', 'The record to start from, such as org:qualcomm.'),
        to: id('path', 'to', 'The record to reach, such as org:ymtc.'),
      }),
      outputSchema: z.object({
        from: z.string(),
        to: z.string(),
        found: z.boolean(),
        steps: z.array(
          z.object({
            from: z.string().describe('The id this step starts from.'),
            to: z.string().describe('The id this step arrives at.'),
            relation: citedRecord,
          }),
        ),
      }),
    },
    (input) => {
      const from = ctx.liveId('path', input.from);
      const to = ctx.liveId('path', input.to);
      const chain = query.path(from, to);
      const steps = (chain ?? []).map((step) => ({
        from: step.from,
        to: step.to,
        relation: cited(query, step.relation as Relation),
      }));
      const heading = `From ${labelled(from)} to ${labelled(to)}`;
      return {
        text: chain
          ? [
              `${heading}: ${steps.length} relation(s)`,
              ...steps.map((step) =>
                itemText(step.relation, `${labelled(step.from)} → ${labelled(step.to)}`),
              ),
            ].join('\n')
          : `${heading}: no chain of relations in the report’s dataset links them.`,
        data: { from, to, found: chain !== undefined, steps },
      };
    },
  );

  tool(
    'cite',
    {
      title: 'Cite a record',
      description:
        'The citation of a record: the report, section, paragraph and verbatim excerpt, as plain text (default), Markdown, or CSL-JSON items for reference managers.',
      inputSchema: args('cite', {
        id: id('cite', 'id', 'The record to cite, such as figure:zte-fine-2017.'),
        format: oneOf('cite', 'format', FORMATS).optional().describe('text (default), markdown or csl-json.'),
      }),
      outputSchema: z.object({
        id: z.string(),
        format: z.enum(FORMATS),
        citation: z.string().optional().describe('The citation, for text and markdown.'),
        items: z
          .array(z.looseObject({ id: z.string(), quote: z.string() }))
          .optional()
          .describe('CSL-JSON items.'),
      }),
    },
    (input) => {
      const recordId = ctx.liveId('cite', input.id);
      const format = input.format ?? 'text';
      if (format === 'csl-json') {
        const items: readonly CslItem[] = query.cite(recordId, { format });
        return { text: JSON.stringify(items, null, 2), data: { id: recordId, format, items } };
      }
      const citation = query.cite(recordId, { format });
      return { text: citation, data: { id: recordId, format, citation } };
    },
  );
}
