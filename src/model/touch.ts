/**
 * Reads the first and the last weight of the row of each of `count` hashed features (`(feature &
 * mask) * width`), before the loop that sums the rows: the same weights, read twice. Returns the sum
 * of what it read, which no caller needs.
 *
 * Why: the weight tables (the tagger's 229 KB, the gap classifier's 64 KB) are cold when the model
 * reads a document (the finders ran in between), and nearly every row a stretch or a gap run needs
 * is a miss ('collectés par [Shōgakukan]': 20 rows, 20 cache lines). The summing loop spends some
 * twenty instructions on a row, so the processor has only a few misses in flight at once; this loop
 * spends five, and has them all in flight together. The sums that follow find their rows in the
 * first-level cache. Measured (profile of `extract` over the bench sample, two runs each): the first
 * reads of the rows took 1.9% of it in the summing loops, 1.2% here.
 *
 * (V8 performs a typed array's reads whether or not their values are used, so the sum needs no
 * reader; the bundle's tree-shaking removed a store of it to a variable that nothing reads, and the
 * profile above is of that bundle.)
 * @example touchRows(model.weights, features, n * FEATURE_SLOTS, model.mask, LABEL_COUNT) // then emissions(…)
 */
export function touchRows(weights: Int8Array, features: Int32Array, count: number, mask: number, width: number): number {
  let sum = 0;
  const last = width - 1;
  for (let k = 0; k < count; k++) {
    const row = ((features[k] as number) & mask) * width;
    sum += (weights[row] as number) + (weights[row + last] as number);
  }
  return sum;
}
