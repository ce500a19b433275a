/**
 * A text with its accents composed ('e' + U+0301 → 'é'), for the date parsers' patterns, which are
 * written with composed letters, and the way back to the offsets of the original.
 */
export interface Composed {
  text: string;
  /** Offset in the original of each offset of `text`, one more for the end. */
  toOriginal: (offset: number) => number;
}

const COMBINING = /[\u0300-\u036f]/u;

/**
 * Composes the accents of a text written in decomposed form (NFD), keeping a map back to its
 * offsets; a text without combining accents is returned as it is.
 * @example composed('fe\u0301vrier').text // 'février'
 */
export function composed(text: string): Composed {
  if (!COMBINING.test(text)) return { text, toOriginal: (o) => o };
  let out = '';
  const map: number[] = [];
  let i = 0;
  while (i < text.length) {
    // A base character and the combining marks after it compose together.
    let j = i + 1;
    while (j < text.length && COMBINING.test(text[j] ?? '')) j++;
    const piece = text.slice(i, j).normalize('NFC');
    for (let k = 0; k < piece.length; k++) map.push(k === 0 ? i : Math.min(j - 1, i + k));
    out += piece;
    i = j;
  }
  map.push(text.length);
  return { text: out, toOriginal: (o) => map[o] ?? text.length };
}
