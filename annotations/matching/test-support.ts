/**
 * For the scaling guards of the matching tests: how much longer reading a
 * large input takes than reading a small one. The two are read in turns
 * and the fastest reading of each kept, so that a machine busy with other
 * work, or a collection of garbage, weighs on both alike.
 */
export function growth(read: (size: number) => void, small: number, large: number, runs = 5): number {
  read(small / 10);
  let smallest = Infinity;
  let largest = Infinity;
  for (let run = 0; run < runs; run++) {
    let started = performance.now();
    read(small);
    smallest = Math.min(smallest, performance.now() - started);
    started = performance.now();
    read(large);
    largest = Math.min(largest, performance.now() - started);
  }
  return largest / smallest;
}
