// The prompts: short instructions that steer an assistant to answer from the report, through the
// tools, citing section and paragraph, and to say so when the report does not answer.
import type { AnyRecord } from '@chipwar/schema';
import { completable } from '@modelcontextprotocol/sdk/server/completable.js';
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { id, MAX_TEXT_LENGTH, text } from './args.ts';
import type { Context } from './context.ts';
import { answering, ERROR_CODES } from './errors.ts';
import { labelOf } from './present.ts';

/** What every prompt asks of the assistant, whatever the question. */
const CITATION_RULES = [
  'Answer only from the chipwar tools of this server, which hold the facts of the CSIS report “China’s New Microchip War” (Gregory C. Allen, 2023-05-03); not from memory or other sources.',
  'Find records with `search`, then read them with `get_record`, `figures`, `timeline`, `quotes`, `relations` or `path`.',
  'Cite every fact with the citation the tools return: the section and paragraph, and the verbatim excerpt in quotation marks.',
  'Quote the report’s own words for numbers, dates and quotations; keep its hedges (“about”, “more than”, “possibly”).',
  'When the dataset does not answer the question, say so plainly instead of guessing.',
].join('\n');

/** Registers the prompts of the server. */
export function registerPrompts(server: McpServer, ctx: Context): void {
  server.registerPrompt(
    'answer_from_report',
    {
      title: 'Answer from the report, with citations',
      description:
        'Answer a question from the report’s dataset only, citing section, paragraph and excerpt for every fact.',
      argsSchema: {
        question: text(
          'answer_from_report',
          'question',
          'Why does China need lithography machines?',
          MAX_TEXT_LENGTH,
        ).describe('The question to answer from the report.'),
      },
    },
    ({ question }) => ({
      description: 'Answer from the report, with citations',
      messages: [
        { role: 'user', content: { type: 'text', text: `${CITATION_RULES}\n\nQuestion: ${question}` } },
      ],
    }),
  );

  server.registerPrompt(
    'brief_on_record',
    {
      title: 'A cited brief on one record',
      description:
        'A short brief on one record of the report (a company, person, policy, technology, …): what the report says of it, its figures, events, quotations and relations, every sentence cited.',
      argsSchema: {
        id: completable(id('brief_on_record', 'id', 'The record, such as org:smic.'), (typed) =>
          ctx.completeId(typed),
        ),
      },
    },
    ({ id: requested }) =>
      answering(ERROR_CODES.invalidParams, () => {
        const recordId = ctx.liveId('brief_on_record', requested);
        const label = labelOf(ctx.query.get(recordId) as AnyRecord);
        const steps = [
          `Write a short brief on ${recordId} (${label}) from the report.`,
          `Read it with get_record, then what the report says around it: figures (subject ${recordId}), timeline (involving ${recordId}), quotes (speaker ${recordId}, where it is a speaker) and relations (id ${recordId}).`,
          'Keep to what these answers say, a few short paragraphs, every sentence cited.',
        ].join('\n');
        return {
          description: `A cited brief on ${label}`,
          messages: [{ role: 'user', content: { type: 'text', text: `${CITATION_RULES}\n\n${steps}` } }],
        };
      }),
  );
}
