// The timeline's filters and zoom (pages/timeline.tsx). Zoom re-places each bar with the same
// geometry the build used (lib/timeline-layout.ts); an event outside the zoomed years is hidden,
// one whose open or vague range reaches into them stays, drawn to the edge.
import { place, ticks, type View } from '../lib/timeline-layout.ts';

function start(): void {
  const timeline = document.querySelector<HTMLElement>('.timeline');
  const form = document.querySelector<HTMLFormElement>('form[data-timeline-controls]');
  const axis = timeline?.querySelector<HTMLElement>('[data-axis]');
  if (!timeline || !form || !axis) return;
  const extent: View = { from: Number(timeline.dataset.from), to: Number(timeline.dataset.to) };
  const zoom = form.querySelector<HTMLSelectElement>('[data-zoom]');
  const participant = form.querySelector<HTMLSelectElement>('[data-participant]');
  const statuses = [...form.querySelectorAll<HTMLInputElement>('input[data-status]')];
  const output = form.querySelector('output');
  const rows = [...timeline.querySelectorAll<HTMLElement>('.tl-row')];

  const viewOf = (value: string): View => {
    const match = /^(\d+)-(\d+)$/.exec(value);
    return match ? { from: Number(match[1]), to: Number(match[2]) } : extent;
  };

  const apply = () => {
    const view = viewOf(zoom?.value ?? 'all');
    const who = participant?.value ?? '';
    const allowed = new Set(statuses.filter((box) => box.checked).map((box) => box.dataset.status));
    let shown = 0;
    for (const row of rows) {
      const bar = row.querySelector<HTMLElement>('[data-bar]');
      const at = place({ start: Number(row.dataset.start), end: Number(row.dataset.end) }, view);
      const visible =
        at !== undefined &&
        allowed.has(row.dataset.status) &&
        (!who || (row.dataset.participants ?? '').split(' ').includes(who));
      row.hidden = !visible;
      if (!visible || !at || !bar) continue;
      shown += 1;
      bar.style.display = '';
      bar.style.left = `${at.left.toFixed(2)}%`;
      bar.style.width = `${at.width.toFixed(2)}%`;
      bar.classList.toggle('clipped-start', at.clippedStart);
      bar.classList.toggle('clipped-end', at.clippedEnd);
    }
    axis.replaceChildren(
      ...ticks(view).map((tick) => {
        const span = document.createElement('span');
        span.className = 'tl-tick';
        span.style.left = `${(((tick.at - view.from) / (view.to - view.from)) * 100).toFixed(2)}%`;
        span.textContent = tick.label;
        return span;
      }),
    );
    timeline.dataset.view = `${view.from}-${view.to}`;
    const years = view.to - view.from === 1 ? String(view.from) : `${view.from}–${view.to}`;
    if (output) output.textContent = `Showing ${shown} of ${rows.length} events, ${years}.`;
  };

  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}

start();
