// A record's citations: the excerpt, where it stands, a link to it in the annotated report, and the
// citation as `cite` writes it, ready to copy.
import { cite } from '@chipwar/query';
import type { AnyRecord } from '@chipwar/schema';
import { headingLine } from '../site/data.ts';
import { useHref, usePage } from '../site/render.tsx';

/** Every citation of a record. */
export function CitationList({ record }: { record: AnyRecord }) {
  const href = useHref();
  const { site } = usePage();
  // One line per citation, in the order of `sources`.
  const lines = (cite(record.id as never) as string).split('\n');
  return (
    <section id="citations" aria-labelledby="citations-title">
      <h2 id="citations-title">Where the report says it</h2>
      <ol class="citations">
        {record.sources.map((citation, index) => {
          const target = site.citationTargets.get(`${record.id}#${index}`);
          const where = `${headingLine(citation)}, ¶${citation.paragraph}`;
          return (
            <li key={index}>
              <blockquote>{citation.excerpt}</blockquote>
              <p class="where">
                {target ? (
                  <a href={href(target)} class="to-source">
                    Read {where} in the report
                  </a>
                ) : (
                  <>
                    {where} (<a href={href('source/index.html')}>the annotated report was not built</a>)
                  </>
                )}
              </p>
              <p class="cite-text">
                <span class="visually-hidden">Citation: </span>
                {lines[index]}
              </p>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
