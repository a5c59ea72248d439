// Charts of figures drawn by Observable Plot at build time: Plot renders to SVG against jsdom's
// document, so the page ships the finished SVG and reads without JavaScript.
import * as Plot from '@observablehq/plot';
import { JSDOM } from 'jsdom';

const { document } = new JSDOM('').window;

/** One figure as a chart shows it. */
export interface ChartRow {
  readonly id: string;
  /** The figure's label, shortened for the axis. */
  readonly label: string;
  /** The value as `formatFigure` writes it. */
  readonly text: string;
  /** The value, or the bounds of a range (exactly one of the two). */
  readonly value?: number;
  readonly range?: { readonly min: number; readonly max: number };
  /** The figure's page, relative to the chart's page. */
  readonly href: string;
}

function short(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * A horizontal chart of comparable figures, one row each: a bar for a value, a line with end ticks
 * for a range, the formatted value written beside it. A log scale when the values span more than
 * two orders of magnitude, so that $1 million and $100 billion both stay visible.
 *
 * ```ts
 * figureChart(rows, { label: 'Fund size (USD)' }); // '<svg …>…</svg>'
 * ```
 */
export function figureChart(rows: readonly ChartRow[], { label }: { label: string }): string {
  const ends = rows.flatMap((row) => (row.range ? [row.range.min, row.range.max] : [row.value ?? 0]));
  const positive = ends.filter((value) => value > 0);
  const log = positive.length === ends.length && Math.max(...positive) / Math.min(...positive) > 100;
  const high = (row: ChartRow) => row.range?.max ?? row.value ?? 0;
  // Rows are keyed by id: two figures can share a (shortened) label.
  const data = rows.map((row) => ({
    ...row,
    y: row.id,
    high: high(row),
    low: row.range?.min ?? row.value ?? 0,
  }));
  const labelOf = new Map(rows.map((row) => [row.id, short(row.label)]));
  const compact = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });
  const values = data.filter((row) => row.range === undefined);
  const ranges = data.filter((row) => row.range !== undefined);
  const max = Math.max(...ends);
  const svg = Plot.plot({
    document,
    width: 900,
    height: 44 + rows.length * 26,
    marginLeft: 300,
    marginRight: 190,
    ariaLabel: label,
    style: { fontSize: '12px', color: '#1d232a', background: 'transparent' },
    x: log
      ? {
          type: 'log',
          domain: [Math.min(...positive) / 2, max * 2],
          grid: true,
          label: null,
          tickFormat: (d: number) => compact.format(d),
        }
      : {
          domain: [Math.min(0, ...ends), max * 1.05],
          grid: true,
          label: null,
          tickFormat: (d: number) => compact.format(d),
        },
    y: {
      label: null,
      domain: data.map((row) => row.y),
      tickSize: 0,
      tickFormat: (id: string) => labelOf.get(id) ?? id,
    },
    marks: [
      log
        ? Plot.dot(values, {
            x: 'value',
            y: 'y',
            r: 5,
            fill: '#2f5bd3',
            href: 'href',
            ariaLabel: (d) => `${d.label}: ${d.text}`,
            title: 'text',
          })
        : Plot.barX(values, {
            x: 'value',
            y: 'y',
            fill: '#2f5bd3',
            inset: 4,
            href: 'href',
            ariaLabel: (d) => `${d.label}: ${d.text}`,
            title: 'text',
          }),
      Plot.ruleY(ranges, {
        x1: 'low',
        x2: 'high',
        y: 'y',
        stroke: '#b24a00',
        strokeWidth: 3,
        ariaHidden: 'true',
      }),
      Plot.tickX(ranges, {
        x: 'low',
        y: 'y',
        stroke: '#b24a00',
        strokeWidth: 2,
        inset: 6,
        ariaHidden: 'true',
      }),
      Plot.tickX(ranges, {
        x: 'high',
        y: 'y',
        stroke: '#b24a00',
        strokeWidth: 2,
        inset: 6,
        href: 'href',
        ariaLabel: (d) => `${d.label}: ${d.text}`,
        title: 'text',
      }),
      // The written values repeat what each mark's label says; hidden from assistive technology to avoid saying it twice.
      Plot.text(data, {
        x: 'high',
        y: 'y',
        text: 'text',
        dx: 8,
        textAnchor: 'start',
        fill: '#1d232a',
        clip: false,
        ariaHidden: 'true',
      }),
      log ? null : Plot.ruleX([0], { stroke: '#5c6670', ariaHidden: 'true' }),
    ],
  });
  return svg.outerHTML;
}
