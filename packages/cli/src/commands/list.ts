import { KIND_NAMES } from '@chipwar/schema/core';
import type { CommandSpec } from '../command-line.ts';
import { kindArgument } from '../context.ts';
import { renderTable } from '../output.ts';
import { nameOf } from './shared.ts';

/** `chipwar list <kind>`: every record of a kind. */
export const listCommand: CommandSpec<'kind'> = {
  name: 'list',
  summary: 'every record of a kind',
  arguments: [{ name: 'kind', description: `one of ${KIND_NAMES.join(', ')} (or their plural)` }],
  options: [],
  examples: ['chipwar list organizations', 'chipwar list tactic --json'],
  async run(ctx, { kind: kindText }, _options) {
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
  },
};
