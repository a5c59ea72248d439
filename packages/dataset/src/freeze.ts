import { type DeepReadonly, deepFreeze } from '@chipwar/schema/core';

export type { DeepReadonly } from '@chipwar/schema/core';

/** A shipped record: read-only throughout, its id narrowed to the ids the dataset ships. */
export type DatasetRecord<T extends { id: string }, Id extends T['id']> = DeepReadonly<
  Omit<T, 'id'> & { id: Id }
>;

/** Deep-freezes parsed records and types them as shipped records. */
export function freezeRecords<R>(records: unknown[]): readonly R[] {
  return deepFreeze(records) as readonly R[];
}
