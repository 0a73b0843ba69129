/**
 * The k-th largest of the first n values of an array (k from 1), found by
 * quickselect in linear time on average: the matcher asks it of thousands
 * of scores per claim, where sorting them all would cost more than the
 * scoring. Reorders `values[0, n)`.
 */
export function kthLargest(values: Float64Array, n: number, k: number): number {
  if (k < 1 || k > n) throw new RangeError(`k must be in [1, ${n}], not ${k}`);
  // The k-th largest is the (n - k)-th smallest (from 0).
  const target = n - k;
  let low = 0;
  let high = n - 1;
  while (low < high) {
    // Median of three as the pivot: sorted or equal runs stay linear.
    const middle = (low + high) >>> 1;
    const pivot = median(values[low] as number, values[middle] as number, values[high] as number);
    let i = low;
    let j = high;
    while (i <= j) {
      while ((values[i] as number) < pivot) i++;
      while ((values[j] as number) > pivot) j--;
      if (i <= j) {
        const swap = values[i] as number;
        values[i] = values[j] as number;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (target <= j) high = j;
    else if (target >= i) low = i;
    else return values[target] as number;
  }
  return values[target] as number;
}

function median(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}
