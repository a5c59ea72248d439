import type { CommandSpec } from '../command-line.ts';
import { kindArgument } from '../context.ts';
import { usageError } from '../errors.ts';
import { renderTable } from '../output.ts';
import { nameOf } from './shared.ts';

/** `chipwar search <text>`: ranked full-text search. */
export const searchCommand: CommandSpec<'text'> = {
  name: 'search',
  summary: 'ranked full-text search over names, labels, descriptions, quotes and excerpts',
  arguments: [{ name: 'text', description: 'the words to look for' }],
  options: [
    { name: 'kind', value: '<kind>', description: 'only this kind' },
    { name: 'limit', value: '<n>', description: 'at most this many results', default: '10' },
  ],
  examples: ['chipwar search "big fund"', 'chipwar search lithography --kind technology'],
  async run(ctx, { text }, rawOptions) {
    const options = rawOptions as { kind?: string; limit: string };

    const limit = Number(options.limit);
    if (!/^\d+$/.test(options.limit) || !Number.isSafeInteger(limit) || limit < 1) {
      throw usageError(
        `--limit must be a whole number ≥ 1; received ${JSON.stringify(options.limit.slice(0, 40))}`,
      );
    }
    const kinds = options.kind ? [kindArgument(options.kind)] : undefined;
    const { query } = await ctx.load();
    const results = query.search(text, { limit, ...(kinds && { kinds }) });
    ctx.emit(
      results.map(({ record: _record, ...rest }) => rest),
      () =>
        renderTable(
          ctx.io,
          ['id', 'kind', 'score', 'name'],
          results.map((result) => [result.id, result.kind, result.score.toFixed(1), nameOf(result.record)]),
        ),
    );
  },
};
