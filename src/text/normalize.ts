import { scratchBytes } from './scratch.js';

/**
 * A same-length view of the input: every code unit of the view stands at the same offset
 * as in the input, so an offset found in the view is an offset into the original string.
 * Only one-for-one replacements are allowed here; what cannot be done in place (NFD accents,
 * soft hyphens) is handled in the lookup keys (`fold`).
 *
 * Why: 'l’OTAN' (typographic apostrophe), 'Jean‑Yves' (U+2011 non-breaking hyphen) and
 * '12 000' (U+202F narrow no-break space) must tokenize like 'l'OTAN', 'Jean-Yves', '12 000'.
 */
export function makeView(input: string): string {
  // Most texts hold none of these code units (plain apostrophes and spaces): one native scan of the
  // text answers them, where a loop read it code unit by code unit; the others are rebuilt flat, in one
  // native pass, not a concatenation per replaced character.
  ODD.lastIndex = 0;
  if (!ODD.test(input)) return input;
  const view = input.replace(ODD, replaced);
  // 'l’OTAN' made 'l'OTAN': the engine keeps the view in two bytes a character, as the input was,
  // though every character of it now fits in one (see `oneByteCopy`).
  return WIDE.test(view) ? view : oneByteCopy(view);
}

/** A character above U+00FF: a text that holds one is kept by the engine in two bytes a character. */
export const WIDE = /[^\x00-\xff]/;

/** Characters given to `String.fromCharCode` at once, under the engine's limit on arguments. */
const CHUNK = 8192;

/**
 * A copy of `text` in the engine's one-byte form, U+001A (SUBSTITUTE) in place of each character
 * above U+00FF ('œ' of 'cœur', '—', '…').
 *
 * Why: V8 keeps a string that holds a character above U+00FF in two bytes a character, and every
 * piece cut from it too, 'le' and 'président' of 'le président — …' as well: a French article with
 * one 'œ', one '’' or one '—' (most of them) made all its tokens' texts and keys two-byte strings,
 * each compared with the lexicons' one-byte words on the engine's slow path. The tokenizer cuts the
 * tokens without such a character from this copy (their text is the same), the others from the view.
 * @example oneByteCopy('le cœur') // 'le c\u001aur', one byte a character
 */
export function oneByteCopy(text: string): string {
  const n = text.length;
  // (From the document's scratch block: a buffer kept here would hold the longest text ever read.)
  const codes = scratchBytes(n);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    codes[i] = c > 0xff ? 0x1a : c;
  }
  let out = '';
  // (`String.fromCharCode` of codes under 256 makes a one-byte string; the pieces joined stay so.)
  for (let a = 0; a < n; a += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(a, Math.min(n, a + CHUNK)) as unknown as number[]);
  return out;
}

/**
 * The code units `replacement` turns into others, and only those (a test holds it to `replacement`):
 * \t \v \f \r, U+0085, no-break space, ´, ʼ, U+1680, the spaces U+2002–U+200B, ‐ ‑, ‘ ’, the line and
 * paragraph separators, the narrow no-break space, ′, the word joiner, U+3000, the BOM.
 */
const ODD = /[\t\v\f\r\u0085\u00a0\u00b4\u02bc\u1680\u2002-\u200b\u2010\u2011\u2018\u2019\u2028\u2029\u202f\u2032\u2060\u3000\ufeff]/g;

const replaced = (c: string) => replacement(c.charCodeAt(0)) as string;

/**
 * What the view holds in place of a code unit of the input, or undefined for a code unit that stays
 * as written (all of ASCII but \r, \t, \v, \f).
 * @example replacement(0x2019) // "'" (the French typographic apostrophe of 'l’OTAN')
 */
export function replacement(c: number): string | undefined {
  switch (c) {
    case 0x2019: // ’ right single quotation mark: the French typographic apostrophe
    case 0x2018: // ‘
    case 0x02bc: // ʼ modifier letter apostrophe
    case 0x2032: // ′ prime, seen for apostrophes in OCR
    case 0x00b4: // ´
      return "'";
    case 0x2010: // ‐ hyphen
    case 0x2011: // ‑ non-breaking hyphen
      return '-';
    case 0x0d: // \r: CRLF and old Mac line ends become a space before the \n
    case 0x09:
    case 0x0b:
    case 0x0c:
    case 0x00a0: // no-break space, French typography around « », ; : ! ?
    case 0x202f: // narrow no-break space, '12 000' and '« Bonjour »'
    case 0x2007:
    case 0x2009:
    case 0x200a:
    case 0x2002:
    case 0x2003:
    case 0x2004:
    case 0x2005:
    case 0x2006:
    case 0x2008:
    case 0x3000:
    case 0x200b: // zero-width space: a word break
    case 0xfeff: // BOM / zero-width no-break space
    case 0x2060: // word joiner
    case 0x1680:
      return ' ';
    case 0x2028: // line and paragraph separators
    case 0x2029:
    case 0x0085:
      return '\n';
    default:
      return undefined;
  }
}

const COMBINING = /[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]/g;

/**
 * The lookup key of a word or phrase: accents folded, lower case, hyphens as spaces, soft
 * hyphens and zero-width joiners dropped, apostrophes straight, spaces collapsed.
 * 'États-Unis' → 'etats unis', 'Etats-Unis' → 'etats unis', 'Côte d’Ivoire' → "cote d'ivoire".
 */
export function fold(s: string): string {
  return foldWord(s) ?? foldAny(s);
}

function foldAny(s: string): string {
  let k = s;
  // Fast path: plain ASCII needs only lower-casing and hyphens.
  // eslint-disable-next-line no-control-regex
  if (/[^\x00-\x7f]/.test(k)) {
    k = k.normalize('NFD').replace(COMBINING, '').replace(/[\u00ad\u200c\u200d]/g, '')
      .replace(/[’‘ʼ′´`]/g, "'").replace(/[‐‑–—]/g, '-').replace(/[\u00a0\u202f\u2007\u2009]/g, ' ');
    k = k.replace(/æ/g, 'ae').replace(/Æ/g, 'AE').replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/ß/g, 'ss');
  }
  k = k.toLowerCase();
  if (k.indexOf('-') >= 0) k = k.replace(/-/g, ' ');
  if (/\s\s|^\s|\s$/.test(k)) k = k.replace(/\s+/g, ' ').trim();
  return k;
}

// The key of a word without a regex or a normalization: every token goes through fold, and
// most are plain words ('la', 'Macron', 'réfugiés', 'États-Unis'). Letters À–ſ take the key
// the full path gives them alone ('É' → 'e', 'œ' → 'oe', 'ß' → 'ss'); that is their key inside
// a word too, because the full path works letter by letter on such words (accents dropped, no
// letter that changes case with its neighbours). Anything else takes the full path.
let latinKeys: Array<string | undefined> | undefined;

function latinKey(c: number): string | undefined {
  if (!latinKeys) {
    latinKeys = [];
    for (let cp = 0xc0; cp <= 0x17f; cp++) {
      const k = foldAny(String.fromCharCode(cp));
      latinKeys.push(/^[a-z0-9']+$/.test(k) ? k : undefined);
    }
  }
  return latinKeys[c - 0xc0];
}

/**
 * The key of words of ASCII letters, digits, apostrophes, inner hyphens and Latin letters, one
 * space apart ('Emmanuel Macron', a name the coreference resolver folds); else undefined.
 */
function foldWord(s: string): string | undefined {
  // Most words are plain ASCII ('la', 'Macron', 'OTAN'): their key is their lower case, made in
  // one native call instead of a string built letter by letter.
  let capitals = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27) continue;
    if (c >= 0x41 && c <= 0x5a) capitals = true;
    else return foldLatinWords(s, 0, s.length);
  }
  if (s.length === 0) return undefined;
  return capitals ? s.toLowerCase() : s;
}

/**
 * `foldWord` of the words of `s` from `start` to `end`, with a space, a hyphen or a Latin letter
 * ('États-Unis', 'Emmanuel Macron'); else undefined. The tokenizer asks it of a word where it
 * stands in the text: read there, the letters cost a third of what they cost read again from
 * the word's own string (a slice of the text, which the engine reaches through the text).
 * @example foldLatinWords('les États-Unis', 4, 14) // 'etats unis'
 */
export function foldLatinWords(s: string, start: number, end: number): string | undefined {
  let out = '';
  let last = start;
  for (let i = start; i < end; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x27) continue;
    // A space between two words stays; one at an end or beside another space or a hyphen is left to the full path.
    if (c === 0x20) {
      if (!innerSeparator(s, i, start, end)) return undefined;
      continue;
    }
    let k: string | undefined;
    if (c >= 0x41 && c <= 0x5a) k = String.fromCharCode(c + 0x20);
    // 'Jean-Yves' → 'jean yves'; a hyphen at an end, doubled or beside a space is left to the full path.
    else if (c === 0x2d) k = innerSeparator(s, i, start, end) ? ' ' : undefined;
    else if (c >= 0xc0 && c <= 0x17f) k = latinKey(c);
    if (k === undefined) return undefined;
    out += s.slice(last, i) + k;
    last = i + 1;
  }
  if (end === start) return undefined;
  return last === start ? s.slice(start, end) : out + s.slice(last, end);
}

/** A hyphen or space at `i` with a character on each side (within `start`–`end`) that is neither: it stays one space in the key. */
function innerSeparator(s: string, i: number, start: number, end: number): boolean {
  if (i === start || i === end - 1) return false;
  const before = s.charCodeAt(i - 1);
  const after = s.charCodeAt(i + 1);
  return before !== 0x2d && before !== 0x20 && after !== 0x2d && after !== 0x20;
}
