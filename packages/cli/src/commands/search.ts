import type { Command } from 'commander';
import { type Context, kindArgument } from '../context.ts';
import { usageError } from '../errors.ts';
import { renderTable } from '../output.ts';
import { nameOf } from './shared.ts';

/** `chipwar search <text>`: ranked full-text search. */
export function registerSearch(program: Command, ctx: Context): void {
  program
    .command('search')
    .description('ranked full-text search over names, labels, descriptions, quotes and excerpts')
    .argument('<text>', 'the words to look for')
    .option('--kind <kind>', 'only this kind')
    .option('--limit <n>', 'at most this many results', '10')
    .addHelpText(
      'after',
      '\nExamples:\n  chipwar search "big fund"\n  chipwar search lithography --kind technology',
    )
    .action(async (text: string, options: { kind?: string; limit: string }) => {
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
    });
}
