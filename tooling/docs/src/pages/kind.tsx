// The list of one kind's records, with what tells them apart at a glance.
import { formatFigure } from '@chipwar/query';
import type { AnyRecord, Kind } from '@chipwar/schema';
import { RecordLink } from '../components/RecordLink.tsx';
import { Layout } from '../layout/Layout.tsx';
import { collectionOf } from '../site/data.ts';

function Detail({ record }: { record: AnyRecord }) {
  switch (record.kind) {
    case 'event':
      return (
        <>
          <code>{record.date.edtf}</code> · {record.status}
        </>
      );
    case 'figure':
      return <>{formatFigure(record)}</>;
    case 'relation':
      return (
        <>
          <RecordLink id={record.subject} /> {record.predicate} <RecordLink id={record.object} />
        </>
      );
    case 'organization':
    case 'policy':
    case 'document':
    case 'technology':
      return <>{record.type}</>;
    default:
      return null;
  }
}

/** The page listing every record of a kind. */
export function KindPage({ kind, records }: { kind: Kind; records: readonly AnyRecord[] }) {
  const collection = collectionOf(kind);
  return (
    <Layout
      title={collection[0]?.toUpperCase() + collection.slice(1)}
      description={`The ${records.length} ${collection} of the chipwar dataset`}
      crumbs={[['Home', 'index.html'], ['Catalog', 'catalog/index.html'], [collection]]}
    >
      <p>
        {records.length} {collection}. Every record cites the report; open one for its fields, relations and
        the paragraph it comes from.
      </p>
      <table class="records">
        <thead>
          <tr>
            <th scope="col">{kind}</th>
            <th scope="col">id</th>
            <th scope="col">{kind === 'relation' ? 'relation' : 'detail'}</th>
            <th scope="col">description</th>
          </tr>
        </thead>
        <tbody>
          {records.map((record) => (
            <tr key={record.id}>
              <td>
                <RecordLink id={record.id} />
              </td>
              <td>
                <code>{record.id}</code>
              </td>
              <td>
                <Detail record={record} />
              </td>
              <td class="muted">{record.description}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </Layout>
  );
}
