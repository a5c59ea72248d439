import { KIND_NAMES, KINDS } from '@chipwar/schema/core';
import type { CommandSpec } from '../command-line.ts';
import { renderTable, terminalText } from '../output.ts';

/** `chipwar stats`: versions, source, records per kind, and the largest dollar figures. */
export const statsCommand: CommandSpec = {
  name: 'stats',
  summary: 'dataset and schema versions, source, records per kind, and headline figures',
  arguments: [],
  options: [],
  examples: ['chipwar stats', 'chipwar stats --json'],
  async run(ctx, _args, _options) {
    const { dataset, query } = await ctx.load();
    const { formatFigure } = await import('@chipwar/query');
    const { c, io } = ctx;
    const counts = Object.fromEntries(
      KIND_NAMES.map((kind) => [KINDS[kind].collection, dataset[KINDS[kind].collection].length]),
    );
    let total = 0;
    for (const count of Object.values(counts)) total += count;
    const headline = [...query.figures({ unit: 'USD' })]
      .filter((figure) => figure.value !== undefined)
      .sort((a, b) => (b.value ?? 0) - (a.value ?? 0))
      .slice(0, 5);
    const { meta } = dataset;
    ctx.emit(
      {
        datasetVersion: meta.datasetVersion,
        schemaVersion: meta.schemaVersion,
        source: meta.source,
        counts,
        total,
        headlineFigures: headline,
      },
      () => {
        const formatted = headline.map((figure) => formatFigure(figure));
        const width = formatted.reduce((widest, text) => Math.max(widest, text.length), 0);
        return [
          `${c.bold('chipwar')} dataset ${terminalText(meta.datasetVersion)} (schema ${terminalText(meta.schemaVersion)})`,
          terminalText(`source: ${meta.source.author}, “${meta.source.title}”, ${meta.source.date}`),
          '',
          renderTable(
            io,
            ['kind', 'records'],
            [...Object.entries(counts).map(([name, count]) => [name, String(count)]), ['all', String(total)]],
          ).trimEnd(),
          '',
          c.bold('largest dollar figures'),
          ...headline.map(
            (figure, index) =>
              `  ${terminalText(formatted[index] ?? '').padEnd(width)}  ${terminalText(figure.label)}`,
          ),
          '',
        ].join('\n');
      },
    );
  },
};
