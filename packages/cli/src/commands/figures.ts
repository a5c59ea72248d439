import { type Command, Option } from 'commander';
import { type Context, withBounds } from '../context.ts';
import { renderTable } from '../output.ts';
import { MATCH_HELP } from './shared.ts';

/** `chipwar figures`: figures filtered by subject, metric, unit, qualifier and period. */
export function registerFigures(program: Command, ctx: Context): void {
  program
    .command('figures')
    .description('figures, filtered by subject, metric, unit, qualifier and period')
    .option('--subject <id>', 'only figures about this record')
    .option('--metric <slug>', 'only this metric')
    .option('--unit <unit>', 'only this unit (USD, CNY, percent, count, nanometer, …)')
    .option('--qualifier <qualifier>', 'only this qualifier (exact, about, more-than, …)')
    .option('--from <edtf>', 'only figures whose period falls on or after this date')
    .option('--to <edtf>', 'only figures whose period falls on or before this date')
    .addOption(new Option('--match <match>', MATCH_HELP).choices(['certain', 'possible']))
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar figures --subject org:big-fund\n  chipwar figures --unit USD --from 2020 --to 2020',
    )
    .action(async (options: Record<string, string>) => {
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
    });
}
