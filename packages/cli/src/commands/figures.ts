import type { CommandSpec } from '../command-line.ts';
import { withBounds } from '../context.ts';
import { renderTable } from '../output.ts';
import { MATCH_HELP } from './shared.ts';

/** `chipwar figures`: figures filtered by subject, metric, unit, qualifier and period. */
export const figuresCommand: CommandSpec = {
  name: 'figures',
  summary: 'figures, filtered by subject, metric, unit, qualifier and period',
  arguments: [],
  options: [
    { name: 'subject', value: '<id>', description: 'only figures about this record' },
    { name: 'metric', value: '<slug>', description: 'only this metric' },
    { name: 'unit', value: '<unit>', description: 'only this unit (USD, CNY, percent, count, nanometer, …)' },
    {
      name: 'qualifier',
      value: '<qualifier>',
      description: 'only this qualifier (exact, about, more-than, …)',
    },
    { name: 'from', value: '<edtf>', description: 'only figures whose period falls on or after this date' },
    { name: 'to', value: '<edtf>', description: 'only figures whose period falls on or before this date' },
    { name: 'match', value: '<match>', description: MATCH_HELP, choices: ['certain', 'possible'] },
  ],
  examples: ['chipwar figures --subject org:big-fund', 'chipwar figures --unit USD --from 2020 --to 2020'],
  async run(ctx, _args, rawOptions) {
    const options = rawOptions as Record<string, string>;

    const { query } = await ctx.load();
    const { formatFigure } = await import('@chipwar/query');
    const found = query.figures(await withBounds(options));
    ctx.emit(found, () =>
      renderTable(
        ctx.io,
        ['id', 'figure', 'label'],
        found.map((figure) => [figure.id, formatFigure(figure), figure.label]),
      ),
    );
  },
};
