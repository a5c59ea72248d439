import type { CommandSpec } from '../command-line.ts';
import { json, terminalText } from '../output.ts';
import { requireLive } from './shared.ts';

/** `chipwar cite <id>`: the citation of a record. */
export const citeCommand: CommandSpec<'id'> = {
  name: 'cite',
  summary: 'the citation of a record: report, section, paragraph and excerpt',
  arguments: [{ name: 'id', description: 'a record id' }],
  options: [
    {
      name: 'format',
      value: '<format>',
      description: 'citation format',
      choices: ['text', 'markdown', 'csl-json'],
      default: 'text',
    },
  ],
  examples: ['chipwar cite figure:zte-fine-2017', 'chipwar cite org:smic --format csl-json'],
  async run(ctx, { id }, rawOptions) {
    const options = rawOptions as { format: 'text' | 'markdown' | 'csl-json' };

    await requireLive(ctx, 'cite', id);
    const { query } = await ctx.load();
    const citation = query.cite(id, { format: options.format });
    ctx.io.stdout(typeof citation === 'string' ? `${terminalText(citation)}\n` : json(citation));
  },
};
