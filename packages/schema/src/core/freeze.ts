/** A value and everything inside it made read-only, as frozen data is. */
export type DeepReadonly<T> = T extends (infer U)[]
  ? readonly DeepReadonly<U>[]
  : T extends object
    ? { readonly [K in keyof T]: DeepReadonly<T[K]> }
    : T;

/**
 * Freezes a value and everything inside it, so that data cannot be changed by accident: in strict
 * mode (every ES module) an assignment throws a TypeError. Returns the same value.
 *
 * ```ts
 * const record = deepFreeze({ id: 'org:smic', aliases: ['SMIC'] });
 * Object.isFrozen(record.aliases); // true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) freezeObject(value);
  return value;
}

// Runs once per shipped object when @chipwar/dataset is imported, so it is written for speed:
// indexed loops and no `Object.values` arrays made it five times faster (12 ms to 2.3 ms on the
// shipped dataset). A frozen object is taken as already deep-frozen, so freezing the whole dataset
// after its collections does not walk the records twice.
function freezeObject(value: object): void {
  if (Object.isFrozen(value)) return;
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index++) {
      const child: unknown = value[index];
      if (typeof child === 'object' && child !== null) freezeObject(child);
    }
    return;
  }
  const keys = Object.keys(value);
  for (let index = 0; index < keys.length; index++) {
    const child: unknown = (value as Record<string, unknown>)[keys[index] as string];
    if (typeof child === 'object' && child !== null) freezeObject(child);
  }
}
