// The search box of every page: an ARIA 1.2 combobox whose listbox groups results by kind. Hidden
// until the search script has started, since without JavaScript it could not answer.
/** The search box; `client/search.ts` brings it to life. */
export function SearchBox() {
  return (
    // biome-ignore lint/a11y/useSemanticElements: <search> is too new for every reader; form role=search is the established landmark
    <form class="search" role="search" hidden data-search>
      <label for="site-search" class="visually-hidden">
        Search the records
      </label>
      <input
        id="site-search"
        type="search"
        placeholder="Search names, aliases, excerpts…"
        // biome-ignore lint/a11y/noRedundantRoles: without a list attribute a search input is a searchbox; the combobox role is what makes it announce the listbox
        role="combobox"
        aria-autocomplete="list"
        aria-expanded="false"
        aria-controls="site-search-results"
        autocomplete="off"
        spellcheck={false}
        list={undefined}
      />
      <div
        id="site-search-results"
        class="search-results"
        role="listbox"
        aria-label="Search results"
        hidden
      />
      <p id="site-search-status" class="visually-hidden" role="status" aria-live="polite" />
    </form>
  );
}
