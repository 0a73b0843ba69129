/**
 * The first index in [0, length) at which `before` turns false, for a
 * `before` that is true for a prefix of the indices and false after it
 * (a sorted list asked "does this one sort before the point I want?");
 * `length` when it never does. Binary search: log2(length) calls.
 */
export function partitionPoint(length: number, before: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(middle)) low = middle + 1;
    else high = middle;
  }
  return low;
}
