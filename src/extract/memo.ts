/**
 * A pure function of a string, remembered: the same few inputs recur across decisions ("the
 * Council", the councils that head many decisions, "twenty-eight"). Bounded: forgotten all at
 * once when full. A hit costs one Map lookup (two only for a remembered undefined).
 */
export function memoize<V>(fn: (key: string) => V, max: number): (key: string) => V {
  const seen = new Map<string, V>();
  return (key) => {
    const hit = seen.get(key);
    if (hit !== undefined || seen.has(key)) return hit as V;
    const value = fn(key);
    if (seen.size >= max) seen.clear();
    seen.set(key, value);
    return value;
  };
}
