/**
 * A pure function of a string, remembered: the same few inputs recur across decisions ("the
 * Council", the councils that head many decisions). Bounded: forgotten all at once when full.
 */
export function memoize<V>(fn: (key: string) => V, max: number): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    if (seen.has(key)) return seen.get(key)!;
    const value = fn(key);
    if (seen.size >= max) seen.clear();
    seen.set(key, value);
    return value;
  };
}
