import type { Command } from 'commander';
import type { Context } from '../context.ts';
import { terminalText } from '../output.ts';
import { describeValue, requireLive } from './shared.ts';

/** `chipwar show <id>`: one record, its relations and its citation. */
export function registerShow(program: Command, ctx: Context): void {
  program
    .command('show')
    .description('one record with its fields, its relations and its citation')
    .argument('<id>', 'a record id, such as org:smic')
    .addHelpText('after', '\nExamples:\n  chipwar show org:smic\n  chipwar show figure:zte-fine-2017 --json')
    .action(async (id: string) => {
      await requireLive(ctx, 'show', id);
      const { query } = await ctx.load();
      const { c } = ctx;
      const record = query.get(id);
      const relations = query.relationsOf(id);
      const citation = query.cite(id);
      ctx.emit({ record, relations, citation }, () =>
        [
          ...Object.entries(record)
            .filter(([key]) => key !== 'sources')
            .map(([key, value]) => `${c.dim(`${key}:`.padEnd(14))} ${describeValue(value)}`),
          '',
          c.bold(`relations (${relations.length})`),
          ...relations.map(
            (relation) =>
              `  ${terminalText(relation.subject)} ${c.cyan(relation.predicate)} ${terminalText(relation.object)}`,
          ),
          '',
          c.bold('citation'),
          terminalText(citation),
          '',
        ].join('\n'),
      );
    });
}
