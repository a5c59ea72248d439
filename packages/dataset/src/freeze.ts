/** A value and everything inside it made read-only, as the shipped records are. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/** A shipped record: read-only throughout, its id narrowed to the ids the dataset ships. */
export type DatasetRecord<T extends { id: string }, Id extends T['id']> = DeepReadonly<
  Omit<T, 'id'> & { id: Id }
>;

/**
 * Freezes a value and everything inside it, so that shipped data cannot be changed by accident:
 * in strict mode (every ES module) an assignment throws a TypeError.
 */
export function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** Deep-freezes parsed records and types them as shipped records. */
export function freezeRecords<R>(records: unknown[]): readonly R[] {
  return deepFreeze(records) as readonly R[];
}
