import { breaksLine, type Token } from './tokenize.js';

/** A sentence as a token range [first, last) with its offsets. */
export interface Sentence {
  /** Index of its first token. */
  first: number;
  /** Index after its last token. */
  last: number;
  start: number;
  end: number;
}

/**
 * Abbreviations after which a period does not end a sentence: 'M. Macron', 'Mme Borne',
 * 'Dr. House', 'St. Louis', 'av. J.-C.', 'etc. ou', 'cf. l'article', 'p. 12'.
 */
export const ABBREVIATIONS = new Set([
  'm', 'mm', 'mme', 'mmes', 'mlle', 'mlles', 'me', 'mes', 'dr', 'pr', 'mgr', 'st', 'ste', 'sr', 'jr',
  'gen', 'gal', 'col', 'cdt', 'lt', 'cpt', 'sgt', 'av', 'apr', 'env', 'cf', 'p', 'pp', 'vol', 'no', 'n',
  'etc', 'ex', 'art', 'al', 'chap', 'fig', 'tel', 'bd', 'boul', 'min', 'max', 'janv', 'fevr', 'avr', 'juil',
  'sept', 'oct', 'nov', 'dec', 'vs', 'dept', 'hab', 'inc', 'ltd', 'co', 'corp', 'mr', 'mrs', 'ms',
  'prof', 'abbe', 'fr', 'vve',
]);

const MONTH_ABBREVIATIONS = new Set(['janv', 'fevr', 'fev', 'avr', 'juil', 'juill', 'sept', 'oct', 'nov', 'dec']);
const ENDERS = new Set(['.', '!', '?', '…']);
// (A token's text is read in the view, where '’' is already "'".)
const CLOSERS = new Set(['»', '"', '”', ')', ']', "'"]);
const OPENERS = new Set(['«', '"', '“', '(', '[', '-', '–', '—']);

/**
 * Splits tokens into sentences and marks each sentence's first word (`sentenceStart`).
 *
 * A sentence ends at . ! ? … when what follows starts a sentence (a capital, a digit, an
 * opening quote or dash) and the period does not close an abbreviation ('M. Macron') or an
 * initial ('J. R. R. Tolkien', 'Nahel M. a été'), and at every line break (headlines,
 * paragraphs). Closing quotes after the period stay in the sentence: '« Nous viendrons. »'.
 * A missing space does not hide a boundary: 'organisation terroriste.Au cours de…'.
 */
export function splitSentences(tokens: Token[], view: string): Sentence[] {
  const sentences: Sentence[] = [];
  let first = 0;
  const close = (last: number) => {
    if (last <= first) return;
    const a = tokens[first];
    const b = tokens[last - 1];
    if (a && b) sentences.push({ first, last, start: a.start, end: b.end });
    markStart(tokens, first, last);
    first = last;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const next = tokens[i + 1];
    // A line break between this token and the next one ends the sentence, unless the line was
    // wrapped (OCR, e-mails): it ends on a word, not in capitals, and goes on in lower case.
    if (next && breaksLine(next)) {
      if (!(t.kind === 'word' && !t.upper && next.cap === false && next.kind === 'word' && !/\n\s*\n/.test(next.spaceBefore))) {
        close(i + 1);
        continue;
      }
    }
    // Enders are punctuation: a word is passed over without a lookup.
    if (t.kind !== 'punct' || !ENDERS.has(t.text)) continue;
    // Swallow repeated enders and closing quotes: '?!', '...', '. »', '.)'
    let j = i + 1;
    while (j < tokens.length && (ENDERS.has(tokens[j]?.text ?? '') || CLOSERS.has(tokens[j]?.text ?? '')) && (tokens[j]?.spaceBefore ?? '').indexOf('\n') < 0) j++;
    const after = tokens[j];
    if (!after) {
      close(j);
      i = j - 1;
      continue;
    }
    if (t.text === '.' && isAbbreviationPeriod(tokens, i, view)) continue;
    const startsSentence = after.cap || after.kind === 'number' || OPENERS.has(after.text) || breaksLine(after);
    if (!startsSentence) continue;
    close(j);
    i = j - 1;
  }
  close(tokens.length);
  return sentences;
}

function isAbbreviationPeriod(tokens: Token[], i: number, view: string): boolean {
  const prev = tokens[i - 1];
  if (!prev || prev.end !== tokens[i]?.start) return false;
  if (prev.kind !== 'word') return false;
  // An initial: 'J.', 'M.' in 'Nahel M. a', 'R.' in 'J. R. R. Tolkien'. A one-letter word
  // glued to its period never ends a sentence in news text.
  if (prev.text.length === 1) return true;
  if (ABBREVIATIONS.has(prev.key) && prev.cap) return true;
  // A month abbreviation before its year or day goes on: 'en juil. 2021', 'le 3 déc. 2023'.
  if (MONTH_ABBREVIATIONS.has(prev.key) && tokens[i + 1]?.kind === 'number') return true;
  // 'etc.' does end a sentence when a capital follows after a space: keep it a boundary then.
  if (prev.key === 'etc') return false;
  if (prev.key === 'cf' || prev.key === 'env' || prev.key === 'av' || prev.key === 'apr') return true;
  // 'J.-C.': '-' then a capital and a period.
  if (/^[A-Z]\.?-[A-Z]$/.test(view.slice(prev.start, prev.end))) return true;
  return false;
}

function markStart(tokens: Token[], first: number, last: number) {
  for (let k = first; k < last; k++) {
    const t = tokens[k];
    if (!t) continue;
    if (t.kind === 'word' || t.kind === 'number' || t.kind === 'elision') {
      t.sentenceStart = true;
      return;
    }
  }
}
