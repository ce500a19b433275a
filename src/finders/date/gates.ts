import type { Token } from '../../text/tokenize.js';
import { fold } from '../../text/normalize.js';
import { knownWordNumber, numbersIfRead, SEVERAL_WORDS, wordNumber } from '../vocabulary.js';
import { MONTHS, SEASONS, UNITS, WEEKDAYS } from './lexicon.js';

// The kinds of word a date parser cannot match without: one bit each. A sentence's kinds say
// which parsers may find something in it; the others skip it (reader.ts). 'Le président a annoncé
// mardi une hausse de 3 %' has a weekday and a number: the month, unit, season and feast parsers
// never read it.
export const NUMBER = 1;
export const MONTH = 2;
export const WEEKDAY = 4;
/** A unit of time ('les trois derniers jours', 'il y a deux ans', 'dans six mois'). */
export const UNIT = 8;
/** The words of a day ('aujourd'hui', 'hier', 'cette nuit', 'la veille'): parse-day-words.ts. */
export const DAY_WORD = 16;
/** The words of a time of day ('ce matin', 'après-midi', 'à minuit'): parse-day-words.ts. */
export const DAY_PART = 32;
export const SEASON = 64;
export const CENTURY = 128;
export const QUARTER = 256;
export const FEAST = 512;
/** The fixed phrases of parse-relative.ts ('cette année', 'ce week-end', 'avant-hier', "l'an dernier"). */
export const RELATIVE = 1024;
/**
 * Figures that may be a year or a date in figures: four digits in a row ('2014'), figures joined by
 * a slash, a dot or a hyphen ('11/05', '11.05.22'). 'une hausse de 3 %' has a NUMBER, not these: the
 * year and numeric-date parsers skip it.
 */
export const DATE_FIGURES = 2048;
/** 'il y a', before a duration back from the reference ('il y a deux ans'). */
export const AGO = 4096;
/** A word that shifts a unit of time: 'prochain', 'dernière', 'passés', 'précédent', 'suivante' ('la semaine prochaine'). */
export const SHIFT = 8192;
/**
 * Figures joined digit to digit by a slash, a dot or a hyphen ('11/05', '2022-05-11', '1914-1918'),
 * which the ISO, numeric-date and span-of-years parsers cannot match without. Told by the sentence's
 * text, not by its words (`withJoinedFigures`): 'en 2014.' has DATE_FIGURES (a number before a dot),
 * not these.
 */
export const JOINED_FIGURES = 16384;
/**
 * An opening parenthesis, which the parenthesized-year parser cannot match without ('le traité de
 * Lisbonne (2007)'). Most sentences with a year have none ('élu en 2017'): told by this bit, the
 * parser reads 114 of the bench's 416 sentences with figures.
 */
export const PAREN = 131072;
/**
 * Letters and figures in one token ('T1', 'G7', '11mai', 'mi-2024'), which the short quarters'
 * pattern cannot match without: in 'au [T3 2023]', the 'T' begins a word (the parser checks it) and
 * its figure follows it without a space, so the two are one token; 'en 2014' has none, and the
 * parser read the bench's 418 sentences with figures for no date at all.
 */
export const GLUED = 262144;
/** Every kind a word may have (all but `PAREN`, a punctuation token's, and `GLUED`, told by a token's characters). */
export const WORD_KINDS = 32767;
/**
 * Figures in the shape of a day in figures: joined by a slash ('11/05', '24/7'), or three numbers
 * joined by dots or hyphens ('11.05.22', '2022-05-11'), which the numeric-date and ISO parsers
 * cannot find a date without. Told by the sentence's text, where JOINED_FIGURES is: 'une hausse de
 * 3.5 %', 'la saison 2014-2015', 'un score de 3-1' join figures, in no such shape.
 */
export const DAY_FIGURES = 1048576;
/** Every kind. */
export const ALL_KINDS = WORD_KINDS | PAREN | GLUED | DAY_FIGURES;
/** In the word table only: a word that makes its sentence a TRIGGER. */
const TRIGGER_WORD = 32768;
/** Not a kind: the sentence may hold a date at all, and goes to the parsers (`mayHoldDate`). */
export const TRIGGER = 65536;

// The words of each kind, folded as token keys are ('août' → 'aout'), in every form the parsers'
// patterns accept: the abbreviations too ('janv', 'fev', 'sam', 'mer'), which makes a sentence
// about the sea ('la mer') read by the weekday parser: a gate may let too much through, never too little.
// TRIGGER_WORD: a sentence goes to the parsers, the costly part of the pipeline, only when one of its
// words could start a date: a number, or a month, a weekday, a season, a unit of the lexicon, or one of
// the words below (a part of a hyphenated word counts too: 'mi-juillet', 'avant-hier', 'week-end', 'mois-ci').
const keys = (words: object) => Object.keys(words).map((w) => fold(w.replace('.', ''))).join(' ');
const WORDS: ReadonlyArray<readonly [number, string]> = [
  [MONTH | TRIGGER_WORD, keys(MONTHS)],
  [MONTH, 'mar jun jul'],
  [WEEKDAY | TRIGGER_WORD, keys(WEEKDAYS)],
  [WEEKDAY, 'lun mar mer jeu ven sam dim'],
  [SEASON | TRIGGER_WORD, keys(SEASONS)],
  [UNIT | TRIGGER_WORD, keys(UNITS)],
  [UNIT, 'trimestres seconde secondes sec minute minutes min mins heure heures hr hrs h'],
  [UNIT | QUARTER | TRIGGER_WORD, 'trimestre'],
  [QUARTER | TRIGGER_WORD, 'semestre'],
  [DAY_WORD, 'maintenant veille'],
  [DAY_WORD | TRIGGER_WORD, "aujourd'hui hier demain nuit"],
  [RELATIVE, 'an annee mois semaine week hier demain nuit'],
  [DAY_PART | TRIGGER_WORD, 'matin soir'],
  [DAY_PART, 'apres midi aprem minuit'],
  [CENTURY | TRIGGER_WORD, 'siecle siecles'],
  [FEAST | TRIGGER_WORD, 'noel paques toussaint sylvestre pentecote'],
  [FEAST, 'an'],
  [TRIGGER_WORD, 'end'],
  // (Folded: 'dernière' → 'derniere', 'passé' → 'passe'.)
  [SHIFT, 'prochain prochaine prochains prochaines dernier derniere derniers dernieres passe passee passes passees precedent precedents suivant suivante suivants suivantes'],
];

/** Word number → its bits; a word's number is its index (vocabulary.ts). A word with no number is in none of the lists. */
const BITS_BY_NUMBER: Uint16Array = /* @__PURE__ */ (() => {
  const pairs = WORDS.flatMap(([bit, words]) => words.split(' ').map((w) => [wordNumber(w), bit] as const));
  const table = new Uint16Array(pairs.reduce((max, [n]) => Math.max(max, n + 1), 0));
  for (const [n, bit] of pairs) table[n] = (table[n] as number) | bit;
  return table;
})();

// Forms of 'avoir' before 'été' make it the past participle of 'être' ('a été reçu'), not summer.
const AVOIR = new Set(['a', 'ont', 'avait', 'avaient', 'aura', 'auront', 'aurait', 'auraient', 'ayant', 'avoir', 'as', 'avons', 'avez', 'eut', 'aie', 'ait', 'aient', 'avions', 'aviez', "n'a", "n'ont", 'pas', 'jamais', 'deja', 'toujours', 'aussi', 'egalement', 'souvent', 'longtemps', 'peut']);
// The words the season parser's cues end with, before 'été' ('cet été', 'au', 'en', 'du'); its other
// cues end with the elision "l'" ("à l'été", "depuis l'été").
const SEASON_CUE_ENDS = new Set(['ce', 'cet', 'au', 'en', 'du']);

/**
 * Whether the season parser may find a season at the word 'été' of token k: it reads one only after
 * a cue ('cet [été]', "l'[été]", 'au [été]'), before a year ('[été 2022]', '[été de 2022]'), or both;
 * 'a été reçu', 'ont été', 'avait été élu' have neither. A punctuation token on either side is let
 * through (a space the view kept that the tokenizer does not skip, say): never too little.
 */
function mayBeSeason(tokens: readonly Token[], k: number): boolean {
  const prev = k > 0 ? tokens[k - 1] : undefined;
  if (prev && (prev.kind === 'elision' || prev.kind === 'punct' || SEASON_CUE_ENDS.has(prev.key))) return true;
  const next = tokens[k + 1];
  return next !== undefined && (next.kind === 'number' || next.kind === 'punct' || next.key === 'de');
}

// A part of the day is a date only after 'ce', 'cette', 'la' or a day word ('ce soir', 'cette nuit'); a
// day word triggers by itself.
const DAY_PARTS = new Set(['soir', 'matin', 'nuit']);
const DAY_PART_CUES = new Set(['ce', 'cet', 'cette', 'la']);

/** A trigger word that is no date where it stands: 'a [été] reçu', 'le [soir] venu'. */
function falseTrigger(key: string, prev: string | undefined): boolean {
  if (key === 'ete') return prev !== undefined && AVOIR.has(prev);
  if (DAY_PARTS.has(key)) return prev === undefined || !DAY_PART_CUES.has(prev);
  return false;
}

const ROMAN_CENTURY = /^[IVXLC]+(?:e|ème|eme|er|ᵉ|ᵉʳ)$/u;

/** Whether a code unit is one of the letters ROMAN_CENTURY opens on: I, V, X, L, C ('XIVe'). */
function isRomanLetter(c: number): boolean {
  return c === 0x49 || c === 0x56 || c === 0x58 || c === 0x4c || c === 0x43;
}

// What a token's characters are, one bit each: a digit, a letter (or any character past ASCII), something else.
const DIGIT = 1;
const LETTER = 2;
const OTHER = 4;

/** The kinds of character in `s`: DIGIT | LETTER for '11mai', '1er', '3h' (the tokenizer keeps a suffix with its number), 'T1'. */
function charsOf(s: string): number {
  let chars = 0;
  for (let k = 0; k < s.length; k++) {
    const c = s.charCodeAt(k);
    chars |= c >= 0x30 && c <= 0x39 ? DIGIT : ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0x80 ? LETTER : OTHER;
  }
  return chars;
}

/** The bits of a word by its number (`UNKNOWN`: none). */
function bitsOf(n: number): number {
  return n >= 0 && n < BITS_BY_NUMBER.length ? (BITS_BY_NUMBER[n] as number) : 0;
}

/**
 * The lengths of the table's words by their first letter, a bit per length (1 to 31), for the 26
 * ASCII small letters: a part of a hyphenated word whose first letter and length no date word has
 * ('Jean-Yves', 'peut-être', 'États-Unis': 'jean', 'yves', 'etats', 'unis') needs no lookup.
 */
const LENGTHS_BY_LETTER: Uint32Array = /* @__PURE__ */ (() => {
  const table = new Uint32Array(26);
  for (const [, words] of WORDS) {
    for (const w of words.split(' ')) {
      const letter = w.charCodeAt(0) - 0x61;
      if (letter >= 0 && letter < 26 && w.length < 32) table[letter] = (table[letter] as number) | (1 << w.length);
    }
  }
  return table;
})();

/**
 * Whether the part [from, to) of a key may be a word of the table: any part but one opening on an
 * ASCII small letter whose length no table word of that letter has ('jean' of 'jean yves').
 */
function mayBeTableWord(key: string, from: number, to: number): boolean {
  const letter = key.charCodeAt(from) - 0x61;
  const length = to - from;
  if (letter < 0 || letter >= 26 || length === 0 || length > 31) return true;
  return (((LENGTHS_BY_LETTER[letter] as number) >>> length) & 1) !== 0;
}

/**
 * The bits of a hyphenated word, part by part: 'après-midi', 'Saint-Sylvestre', 'week-end'; a part
 * in figures ('mi-2024') triggers. A part opening on a small letter is cut and looked up only when a
 * table word has its first letter and length (`mayBeTableWord`): a part in figures opens on none.
 */
function bitsOfParts(key: string): number {
  let bits = 0;
  let from = 0;
  for (;;) {
    const space = key.indexOf(' ', from);
    const to = space < 0 ? key.length : space;
    if (mayBeTableWord(key, from, to)) {
      const part = key.slice(from, to);
      bits |= charsOf(part) === DIGIT ? TRIGGER_WORD : bitsOf(knownWordNumber(part));
    }
    if (space < 0) return bits;
    from = space + 1;
  }
}

/**
 * What a sentence (the token range [first, last)) holds of dates, in one pass over its words: the
 * kinds of date word in it (the union of its words'), and TRIGGER when it may hold a date at all.
 * A number is a NUMBER; a number with a letter in it or a word with a digit in it is read piece by
 * piece, as a parser reads across a missing space ('11mai' holds a month; a word, only in a
 * sentence that may hold a date: only those are read for it). `numbers`
 * (the document's word numbers, when the name finders have read them) answers a word without a
 * lookup by its key. `glued` (over the text the tokens' offsets point in, when given) spares the
 * second reading of the words for a digit where no figure is glued to a letter.
 * @example dateWords(prepare('Il viendra le 11 mai.').tokens, 0, 6) === (NUMBER | MONTH | TRIGGER)
 */
export function dateWords(tokens: readonly Token[], first: number, last: number, numbers: Int32Array | undefined, glued?: GluedFigures): number {
  let kinds = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.kind === 'number') {
      kinds |= NUMBER | TRIGGER;
      if (mayBeDateFigures(t.text, tokens[k + 1])) kinds |= DATE_FIGURES;
      if (charsOf(t.text) & LETTER) kinds |= GLUED | gluedKinds(t.text);
      continue;
    }
    if (t.kind === 'punct') {
      if (t.text === '(') kinds |= PAREN;
      continue;
    }
    // 'il y a deux semaines', told at its 'y': its 'il' may be glued to what comes before it (the
    // pattern reads it after any character but an ASCII letter or digit); a whole 'il' makes the
    // sentence one that may hold a date.
    if (t.key === 'y' && tokens[k + 1]?.key === 'a') {
      const before = tokens[k - 1]?.key ?? '';
      if (before.endsWith('il')) kinds |= before === 'il' ? AGO | TRIGGER : AGO;
    }
    // (A hyphenated key is told by its word number where the words are numbered: no search of the key.)
    const several = numbers ? numbers[k] === SEVERAL_WORDS : t.key.indexOf(' ') > 0;
    const bits = several ? bitsOfParts(t.key) : bitsOf(numbers ? (numbers[k] as number) : knownWordNumber(t.key));
    // 'été' is the participle far more often than the season ('a été reçu'): it counts as one only
    // where the season parser can read it (`mayBeSeason`).
    kinds |= bits & SEASON && !several && t.key === 'ete' && !mayBeSeason(tokens, k) ? bits & WORD_KINDS & ~SEASON : bits & WORD_KINDS;
    if (bits & TRIGGER_WORD && (several || !falseTrigger(t.key, tokens[k - 1]?.key))) kinds |= TRIGGER;
    // A roman century: 'XIVe siècle' (not 'Le', 'Ce', which look roman). Its first letter is told
    // before the next word is read: most capitalised words ('Macron', 'Paris') open on no numeral.
    else if (t.cap && isRomanLetter(t.text.charCodeAt(0)) && (tokens[k + 1]?.key ?? '').startsWith('siecle') && ROMAN_CENTURY.test(t.text)) kinds |= TRIGGER;
  }
  // A word with a digit glued in ('T1', 'mi-2024') matters only where the parsers read: the
  // sentences without a date word (half the text) are not read again for it, nor those whose text
  // glues no figure to a letter (most: 'le 11 mai 2022', 'une hausse de 3 %').
  if (kinds & TRIGGER && (glued === undefined || glued.within((tokens[first] as Token).start, (tokens[last - 1] as Token).end))) kinds |= gluedWordsKinds(tokens, first, last);
  return kinds;
}

// An ASCII digit right after an ASCII letter, a hyphen, an apostrophe or a character past ASCII
// (`GluedFigures`).
const GLUE = /[A-Za-z'\-\u0080-\uffff][0-9]/g;

/**
 * Where a document's text may hold a word (or an elision) with a figure in it: an ASCII digit right
 * after an ASCII letter, a hyphen, an apostrophe or a character past ASCII. A word never opens on a
 * digit (a token that does is a number: tokenize.ts), so its first figure follows one of its own
 * characters, which are these ('T1', 'mi-2024', 'COVID-19'); 'le 11 mai 2022' has none, and its
 * words need not be read again, character by character. Numbers with a letter before a figure
 * ('11mai2022') let the text through: a gate may let too much through. The text is searched by one
 * pattern, from sentence to sentence, each character once when the sentences are asked in order.
 * @example new GluedFigures('au T3 2023').within(0, 10) // true
 * @example new GluedFigures('le 11 mai 2022').within(0, 14) // false
 */
export class GluedFigures {
  /** The first glue at or after `from` (the letter's offset), -1 for none. */
  private next = -1;
  /** Where the last search began; MAX: none yet. */
  private from = Number.MAX_SAFE_INTEGER;

  constructor(private readonly view: string) {}

  /** Whether the text [start, end) holds a figure glued to a character before it in [start, end). */
  within(start: number, end: number): boolean {
    if (start < this.from || (this.next >= 0 && this.next < start)) {
      GLUE.lastIndex = start;
      const match = GLUE.exec(this.view);
      this.next = match ? match.index : -1;
      this.from = start;
    }
    return this.next >= 0 && this.next + 1 < end;
  }
}

/** The kinds of the words of the range with a digit in them ('T1', 'G7', 'mi-2024'). */
function gluedWordsKinds(tokens: readonly Token[], first: number, last: number): number {
  let kinds = 0;
  for (let k = first; k < last; k++) {
    const t = tokens[k] as Token;
    if (t.kind !== 'number' && t.kind !== 'punct' && charsOf(t.text) & DIGIT) kinds |= NUMBER | GLUED | gluedKinds(t.text) | (mayBeDateFigures(t.text, tokens[k + 1]) ? DATE_FIGURES : 0);
  }
  return kinds;
}

// The endings of an ordinal number: '1er', '3e', '2nde', '19ème'.
const ORDINAL_ENDINGS = new Set(['er', 're', 'e', 'eme', 'nd', 'nde']);

/**
 * The kinds of a token where letters and figures are glued together, read piece by piece, as a
 * parser reads across the missing space: '11mai' holds a month, '15h30' a unit, 'mai2022' a month
 * and a year, '1er' and '3e' nothing a parser needs beyond their number. A piece no lexicon knows
 * may hide words glued to each other as well ('4demars': 'de mars'): it counts as every kind.
 */
function gluedKinds(text: string): number {
  let kinds = 0;
  let from = 0;
  for (let k = 0; k <= text.length; k++) {
    const c = k < text.length ? text.charCodeAt(k) : 0x20;
    if (((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) || c >= 0xc0) continue;
    if (k > from) {
      const piece = fold(text.slice(from, k));
      const n = knownWordNumber(piece);
      kinds |= n >= 0 ? bitsOf(n) & WORD_KINDS : ORDINAL_ENDINGS.has(piece) ? 0 : WORD_KINDS;
    }
    from = k + 1;
  }
  return kinds;
}

/**
 * Four digits in a row ('2014'), figures joined by a slash, a dot or a hyphen ('11.05.22' is one
 * token; '11/05' and '11-05-22' are three), or a number before one of these.
 */
function mayBeDateFigures(text: string, next: Token | undefined): boolean {
  const after = next?.text;
  if (after === '/' || after === '-' || after === '.') return true;
  let run = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 0x2f || c === 0x2d || c === 0x2e) return true;
    run = c >= 0x30 && c <= 0x39 ? run + 1 : 0;
    if (run === 4) return true;
  }
  return false;
}


// A digit, a slash, a dot or a hyphen, a digit: what every match of the ISO ('2022-05-11'), numeric
// ('11/05/2022') and span-of-years ('1914-1918') patterns holds.
const JOINED = /\d[/.-]\d/;
// What every date the numeric-date and ISO parsers find holds (DAY_FIGURES): the numeric parser's
// dates have a slash ('11/05') or a third number ('11.05.22', '11-05-22'), each separator between
// digits; an ISO date is three numbers joined by hyphens ('2022-05-11').
const DAY_SHAPE = /\d\/\d|\d[.-]\d\d?[.-]\d/;

/**
 * The kinds of a sentence with JOINED_FIGURES added when its text joins figures digit to digit: a
 * finer gate than DATE_FIGURES, which the words tell ('2014' before the sentence's final dot is
 * figures before a dot), read in the text only where DATE_FIGURES let the sentence through; and
 * DAY_FIGURES when those are in the shape of a day ('11/05', '11.05.22').
 * @example withJoinedFigures('Le 11/05/2022.', NUMBER | DATE_FIGURES) === (NUMBER | DATE_FIGURES | JOINED_FIGURES | DAY_FIGURES)
 * @example withJoinedFigures('La saison 2014-2015.', NUMBER | DATE_FIGURES) === (NUMBER | DATE_FIGURES | JOINED_FIGURES)
 * @example withJoinedFigures('Créée en 2014.', NUMBER | DATE_FIGURES) === (NUMBER | DATE_FIGURES)
 */
export function withJoinedFigures(text: string, kinds: number): number {
  if (!(kinds & DATE_FIGURES) || !JOINED.test(text)) return kinds;
  return DAY_SHAPE.test(text) ? kinds | JOINED_FIGURES | DAY_FIGURES : kinds | JOINED_FIGURES;
}

/**
 * Whether a sentence (the token range [first, last)) may hold a date.
 * @example mayHoldDate(tokenize('Il est parti.'), 0, 4) // false
 */
export function mayHoldDate(tokens: readonly Token[], first: number, last: number): boolean {
  return (dateWords(tokens, first, last, numbersIfRead(tokens)) & TRIGGER) !== 0;
}
