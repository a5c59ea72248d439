import type { CommandSpec } from '../command-line.ts';
import { withBounds } from '../context.ts';
import { renderTable } from '../output.ts';
import { MATCH_HELP } from './shared.ts';

/** `chipwar quotes`: quotations by speaker, date or words. */
export const quotesCommand: CommandSpec = {
  name: 'quotes',
  summary: 'quotations, by speaker, date or words',
  arguments: [],
  options: [
    {
      name: 'speaker',
      value: '<id>',
      description: 'only quotes by this speaker (or by unnamed speakers of this body)',
    },
    { name: 'from', value: '<edtf>', description: 'dated on or after' },
    { name: 'to', value: '<edtf>', description: 'dated on or before' },
    { name: 'match', value: '<match>', description: MATCH_HELP, choices: ['certain', 'possible'] },
    { name: 'words', value: '<words>', description: 'containing all of these words' },
  ],
  examples: ['chipwar quotes --speaker person:xi-jinping', 'chipwar quotes --words "self-reliance"'],
  async run(ctx, _args, rawOptions) {
    const options = rawOptions as Record<string, string>;

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
  },
};
