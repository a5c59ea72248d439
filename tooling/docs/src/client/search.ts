// The search box of every page (components/SearchBox.tsx), as an ARIA 1.2 combobox: results as you
// type, grouped by kind; arrow keys move, Enter opens, Escape closes and then clears. The index is
// a script (assets/search-index.js), not fetched JSON, so search works from file:// too; it loads
// on first focus, so pages that are only read never pay for it.
import MiniSearch from 'minisearch';
import { SEARCH_OPTIONS, type StoredFields } from '../lib/search-index.ts';

interface SearchIndexFile {
  /** The kinds in display order, with their plural. */
  kinds: [kind: string, plural: string][];
  /** The MiniSearch index, as `JSON.stringify(miniSearch)` wrote it. */
  index: string;
}

declare global {
  interface Window {
    chipwarSearch?: SearchIndexFile;
  }
}

const PER_KIND = 6;

function start(): void {
  const form = document.querySelector<HTMLFormElement>('form[data-search]');
  const input = form?.querySelector<HTMLInputElement>('input[role="combobox"]');
  const listbox = form?.querySelector<HTMLElement>('[role="listbox"]');
  const status = form?.querySelector<HTMLElement>('[role="status"]');
  if (!form || !input || !listbox || !status) return;
  const root = document.documentElement.dataset.root ?? '';
  form.hidden = false;

  let engine: MiniSearch | undefined;
  let plural = new Map<string, string>();
  let loading: Promise<void> | undefined;
  let options: HTMLElement[] = [];
  let active = -1;

  const load = () => {
    loading ??= new Promise<void>((resolve, reject) => {
      const script = document.createElement('script');
      script.src = `${root}assets/search-index.js`;
      script.onload = () => {
        const file = window.chipwarSearch;
        if (!file) return reject(new Error('search: assets/search-index.js did not define the index'));
        engine = MiniSearch.loadJSON(file.index, SEARCH_OPTIONS);
        plural = new Map(file.kinds);
        resolve();
      };
      script.onerror = () => reject(new Error('search: assets/search-index.js could not be loaded'));
      document.head.append(script);
    });
    return loading;
  };

  const close = () => {
    listbox.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };

  const activate = (index: number) => {
    for (const [at, option] of options.entries()) option.setAttribute('aria-selected', String(at === index));
    active = index;
    const option = options[index];
    if (option) {
      input.setAttribute('aria-activedescendant', option.id);
      option.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };

  const open = (option: HTMLElement | undefined) => {
    if (option?.dataset.url) window.location.href = root + option.dataset.url;
  };

  const render = () => {
    const query = input.value.trim();
    if (!engine || query.length < 2) {
      close();
      status.textContent = '';
      return;
    }
    const groups = new Map<string, (StoredFields & { id: string })[]>();
    for (const result of engine.search(query)) {
      const stored = result as unknown as StoredFields & { id: string };
      const list = groups.get(stored.kind) ?? [];
      if (list.length < PER_KIND) list.push(stored);
      groups.set(stored.kind, list);
    }
    listbox.replaceChildren();
    options = [];
    // Groups in the order of their best result, so the best match is always on top.
    for (const [kind, list] of groups) {
      const group = document.createElement('div');
      group.setAttribute('role', 'group');
      group.setAttribute('aria-labelledby', `site-search-group-${kind}`);
      const label = document.createElement('div');
      label.setAttribute('role', 'presentation');
      label.id = `site-search-group-${kind}`;
      label.className = 'search-group';
      label.textContent = plural.get(kind) ?? kind;
      group.append(label);
      for (const item of list) {
        const option = document.createElement('div');
        option.setAttribute('role', 'option');
        option.setAttribute('aria-selected', 'false');
        option.id = `site-search-option-${options.length}`;
        option.dataset.url = item.url;
        option.className = 'search-option';
        const title = document.createElement('span');
        title.textContent = item.title;
        const id = document.createElement('span');
        id.className = 'search-id';
        id.textContent = item.id;
        option.append(title, id);
        option.addEventListener('mousedown', (event) => event.preventDefault());
        option.addEventListener('click', () => open(option));
        group.append(option);
        options.push(option);
      }
      listbox.append(group);
    }
    const count = options.length;
    status.textContent =
      count === 0
        ? `No record matches “${query}”.`
        : `${count} result${count === 1 ? '' : 's'}; arrow keys to choose, Enter to open.`;
    listbox.hidden = count === 0;
    input.setAttribute('aria-expanded', String(count > 0));
    active = -1;
    input.removeAttribute('aria-activedescendant');
  };

  input.addEventListener('focus', () => {
    load().then(render, (error: Error) => {
      status.textContent = error.message;
    });
  });
  input.addEventListener('input', () => {
    load().then(render, () => undefined);
  });
  input.addEventListener('keydown', (event) => {
    const expanded = !listbox.hidden;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!expanded) render();
        if (options.length) activate((active + 1) % options.length);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (options.length) activate(active <= 0 ? options.length - 1 : active - 1);
        break;
      case 'Enter':
        event.preventDefault();
        if (expanded) open(options[active] ?? options[0]);
        break;
      case 'Escape':
        // A search input clears itself on Escape; the first Escape only closes the results.
        if (expanded) {
          event.preventDefault();
          close();
        } else input.value = '';
        break;
    }
  });
  input.addEventListener('blur', close);
  form.addEventListener('submit', (event) => event.preventDefault());
}

start();
