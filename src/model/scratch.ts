/**
 * Typed arrays that serve document after document. The model stage made a dozen typed arrays for
 * every document (a flag per token, a cell per character), and allocating a typed array costs far
 * more than a short article's tokens cost to read: the allocation lines were the hottest of the
 * stage. An array is taken for the time of one use and given back after: a caller's code that runs
 * meanwhile (a `debug` callback that reads another text) finds none to take and makes its own, so
 * no two uses ever share one. An array grown past `keep` items (a huge text) is let go.
 */
export interface Scratch<A extends Uint8Array | Int32Array | Float64Array> {
  /** An array of exactly `n` items, zeroed unless `fill` says what to fill it with. */
  take(n: number, fill?: number): A;
  /** Gives an array taken here back, for the next use. */
  give(a: A): void;
}

/**
 * A scratch array of one kind.
 * @example const flags = scratch<Uint8Array>((n) => new Uint8Array(n), 1 << 16); const covered = flags.take(tokens.length); …; flags.give(covered)
 */
export function scratch<A extends Uint8Array | Int32Array | Float64Array>(make: (n: number) => A, keep: number): Scratch<A> {
  let spare: A | undefined;
  let lent: A | undefined;
  return {
    take(n, fill = 0) {
      const whole = spare && spare.length >= n ? spare : make(Math.max(n, 64));
      spare = undefined;
      lent = whole;
      // A view of exactly n items: a read past the end is undefined, as in an array made for this use.
      const a = whole.subarray(0, n) as A;
      a.fill(fill);
      return a;
    },
    give(a) {
      if (lent && a.buffer === lent.buffer && lent.length <= keep) spare = lent;
      lent = undefined;
    },
  };
}
