/**
 * Arithmetic coding of a packed weight table (pack.ts: one character a weight level, '#' to '[').
 *
 * Why: four weights in five are 0, and gzip, which codes whole bytes, spends about a bit and a half on
 * each '?' of the shipped model; an arithmetic coder spends what the level's frequency says (a
 * quarter of a bit for a zero). The shipped tables shrink from 50 KB gzipped to about 41 KB, with
 * the same weights: decoding gives back the very characters that were coded.
 *
 * The coded form is one string, still plain JSON: '~', the number of weights (base 36), '.', the
 * count of each of the 57 levels (base 36, comma-separated, empty for none), '.', the bits in base64.
 * A table in that form is read by `readTable` like a plain one.
 */

const FIRST = 0x23; // '#', level -28
const SYMBOLS = 57; // '#' to '['
// A 32-bit coder: the interval bounds stay below 2^32, and range × frequency below 2^53 for tables of
// up to 2^21 weights, so plain numbers compute it exactly.
const TOP = 2 ** 32 - 1;
const HALF = 2 ** 31;
const QUARTER = 2 ** 30;
const MAX_WEIGHTS = 2 ** 21;
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * Codes a packed table ('????@??>…') in its arithmetic-coded form ('~4wmo.…').
 * @example encodeLevels('???@???>') // '~8.…' (decodeLevels gives back '???@???>')
 */
export function encodeLevels(chars: string): string {
  if (chars.length > MAX_WEIGHTS) throw new RangeError(`gazette: a table of ${chars.length} weights is too large to code (at most 2^21)`);
  const counts = new Array<number>(SYMBOLS).fill(0);
  for (let i = 0; i < chars.length; i++) {
    const s = chars.charCodeAt(i) - FIRST;
    if (s < 0 || s >= SYMBOLS) throw new RangeError(`gazette: a packed table holds a character out of range at ${i}`);
    counts[s] = (counts[s] as number) + 1;
  }
  const cum = cumulative(counts);
  const total = chars.length;
  const bits: number[] = [];
  let pending = 0;
  const emit = (bit: number) => {
    bits.push(bit);
    for (; pending > 0; pending--) bits.push(1 - bit);
  };
  let low = 0;
  let high = TOP;
  for (let i = 0; i < total; i++) {
    const s = chars.charCodeAt(i) - FIRST;
    const range = high - low + 1;
    high = low + Math.floor((range * (cum[s + 1] as number)) / total) - 1;
    low += Math.floor((range * (cum[s] as number)) / total);
    for (;;) {
      if (high < HALF) emit(0);
      else if (low >= HALF) {
        emit(1);
        low -= HALF;
        high -= HALF;
      } else if (low >= QUARTER && high < HALF + QUARTER) {
        pending++;
        low -= QUARTER;
        high -= QUARTER;
      } else break;
      low *= 2;
      high = high * 2 + 1;
    }
  }
  pending++;
  emit(low < QUARTER ? 0 : 1);
  return `~${total.toString(36)}.${counts.map((c) => (c ? c.toString(36) : '')).join(',')}.${toBase64(bits)}`;
}

/**
 * Decodes a table in arithmetic-coded form to its levels (-28..28); a malformed string is a `gazette:` error.
 * @example decodeLevels(encodeLevels('???@'), 'weights') // Int8Array [0, 0, 0, 1]
 */
export function decodeLevels(coded: string, what: string): Int8Array {
  const bad = () => new RangeError(`gazette: model ${what} are not a valid coded table`);
  const parts = coded.slice(1).split('.');
  if (parts.length !== 3 || !/^[0-9a-z]+$/.test(parts[0] as string)) throw bad();
  const total = parseInt(parts[0] as string, 36);
  const counts = (parts[1] as string).split(',').map((c) => (c === '' ? 0 : /^[0-9a-z]+$/.test(c) ? parseInt(c, 36) : NaN));
  if (counts.length !== SYMBOLS || counts.some((c) => !Number.isFinite(c)) || total > MAX_WEIGHTS) throw bad();
  const cum = cumulative(counts);
  if (cum[SYMBOLS] !== total) throw bad();
  const bytes = fromBase64(parts[2] as string);
  if (!bytes) throw bad();
  let position = 0;
  const nextBit = () => {
    const byte = bytes[position >> 3];
    const bit = byte === undefined ? 0 : (byte >> (7 - (position & 7))) & 1;
    position++;
    return bit;
  };
  let value = 0;
  for (let k = 0; k < 32; k++) value = value * 2 + nextBit();
  const out = new Int8Array(total);
  let low = 0;
  let high = TOP;
  for (let i = 0; i < total; i++) {
    const range = high - low + 1;
    const target = Math.floor(((value - low + 1) * total - 1) / range);
    const s = symbolAt(cum, target);
    if (s < 0) throw bad();
    out[i] = s + FIRST - 0x3f; // '?' is level 0
    high = low + Math.floor((range * (cum[s + 1] as number)) / total) - 1;
    low += Math.floor((range * (cum[s] as number)) / total);
    for (;;) {
      if (high < HALF) {
        // nothing to take away
      } else if (low >= HALF) {
        low -= HALF;
        high -= HALF;
        value -= HALF;
      } else if (low >= QUARTER && high < HALF + QUARTER) {
        low -= QUARTER;
        high -= QUARTER;
        value -= QUARTER;
      } else break;
      low *= 2;
      high = high * 2 + 1;
      value = value * 2 + nextBit();
    }
  }
  return out;
}

/** Cumulative counts: cum[s] is the number of weights of a level below s. */
function cumulative(counts: readonly number[]): number[] {
  const cum = [0];
  for (const c of counts) cum.push((cum[cum.length - 1] as number) + c);
  return cum;
}

/** The symbol s with cum[s] <= target < cum[s + 1], or -1 (a corrupt stream). */
function symbolAt(cum: readonly number[], target: number): number {
  let lo = 0;
  let hi = SYMBOLS - 1;
  if (!(target >= 0 && target < (cum[SYMBOLS] as number))) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((cum[mid] as number) <= target) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

function toBase64(bits: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bits.length; i += 6) {
    let v = 0;
    for (let k = 0; k < 6; k++) v = v * 2 + (bits[i + k] ?? 0);
    out += BASE64[v];
  }
  return out;
}

/** The bytes of the bits written by toBase64 (six a character, the last padded with zeros), or null. */
function fromBase64(text: string): Uint8Array | null {
  const bytes = new Uint8Array(Math.ceil((text.length * 6) / 8));
  let bit = 0;
  for (let i = 0; i < text.length; i++) {
    const v = BASE64.indexOf(text[i] as string);
    if (v < 0) return null;
    for (let k = 5; k >= 0; k--, bit++) if ((v >> k) & 1) bytes[bit >> 3] = (bytes[bit >> 3] as number) | (1 << (7 - (bit & 7)));
  }
  return bytes;
}
