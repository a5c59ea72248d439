import type { CommandSpec } from '../command-line.ts';
import { withBounds } from '../context.ts';
import { renderTable } from '../output.ts';
import { MATCH_HELP } from './shared.ts';

/** `chipwar timeline`: dated records in order. */
export const timelineCommand: CommandSpec = {
  name: 'timeline',
  summary: 'dated events (and, with --include, policies, documents, quotes) in order',
  arguments: [],
  options: [
    {
      name: 'from',
      value: '<edtf>',
      description: 'from this date (any EDTF date: 2018, 2018-04, 2022-10-07, 2022~)',
    },
    { name: 'to', value: '<edtf>', description: 'up to this date' },
    { name: 'match', value: '<match>', description: MATCH_HELP, choices: ['certain', 'possible'] },
    { name: 'involving', value: '<id>', description: 'only entries that involve this record' },
    {
      name: 'include',
      value: '<kinds>',
      description: 'comma-separated: event, policy, document, quote',
      default: 'event',
    },
  ],
  examples: [
    'chipwar timeline --from 2018 --to 2018',
    'chipwar timeline --from 2022 --to 2022 --match possible',
    'chipwar timeline --involving org:zte --include event,quote',
  ],
  async run(ctx, _args, rawOptions) {
    const options = rawOptions as {
      from?: string;
      to?: string;
      involving?: string;
      include: string;
      match?: string;
    };

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
};
