import { KIND_NAMES } from '@chipwar/schema/core';
import type { Command } from 'commander';
import { type Context, kindArgument } from '../context.ts';
import { renderTable } from '../output.ts';
import { nameOf } from './shared.ts';

/** `chipwar list <kind>`: every record of a kind. */
export function registerList(program: Command, ctx: Context): void {
  program
    .command('list')
    .description('every record of a kind')
    .argument('<kind>', `one of ${KIND_NAMES.join(', ')} (or their plural)`)
    .addHelpText('after', '\nExamples:\n  chipwar list organizations\n  chipwar list tactic --json')
    .action(async (kindText: string) => {
      const kind = kindArgument(kindText);
      const { query } = await ctx.load();
      const records = query.list(kind);
      ctx.emit(records, () =>
        renderTable(
          ctx.io,
          ['id', 'name'],
          records.map((record) => [record.id, nameOf(record)]),
        ),
      );
    });
}
