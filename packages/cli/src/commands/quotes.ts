import { type Command, Option } from 'commander';
import { type Context, withBounds } from '../context.ts';
import { renderTable } from '../output.ts';
import { MATCH_HELP } from './shared.ts';

/** `chipwar quotes`: quotations by speaker, date or words. */
export function registerQuotes(program: Command, ctx: Context): void {
  program
    .command('quotes')
    .description('quotations, by speaker, date or words')
    .option('--speaker <id>', 'only quotes by this speaker (or by unnamed speakers of this body)')
    .option('--from <edtf>', 'dated on or after')
    .option('--to <edtf>', 'dated on or before')
    .addOption(new Option('--match <match>', MATCH_HELP).choices(['certain', 'possible']))
    .option('--words <words>', 'containing all of these words')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar quotes --speaker person:xi-jinping\n  chipwar quotes --words "self-reliance"',
    )
    .action(async (options: Record<string, string>) => {
      const { query } = await ctx.load();
      const found = query.quotes(await withBounds(options));
      ctx.emit(found, () =>
        renderTable(
          ctx.io,
          ['date', 'speaker', 'quote'],
          found.map((quote) => [
            quote.date?.edtf ?? '',
            quote.speaker.id ?? quote.speaker.description ?? '',
            quote.text,
          ]),
          80,
        ),
      );
    });
}
