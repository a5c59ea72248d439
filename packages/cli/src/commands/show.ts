import type { CommandSpec } from '../command-line.ts';
import { terminalText } from '../output.ts';
import { describeValue, requireLive } from './shared.ts';

/** `chipwar show <id>`: one record, its relations and its citation. */
export const showCommand: CommandSpec<'id'> = {
  name: 'show',
  summary: 'one record with its fields, its relations and its citation',
  arguments: [{ name: 'id', description: 'a record id, such as org:smic' }],
  options: [],
  examples: ['chipwar show org:smic', 'chipwar show figure:zte-fine-2017 --json'],
  async run(ctx, { id }, _options) {
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
  },
};
