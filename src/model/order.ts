/**
 * Which items of a sequence are out of order, as few as can be: the ones outside a longest
 * non-decreasing subsequence. Moving just those restores the order, so a slide moved into the
 * wrong section is named itself, not the correctly placed slides it now sits in front of.
 */

/**
 * The indices (into `keys`) of the fewest items whose moving puts the keys in non-decreasing
 * order. Where several choices are equally few, the later items are kept: of two swapped
 * neighbours, the first is named.
 */
export function outOfOrder(keys: readonly number[]): Set<number> {
  // Patience sorting: ends[k] is the index that ends the best kept run of length k + 1 so far.
  const ends: number[] = [];
  const previous: number[] = keys.map(() => -1);
  const keyAt = (index: number) => keys[index] ?? 0;
  keys.forEach((key, index) => {
    // The first run whose last key is greater than this one; equal keys extend a run (non-decreasing).
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (keyAt(ends[middle] ?? 0) <= key) low = middle + 1;
      else high = middle;
    }
    if (low > 0) previous[index] = ends[low - 1] ?? -1;
    ends[low] = index;
  });
  const kept = new Set<number>();
  for (let index = ends.at(-1) ?? -1; index >= 0; index = previous[index] ?? -1) kept.add(index);
  return new Set(keys.map((_, index) => index).filter((index) => !kept.has(index)));
}
