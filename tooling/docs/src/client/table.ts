// Sorting and filtering for `table.sortable` (the figures table): a button in each header sorts by
// that column and sets aria-sort; the controls form hides the rows that do not match. Query
// parameters preset the filters, so a chart can link to `figures.html?metric=fund-size`.

function sortKey(cell: HTMLTableCellElement | undefined, numeric: boolean): string | number {
  const text = cell?.dataset.sort ?? cell?.textContent ?? '';
  if (!numeric) return text.toLocaleLowerCase();
  const number = Number.parseFloat(text);
  return Number.isNaN(number) ? Number.NEGATIVE_INFINITY : number;
}

function makeSortable(table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const headers = [...(table.tHead?.rows[0]?.cells ?? [])];
  if (!body) return;
  headers.forEach((header, column) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'sort';
    button.append(
      ...header.childNodes,
      Object.assign(document.createElement('span'), { className: 'sort-icon', ariaHidden: 'true' }),
    );
    header.replaceChildren(button);
    button.addEventListener('click', () => {
      const ascending = header.getAttribute('aria-sort') !== 'ascending';
      for (const other of headers) other.removeAttribute('aria-sort');
      header.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
      const numeric = header.dataset.numeric !== undefined;
      const rows = [...body.rows].map((row, index) => ({
        row,
        index,
        key: sortKey(row.cells[column], numeric),
      }));
      rows.sort((a, b) => {
        const order = a.key < b.key ? -1 : a.key > b.key ? 1 : a.index - b.index;
        return ascending ? order : -order;
      });
      body.append(...rows.map((entry) => entry.row));
    });
  });
}

function makeFilterable(form: HTMLFormElement, table: HTMLTableElement): void {
  const body = table.tBodies[0];
  const status = form.querySelector('output');
  if (!body) return;
  const controls = [...form.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-filter]')];
  const params = new URLSearchParams(window.location.search);
  for (const control of controls) {
    const preset = params.get(control.dataset.filter ?? '');
    if (preset !== null) control.value = preset;
  }
  const apply = () => {
    let shown = 0;
    for (const row of body.rows) {
      const visible = controls.every((control) => {
        const name = control.dataset.filter ?? '';
        const wanted = control.value.trim().toLocaleLowerCase();
        if (!wanted) return true;
        if (name === 'text') {
          const text = (row.textContent ?? '').toLocaleLowerCase();
          return wanted.split(/\s+/).every((word) => text.includes(word));
        }
        return (row.dataset[name] ?? '').toLocaleLowerCase().split(' ').includes(wanted);
      });
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    if (status) status.textContent = `Showing ${shown} of ${body.rows.length}.`;
  };
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('reset', () => setTimeout(apply));
  form.addEventListener('submit', (event) => event.preventDefault());
  form.hidden = false;
  apply();
}

for (const table of document.querySelectorAll<HTMLTableElement>('table.sortable')) makeSortable(table);
for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-controls]')) {
  const table = document.getElementById(form.dataset.tableControls ?? '');
  if (table instanceof HTMLTableElement) makeFilterable(form, table);
}
