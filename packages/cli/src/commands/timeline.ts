import { type Command, Option } from 'commander';
import { type Context, withBounds } from '../context.ts';
import { renderTable } from '../output.ts';
import { MATCH_HELP } from './shared.ts';

/** `chipwar timeline`: dated records in order. */
export function registerTimeline(program: Command, ctx: Context): void {
  program
    .command('timeline')
    .description('dated events (and, with --include, policies, documents, quotes) in order')
    .option('--from <edtf>', 'from this date (any EDTF date: 2018, 2018-04, 2022-10-07, 2022~)')
    .option('--to <edtf>', 'up to this date')
    .addOption(new Option('--match <match>', MATCH_HELP).choices(['certain', 'possible']))
    .option('--involving <id>', 'only entries that involve this record')
    .option('--include <kinds>', 'comma-separated: event, policy, document, quote', 'event')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar timeline --from 2018 --to 2018\n  chipwar timeline --from 2022 --to 2022 --match possible\n  chipwar timeline --involving org:zte --include event,quote',
    )
    .action(
      async (options: {
        from?: string;
        to?: string;
        involving?: string;
        include: string;
        match?: string;
      }) => {
        const { query } = await ctx.load();
        const include = options.include.split(',').map((kind) => kind.trim()) as never;
        const entries = query.timeline({ ...(await withBounds(options)), include } as never);
        const possible = options.match === 'possible';
        ctx.emit(entries, () =>
          renderTable(
            ctx.io,
            possible ? ['date', 'match', 'kind', 'label', 'id'] : ['date', 'kind', 'label', 'id'],
            entries.map((entry) =>
              possible
                ? [entry.date.edtf, entry.match, entry.kind, entry.label, entry.id]
                : [entry.date.edtf, entry.kind, entry.label, entry.id],
            ),
            60,
          ),
        );
      },
    );
}
