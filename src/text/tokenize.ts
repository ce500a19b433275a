import { fold, foldLatinWords, oneByteCopy, WIDE } from './normalize.js';

/** What a token is. */
export type TokenKind = 'word' | 'number' | 'elision' | 'punct';

/**
 * One token of French text, with offsets into the original input.
 * @example tokenize("l'OTAN") → [{ text: "l'", kind: 'elision' }, { text: 'OTAN', kind: 'word' }]
 */
export interface Token {
  /** The token as it stands in the normalized view (same offsets as the input). */
  text: string;
  start: number;
  end: number;
  kind: TokenKind;
  /** Lookup key: `fold(text)` ('États-Unis' → 'etats unis'). */
  key: string;
  /** Starts with an upper-case letter ('Maroc', 'OTAN', 'États-Unis'). */
  cap: boolean;
  /** Written in capitals, two letters or more ('OTAN', 'MACRON'). */
  upper: boolean;
  /** Whitespace (or nothing) before it: `''` for 'terroriste.Au' between '.' and 'Au'. */
  spaceBefore: string;
  /** First word of its sentence (set by `splitSentences`). */
  sentenceStart: boolean;
}

/**
 * The token at index `i`, or undefined before the first token and past the last.
 *
 * Why not `tokens[i]`: a read at index −1 (the word before a name that opens the text) is no element
 * load for V8 but a lookup of the property '-1', and the site that made it stays on the engine's slow
 * generic path for every later read, at every token. Reads past the end do not do that.
 * @example tokenOrNone(prepare('Macron a dit').tokens, -1) // undefined
 */
export function tokenOrNone(tokens: readonly Token[], i: number): Token | undefined {
  return i >= 0 ? tokens[i] : undefined;
}

/**
 * Whether a line break is in the whitespace before a token: the finders' test of a name, a phrase
 * or a sentence that may not run on to the next line ('Macron' ending a line, 'Jean' opening the
 * next). Asked of most tokens: most follow one space or none ('le président', 'Paris,'), and those
 * are told by their length, without a search.
 * @example breaksLine(prepare('Emmanuel\nMacron').tokens[1]) // true
 */
export function breaksLine(t: Token): boolean {
  const space = t.spaceBefore;
  return space.length > 1 ? space.indexOf('\n') >= 0 : space === '\n';
}

// French elided words: l'OTAN, d'Italie, qu'à, jusqu'au, lorsqu'il, puisqu'elle, s'est, n'a.
const ELISIONS = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu', 'quelqu']);

/** Letters, combining marks and digits make words; checked per code point. */
function isWordCode(cp: number): boolean {
  if (cp < 0x80) return (cp >= 0x61 && cp <= 0x7a) || (cp >= 0x41 && cp <= 0x5a) || (cp >= 0x30 && cp <= 0x39);
  // Latin-1 and Latin Extended-A/B letters ('é', 'ç', 'œ', 'ł', 'ș') without a regex and a string
  // per character: every code point from À to ɏ is a letter but × and ÷.
  if (cp >= 0xc0 && cp <= 0x24f) return cp !== 0xd7 && cp !== 0xf7;
  if (cp === 0xad || cp === 0x200c || cp === 0x200d) return true; // soft hyphen, ZWNJ, ZWJ stay inside words
  return WORD_CHAR.test(String.fromCodePoint(cp));
}
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
// The first code unit is a cased capital ('É', 'M'). Looking at it alone is what the whole-string
// test came to (a capital first letter makes the string differ from its lower case), without a
// lower-case copy of every token; an ASCII letter is told by its code, without a string for it.
function startsUpper(view: string, start: number): boolean {
  const code = view.charCodeAt(start);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = view[start] as string;
  return c === c.toUpperCase() && c !== c.toLowerCase();
}

/**
 * Splits the normalized view into tokens. Linear: each code unit is visited a bounded
 * number of times.
 *
 * - Elisions are their own tokens: "l'OTAN" → "l'" + "OTAN", "jusqu'au" → "jusqu'" + "au";
 *   but "aujourd'hui", "N'Djamena" and "O'Brien" stay whole.
 * - Hyphens and apostrophes inside a word keep it whole: 'Jean-Yves', 'États-Unis', 'a-t-il'.
 * - Numbers keep their thousands groups: '12 000', '1 500 000', and decimals '3,5'.
 * - Everything else that is not a space is a one-character punctuation token.
 *
 * The tokens without a character above U+00FF are cut from `narrow`, the view's one-byte copy
 * (`narrowView`): in a text with a 'œ' or a '—', they are one-byte strings, as in a text without.
 */
export function tokenize(view: string, narrow = narrowView(view)): Token[] {
  const tokens: Token[] = [];
  const n = view.length;
  let i = 0;
  let spaceStart = 0;
  // Punctuation and numbers ('12 000', '1er': a digit first): neither has a capital first.
  const push = (start: number, end: number, kind: 'number' | 'punct') => {
    const text = (view.charCodeAt(start) > 0xff ? view : narrow).slice(start, end);
    tokens.push({
      text,
      start,
      end,
      kind,
      key: kind === 'punct' ? punctuationKey(text) : fold(text),
      cap: false,
      upper: false,
      spaceBefore: narrow.slice(spaceStart, start),
      sentenceStart: false,
    });
    spaceStart = end;
  };
  // A word's key and case come from what the word loop saw of its letters ('Macron': one capital,
  // five small letters), without reading the word again: a word of ASCII letters, digits and
  // apostrophes ('la', 'Macron', "aujourd'hui", 'OTAN') is its own key or its lower case, any other
  // is folded where it stands in the text; a word with a small ASCII letter is in no capitals.
  const pushWord = (start: number, end: number, kind: TokenKind, plain: boolean, small: number, capitals: number, wide: boolean) => {
    const source = wide ? view : narrow;
    const text = source.slice(start, end);
    const cap = startsUpper(view, start);
    tokens.push({
      text,
      start,
      end,
      kind,
      key: plain ? (capitals > 0 ? text.toLowerCase() : text) : (foldLatinWords(source, start, end) ?? fold(text)),
      cap,
      upper: cap && small === 0 && (plain ? capitals >= 2 : isAllCaps(text)),
      spaceBefore: narrow.slice(spaceStart, start),
      sentenceStart: false,
    });
    spaceStart = end;
  };
  while (i < n) {
    const c = view.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) {
      i++;
      continue;
    }
    const cp = view.codePointAt(i) ?? c;
    const width = cp > 0xffff ? 2 : 1;
    if (!isWordCode(cp)) {
      // A lone surrogate or an emoji is one punctuation token (never split a pair).
      push(i, i + width, 'punct');
      i += width;
      continue;
    }
    if (isDigit(c)) {
      i = scanNumber(view, i, push);
      continue;
    }
    // A word: word chars, with inner hyphens and apostrophes followed by a word char. Its ASCII
    // letters are counted on the way ('Macron': one capital, five small letters); `plain` stays
    // true while every character is an ASCII letter, a digit or an apostrophe.
    let j = i;
    let elisionEnd = -1;
    let small = 0;
    let capitals = 0;
    let plain = true;
    let wide = false;
    while (j < n) {
      const cj = view.codePointAt(j) ?? 0;
      if (cj >= 0x61 && cj <= 0x7a) small++;
      else if (cj >= 0x41 && cj <= 0x5a) capitals++;
      else if (!(cj >= 0x30 && cj <= 0x39)) {
        if (isWordCode(cj)) {
          plain = false;
          if (cj > 0xff) wide = true;
          j += cj > 0xffff ? 2 : 1;
          continue;
        }
        // An inner hyphen or apostrophe ('Jean-Yves', "aujourd'hui") when a word character follows.
        if ((cj === 0x2d || cj === 0x27) && j > i && j + 1 < n && isWordCode(view.codePointAt(j + 1) ?? 0)) {
          if (cj === 0x27 && elisionEnd < 0 && isElision(view, i, j)) {
            elisionEnd = j + 1;
            break;
          }
          if (cj === 0x2d) plain = false;
          j++;
          continue;
        }
        break;
      }
      j++;
    }
    const end = elisionEnd > 0 ? elisionEnd : j;
    const kind: TokenKind = elisionEnd > 0 ? 'elision' : 'word';
    pushWord(i, end, kind, plain, small, capitals, wide);
    i = end;
  }
  return tokens;
}

// The keys of the one-character punctuation tokens (',' → ',', '-' → '', '«' → '«'), folded once:
// every text is full of them, and `fold` takes its slow path for them (for '«' and '»', around
// every quotation of a French article, a normalization and seven replacements). The table holds
// at most one key per code unit, and texts use few distinct ones.
const ASCII_PUNCTUATION_KEYS: Array<string | undefined> = [];
const OTHER_PUNCTUATION_KEYS = new Map<number, string>();

/** `fold(text)` of a punctuation token, from the tables for one code unit. */
function punctuationKey(text: string): string {
  const c = text.charCodeAt(0);
  if (text.length !== 1) return fold(text);
  if (c < 0x80) return (ASCII_PUNCTUATION_KEYS[c] ??= fold(text));
  let key = OTHER_PUNCTUATION_KEYS.get(c);
  if (key === undefined) {
    key = fold(text);
    OTHER_PUNCTUATION_KEYS.set(c, key);
  }
  return key;
}

/**
 * The view in the engine's one-byte form where it holds a character above U+00FF, that character as
 * U+001A (`oneByteCopy`); else the view itself. What the tokenizer and the date reader cut their
 * pieces from, so that 'le président' of 'le cœur du président' is a one-byte string.
 * @example narrowView('le cœur') // 'le c\u001aur'
 */
export function narrowView(view: string): string {
  return WIDE.test(view) ? oneByteCopy(view) : view;
}

/**
 * Whether `tokenize` reads the text as one word token: word characters only (no space, hyphen,
 * apostrophe or punctuation), the first not a digit (a number token stops at a digit after its
 * suffix: '7G7' is two tokens).
 * @example isOneWord('Dakar') // true; isOneWord('Paris-Dakar') // false
 */
export function isOneWord(text: string): boolean {
  if (text.length === 0 || isDigit(text.charCodeAt(0))) return false;
  for (let i = 0; i < text.length; ) {
    const cp = text.codePointAt(i) ?? 0;
    if (!isWordCode(cp)) return false;
    i += cp > 0xffff ? 2 : 1;
  }
  return true;
}

/** Two letters or more, all capitals ('OTAN', 'MACRON', 'UE'); only asked of tokens with a capital first. */
function isAllCaps(text: string): boolean {
  // ASCII words without a regex: 'OTAN', 'G7', 'Macron' (no).
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return isAllCapsUnicode(text);
    if (c >= 0x61 && c <= 0x7a) return false;
    if (c >= 0x41 && c <= 0x5a) letters++;
  }
  return letters >= 2;
}

function isAllCapsUnicode(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase();
}

function isElision(view: string, start: number, apos: number): boolean {
  const head = view.slice(start, apos);
  if (!ELISIONS.has(head.toLowerCase())) return false;
  // 'N'Djamena', 'N'Golo', 'D'Alembert' in names: an upper-case one-letter head before a
  // capital is part of the name. 'L'OTAN' and "D'autres" are still elisions.
  const after = view[apos + 1] ?? '';
  if (head === 'N' && after !== after.toLowerCase()) return false;
  return true;
}

/** Digits, with thousands groups ('12 000'), decimals ('3,5', '1.5') and suffixes ('1er', '3e', '2024-03-04' stays split). */
function scanNumber(view: string, i: number, push: (s: number, e: number, k: 'number') => void): number {
  const n = view.length;
  let j = i;
  while (j < n && isDigit(view.charCodeAt(j))) j++;
  for (;;) {
    const sep = view.charCodeAt(j);
    // '12 000' (view turned nbsp and narrow nbsp into spaces): exactly three digits, then no digit.
    if (sep === 0x20 && isDigit(view.charCodeAt(j + 1)) && isDigit(view.charCodeAt(j + 2)) && isDigit(view.charCodeAt(j + 3)) && !isDigit(view.charCodeAt(j + 4)) && groupOk(view, i, j)) {
      j += 4;
      continue;
    }
    // '3,5' and '1.5': a separator between digits.
    if ((sep === 0x2c || sep === 0x2e) && isDigit(view.charCodeAt(j + 1))) {
      j += 2;
      while (j < n && isDigit(view.charCodeAt(j))) j++;
      continue;
    }
    break;
  }
  // Ordinal and unit suffixes glued to the number: '1er', '2e', '21e', '3ème', '10h'.
  let k = j;
  while (k < n && isWordCode(view.codePointAt(k) ?? 0) && !isDigit(view.charCodeAt(k))) k++;
  if (k > j) j = k;
  push(i, j, 'number');
  return j;
}

/** A thousands group only follows a first group of 1–3 digits or earlier groups ('12 000', not '2014 000'). */
function groupOk(view: string, start: number, sepAt: number): boolean {
  if (sepAt - start > 15) return false; // '999 999 999 999' at most: keeps the scan linear
  const first = view.slice(start, sepAt).split(' ')[0] ?? '';
  return first.length >= 1 && first.length <= 3;
}
