// The timeline: every event on one axis, drawn as what the report knows of its date (a day, a
// stretch it happened within, an interval, an open end), with filters and zoom in client/timeline.ts.
// The page as built shows the whole axis, so it reads without JavaScript.
import { timeline } from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import { KindBadge } from '../components/RecordLink.tsx';
import { Layout } from '../layout/Layout.tsx';
import {
  extentOf,
  place,
  type RangeDate,
  rangeOf,
  ticks,
  type View,
  yearFraction,
} from '../lib/timeline-layout.ts';
import { nameOf, recordOf } from '../site/data.ts';
import { recordPath } from '../site/paths.ts';
import { useHref } from '../site/render.tsx';

const STATUSES = ['occurred', 'reported', 'planned', 'forecast'] as const;

/** The date in words a reader can check against the drawing. */
function describeDate(date: RangeDate): string {
  if (date.start === null && date.end === null) return 'date not given';
  if (date.start === null) return `by ${date.end}; the start is not given`;
  if (date.end === null) return `from ${date.start}; no end is given`;
  const vague = date.approximate ? ', approximately' : date.uncertain ? ', uncertain' : '';
  if (date.start === date.end) return `${date.start}${vague}`;
  return `${date.edtf.includes('/') ? '' : 'within '}${date.start} to ${date.end}${vague}`;
}

const fmt = (value: number) => value.toFixed(2);

function Axis({ view }: { view: View }) {
  return (
    <div class="tl-axis" aria-hidden="true" data-axis>
      {ticks(view).map((tick) => (
        <span
          class="tl-tick"
          style={{ left: `${fmt(((tick.at - view.from) / (view.to - view.from)) * 100)}%` }}
          key={tick.at}
        >
          {tick.label}
        </span>
      ))}
    </div>
  );
}

/** The timeline page. */
export function TimelinePage() {
  const href = useHref();
  const entries = timeline();
  const extent = extentOf(entries.map((entry) => entry.date));
  const participants = new Map<string, number>();
  for (const entry of entries)
    for (const id of (entry.record as { participants?: string[] }).participants ?? [])
      participants.set(id, (participants.get(id) ?? 0) + 1);
  const participantOptions = [...participants]
    .map(([id, count]) => ({ id, count, name: nameOf(recordOf(id) as AnyRecord) }))
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name));
  // Years worth zooming to: those in which some event has a known first or last day.
  const years = [
    ...new Set(
      entries.flatMap((entry) =>
        [entry.date.start, entry.date.end]
          .filter((day): day is string => day !== null)
          .map((day) => Math.floor(yearFraction(day))),
      ),
    ),
  ]
    .filter((year) => year >= 2000)
    .sort((a, b) => a - b);
  const recent = years[0] ?? extent.from;
  return (
    <Layout
      title="Timeline"
      description="Every event of the report on one axis, uncertain and open dates included"
      scripts={['timeline']}
      wide
      crumbs={[['Home', 'index.html'], ['Catalog', 'catalog/index.html'], ['timeline']]}
    >
      <p>
        All {entries.length} events of the report, in order. A dot is a day the report gives; a bar a stretch
        of time; a faded end is one the report leaves vague (“in 2018”, “around 2022”) and a bar that fades
        out to the edge is an open date: the report says only “before” or “from … on”.
      </p>
      <form class="tl-controls" data-timeline-controls hidden>
        <label>
          Zoom{' '}
          <select data-zoom>
            <option value="all">
              All years ({extent.from}–{extent.to})
            </option>
            <option value={`${recent}-${extent.to}`}>
              Since {recent} ({recent}–{extent.to})
            </option>
            {years.map((year) => (
              <option value={`${year}-${year + 1}`} key={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        <label>
          Participant{' '}
          <select data-participant>
            <option value="">anyone</option>
            {participantOptions.map((option) => (
              <option value={option.id} key={option.id}>
                {option.name} ({option.count})
              </option>
            ))}
          </select>
        </label>
        <fieldset>
          <legend>Status</legend>
          {STATUSES.map((status) => (
            <label key={status} class={`status-${status}`}>
              <input type="checkbox" data-status={status} checked /> {status}
            </label>
          ))}
        </fieldset>
        <output aria-live="polite" class="tl-status" />
      </form>
      <div class="tl-legend" aria-hidden="true">
        <span>
          <i class="tl-bar shape-point status-occurred" /> a day
        </span>
        <span>
          <i class="tl-bar shape-span status-occurred" /> an interval
        </span>
        <span>
          <i class="tl-bar shape-within fade-start fade-end status-occurred" /> somewhere within
        </span>
        <span>
          <i class="tl-bar fade-start status-occurred" /> open start
        </span>
        <span>
          <i class="tl-bar fade-end status-occurred" /> open end
        </span>
        {STATUSES.map((status) => (
          <span key={status}>
            <i class={`tl-swatch status-${status}`} /> {status}
          </span>
        ))}
      </div>
      <div class="timeline" data-from={extent.from} data-to={extent.to}>
        <Axis view={extent} />
        <ol class="tl-rows">
          {entries.map((entry) => {
            const record = entry.record as unknown as { status: string; participants: string[] };
            const range = rangeOf(entry.date, extent);
            const at = place(range, extent);
            const classes = [
              'tl-bar',
              `shape-${range.shape}`,
              `status-${record.status}`,
              range.fadeStart ? 'fade-start' : '',
              range.fadeEnd ? 'fade-end' : '',
            ].filter(Boolean);
            return (
              <li
                class="tl-row"
                key={entry.id}
                data-start={range.start}
                data-end={range.end}
                data-status={record.status}
                data-participants={record.participants.join(' ')}
              >
                <div class="tl-label">
                  <a href={href(recordPath(entry.id))}>{entry.label}</a>
                  <span class="tl-date">
                    <code>{entry.date.edtf}</code> {describeDate(entry.date)} · {record.status}
                  </span>
                </div>
                <div class="tl-track">
                  <span
                    class={classes.join(' ')}
                    data-bar
                    style={
                      at ? { left: `${fmt(at.left)}%`, width: `${fmt(at.width)}%` } : { display: 'none' }
                    }
                  />
                </div>
              </li>
            );
          })}
        </ol>
      </div>
      <p class="muted">
        <KindBadge kind="event" /> Dates are EDTF (ISO 8601-2): <code>2018-04</code> a month,{' '}
        <code>2022~</code> an approximate year, <code>../2018</code> an open start, <code>2023-05-03/..</code>{' '}
        an open end.
      </p>
    </Layout>
  );
}
