/**
 * Integer hashing for the model's features: a feature is never built as a string ('w-1=président'),
 * it is the mix of a template number and the hash of a word, so that tagging a token allocates nothing.
 */

/**
 * FNV-1a over the code units `from..to` of `s` (32-bit, as a signed int).
 * @example fnv('président', 0, 9) === fnv('le président', 3, 12)
 */
export function fnv(s: string, from = 0, to = s.length): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Mixes a feature template with a value hash (murmur3's finaliser): 'the word before is "à"' and
 * 'the word after is "à"' land in unrelated buckets.
 * @example mix(7, fnv('à')) !== mix(8, fnv('à'))
 */
export function mix(template: number, value: number): number {
  let h = Math.imul(template + 1, 0x9e3779b1) ^ value;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}

/**
 * A deterministic pseudo-random generator (mulberry32): training shuffles with it, never with Math.random.
 * @example const rand = seeded(1); rand() // 0.6270739405881613, the same on every machine
 */
export function seeded(seed: number): () => number {
  let a = seed | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
