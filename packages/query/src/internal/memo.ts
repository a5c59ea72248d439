/**
 * Memoizes a function of a string, forgetting everything once 1,000 different keys were seen, so
 * memory stays bounded whatever callers pass. An `undefined` result is not remembered.
 */
export function memoized<V>(compute: (key: string) => V): (key: string) => V {
  const cache = new Map<string, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = compute(key);
      if (value === undefined) return value;
      if (cache.size >= 1000) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}
