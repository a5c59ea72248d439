import { type Command, Option } from 'commander';
import type { Context } from '../context.ts';
import { json, terminalText } from '../output.ts';
import { requireLive } from './shared.ts';

/** `chipwar cite <id>`: the citation of a record. */
export function registerCite(program: Command, ctx: Context): void {
  program
    .command('cite')
    .description('the citation of a record: report, section, paragraph and excerpt')
    .argument('<id>', 'a record id')
    .addOption(
      new Option('--format <format>', 'citation format')
        .choices(['text', 'markdown', 'csl-json'])
        .default('text'),
    )
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar cite figure:zte-fine-2017\n  chipwar cite org:smic --format csl-json',
    )
    .action(async (id: string, options: { format: 'text' | 'markdown' | 'csl-json' }) => {
      await requireLive(ctx, 'cite', id);
      const { query } = await ctx.load();
      const citation = query.cite(id, { format: options.format });
      ctx.io.stdout(typeof citation === 'string' ? `${terminalText(citation)}\n` : json(citation));
    });
}
