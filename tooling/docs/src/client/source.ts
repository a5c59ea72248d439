// On the annotated report: when the page is opened at a citation's marker (#cite-…), highlight that
// excerpt's words, not only its paragraph (which CSS does with :has(:target)).

function highlight(): void {
  for (const mark of document.querySelectorAll('mark.current')) mark.classList.remove('current');
  const id = decodeURIComponent(window.location.hash.slice(1));
  const marker = id ? document.getElementById(id) : null;
  const n = marker?.dataset.n;
  const paragraph = marker?.closest('.para');
  if (!n || !paragraph) return;
  for (const mark of paragraph.querySelectorAll<HTMLElement>('mark[data-x]')) {
    if ((mark.dataset.x ?? '').split(' ').includes(n)) mark.classList.add('current');
  }
  paragraph.scrollIntoView({ block: 'center' });
}

window.addEventListener('hashchange', highlight);
highlight();
