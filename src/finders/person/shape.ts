import { breaksLine, type Token } from '../../text/tokenize.js';
import { NumberedWords, SEVERAL_WORDS, tokenWordNumbers } from '../vocabulary.js';
import { CAPITAL_PARTICLES, GLUED_PARTICLE, NOT_NAME, PARTICLES } from './words.js';
import { NOT_NAME_WORD, wordClassesAt } from './word-classes.js';
import { DocumentBytes, scratchBytes } from '../../text/scratch.js';

/**
 * What a token can be inside a person's name. Every test is a Set lookup or a short
 * anchored regular expression on one token: the finder stays linear.
 */

// 'II' to 'XXXIX', 'V', 'X'; 'Ier', 'Ire'. A lone 'I' is a pronoun or an initial, never a regnal number here.
const ROMAN = /^(?=[IVXL])L?X{0,3}(?:IX|IV|V?I{0,3})$/;

/**
 * Marks the tokens of lines written in capitals (three words or more, all upper case):
 * there, a capital says nothing about a name.
 * `upperRun` is `hasUpperRun(tokens)`, read by the caller's own pass over the tokens or here.
 * @example shoutingLines(tokens) // [1, 1, 1, 0, …] for 'MACRON REÇOIT SCHOLZ\nLe président…'
 */
export function shoutingLines(tokens: readonly Token[], upperRun = hasUpperRun(tokens)): Uint8Array {
  const out = scratchBytes(tokens.length);
  // Most texts have no such line: they are told by one look at each token, before any line is read
  // (`upperRun`: the person finder reads it in its pass over the openers, openers.ts).
  if (!upperRun) return out;
  let first = 0;
  for (let i = 0; i <= tokens.length; i++) {
    const t = tokens[i];
    if (i < tokens.length && (i === first || !breaksLine(t as Token))) continue;
    let words = 0;
    let upper = 0;
    for (let k = first; k < i; k++) {
      const w = tokens[k] as Token;
      if (w.kind !== 'word' || w.end - w.start < 2) continue;
      words++;
      if (w.upper) upper++;
    }
    if (words >= 3 && upper === words) out.fill(1, first, i);
    first = i;
  }
  return out;
}

/**
 * Whether three words in capitals follow one another with no other word of two letters or more
 * between them, lines aside: a line in capitals has three of them ('MACRON REÇOIT SCHOLZ'), a text
 * whose acronyms stand among other words ('l'ONU et l'OTAN') has none, and no line of it is read.
 */
function hasUpperRun(tokens: readonly Token[]): boolean {
  let run = 0;
  for (let k = 0; k < tokens.length; k++) {
    run = upperRunAfter(run, tokens[k] as Token);
    if (run >= UPPER_RUN) return true;
  }
  return false;
}

/** How many words in capitals in a row make a line one written in capitals ('MACRON REÇOIT SCHOLZ'). */
export const UPPER_RUN = 3;

/**
 * The length of the run of words in capitals once token `t` is read: one more after a word in
 * capitals, 0 after another word; a word of one letter and punctuation leave it as it was.
 * @example upperRunAfter(2, scholz) // 3 after 'MACRON REÇOIT'
 */
export function upperRunAfter(run: number, t: Token): number {
  // (A word's length is told by its offsets, not its text: the pass that asks this would be the
  // first to read the text of most words.)
  if (t.kind !== 'word' || t.end - t.start < 2) return run;
  return t.upper ? run + 1 : 0;
}

/**
 * 'J.' in 'J. R. R. Tolkien', 'M.' in 'Nahel M.': one capital letter glued to its period.
 * @example isInitial(prepare('Nahel M. a été tué').tokens, 1) // true
 */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!t && t.kind === 'word' && t.end - t.start === 1 && t.cap && next?.text === '.' && next.start === t.end;
}

/**
 * A regnal number after a name: 'Charles III', 'Jean-Paul II', 'François Ier', 'Louis XIV'.
 * @example isRegnal(prepare('Charles III').tokens[1]) // true
 */
export function isRegnal(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return false;
  if (t.text === 'Ier' || t.text === 'Ire') return true;
  // The pattern opens on 'I', 'V', 'X' or 'L': the words after a name ('a', 'et', 'Macron') are told by their first
  // letter, without a call into the pattern (every word a name's extent stops at is asked).
  const c = t.text.charCodeAt(0);
  if (c !== 0x49 && c !== 0x56 && c !== 0x58 && c !== 0x4c) return false;
  return t.text !== 'I' && t.end - t.start <= 6 && ROMAN.test(t.text);
}

// The epithets of rulers and ancient authors, after 'le', 'la' or 'l'': 'Alexandre le Grand', 'Pline
// l'Ancien', 'Charles le Téméraire', 'Catherine la Grande' (folded keys).
const EPITHETS = new Set([
  'grand', 'grande', 'jeune', 'ancien', 'ancienne', 'aine', 'bref', 'bel', 'belle', 'bon', 'bonne', 'hardi', 'pieux', 'pieuse', 'conquerant',
  'temeraire', 'sage', 'gros', 'chauve', 'simple', 'faineant', 'juste', 'magnifique', 'superbe', 'borgne', 'navigateur', 'victorieux',
  'cruel', 'debonnaire', 'roux', 'vieux', 'catholique', 'pacifique', 'confesseur', 'lion', 'liberateur', 'reformateur', 'apostat',
  'africain', 'hutin', 'fort', 'folle', 'boiteux', 'posthume', 'bienaime', 'bien aime', 'jeune homme',
]);

/**
 * An epithet at token `i`: 'le' or 'la' and a capitalised epithet, or 'l'' glued to one. Returns the
 * index of the epithet word, or −1.
 * @example epithetAt(prepare('Alexandre le Grand').tokens, 1) // 2
 */
export function epithetAt(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next || t.cap || next.kind !== 'word' || !next.cap || next.upper || !EPITHETS.has(next.key)) return -1;
  // 'Marseille le Grand Port', 'Paris la Grande Arche': the word opens another name.
  const after = tokens[i + 2];
  if (after && after.kind === 'word' && after.cap && after.spaceBefore === ' ') return -1;
  if (t.kind === 'word' && (t.key === 'le' || t.key === 'la') && next.spaceBefore === ' ') return i + 1;
  if (t.kind === 'elision' && t.key === "l'" && next.start === t.end) return i + 1;
  return -1;
}

/**
 * A glued Arabic particle and name: 'al-Sissi', 'el-Assad', 'ben-Gvir'.
 * @example isGluedParticleName(prepare('M. al-Soudani').tokens[2]) // true
 */
export function isGluedParticleName(t: Token | undefined): boolean {
  // The pattern needs a hyphen: most words are left without running it.
  return !!t && t.kind === 'word' && t.text.indexOf('-') > 0 && GLUED_PARTICLE.test(t.text);
}

/**
 * `isGluedParticleName(tokens[i])`, asked of most words a name's extent reads: a glued name's key
 * is of two words ('al sissi' of 'al-Sissi': a capital follows the hyphen), so the word number
 * answers the others ('Macron', 'annoncé') without a look at their text.
 * @example isGluedParticleNameAt(prepare('M. al-Soudani').tokens, 2) // true
 */
export function isGluedParticleNameAt(tokens: readonly Token[], i: number): boolean {
  return tokenWordNumbers(tokens)[i] === SEVERAL_WORDS && isGluedParticleName(tokens[i]);
}

/**
 * A capitalised word that may be part of a name: not a function word ('Selon', 'Depuis'),
 * not an acronym unless a name came before it ('Emmanuel MACRON' yes, 'ONU' no).
 * @example isNameWord(prepare('Selon Bourita').tokens[0]) // false
 */
export function isNameWord(t: Token | undefined, inside = false): boolean {
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (NOT_NAME.has(t.key)) return false;
  if (t.upper && !inside) return false;
  return !hasDigit(t.text);
}

/**
 * Whether a word holds a digit ('G7', 'Covid-19'): no name word does. A loop over its code units, not
 * a regular expression: asked of every capitalised word a name may take, where a call into the
 * regular expression engine cost more than reading a short word.
 */
function hasDigit(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 0x30 && c <= 0x39) return true;
  }
  return false;
}

/**
 * `isNameWord(tokens[i], inside)`, asked of every capitalised word a name's extent reads: whether
 * it is a function word ('Selon', 'Depuis') is answered by its word number where it has one
 * (word-classes.ts), not by a lookup of its key in `NOT_NAME`.
 * @example isNameWordAt(prepare('Selon Bourita').tokens, 1) // true
 */
export function isNameWordAt(tokens: readonly Token[], i: number, inside = false): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !t.cap) return false;
  if (t.upper && !inside) return false;
  return nameWordRead(tokens, i, t);
}

// What was read of the capitalised words of the document asked last: `READ`, and `NAME_WORD` for one
// that is no function word and holds no digit.
const NAME_WORDS_READ = new DocumentBytes();
const READ = 1;
const NAME_WORD = 2;

/**
 * Whether the capitalised word `t`, token `i`, is no function word ('Selon', 'Les') and holds no
 * digit ('G7'), read once per document and token: the extent of a name asks it of a word, the lists
 * again, the extent again from the next start ('Jean-Yves Le Drian' is read from 'Le' after a
 * refused run): 19,000 questions a pass over the bench text, each a lookup of the word's classes
 * and a read of its text.
 */
function nameWordRead(tokens: readonly Token[], i: number, t: Token): boolean {
  const nameWordsRead = NAME_WORDS_READ.of(tokens);
  const read = nameWordsRead[i] as number;
  if (read !== 0) return read === (READ | NAME_WORD);
  const nameWord = (wordClassesAt(tokens, tokenWordNumbers(tokens), i) & NOT_NAME_WORD) === 0 && !hasDigit(t.text);
  nameWordsRead[i] = nameWord ? READ | NAME_WORD : READ;
  return nameWord;
}

/**
 * A lower-case particle that may continue a name ('von', 'der', 'ben', 'de', 'al').
 * @example isParticle(prepare('Ursula von der Leyen').tokens[1]) // true
 */
export function isParticle(t: Token | undefined): boolean {
  return !!t && (t.kind === 'word' || t.kind === 'elision') && !t.cap && t.key.length <= LONGEST_PARTICLE && PARTICLES.has(t.key);
}
// Every lower-case word of a text is asked whether it is a particle: the long ones ('gouvernement')
// are answered by their length, without a lookup.
const LONGEST_PARTICLE = Math.max(...[...PARTICLES].map((p) => p.length));
/**
 * `PARTICLES` as numbered words: a lower-case word is a particle when its word number is one of them.
 * @example PARTICLE_WORDS.at(tokens, tokenWordNumbers(tokens), 1) // true for 'Ursula von der Leyen'
 */
export const PARTICLE_WORDS = new NumberedWords(PARTICLES);

/**
 * `isParticle(tokens[i])`, the person finder's question at every lower-case word: the word number
 * answers first ('et', 'les', 'annoncé' are no particles), without a lookup by the key's string.
 * @example isParticleAt(prepare('Ursula von der Leyen').tokens, 1) // true
 */
export function isParticleAt(tokens: readonly Token[], i: number): boolean {
  if (!PARTICLE_WORDS.at(tokens, tokenWordNumbers(tokens), i)) return false;
  // The number said the key is one of the particles ('de', 'von'): what is left of `isParticle` is the token's shape.
  const t = tokens[i] as Token;
  return (t.kind === 'word' || t.kind === 'elision') && !t.cap;
}

/**
 * A capitalised particle inside or at the head of a family name.
 * @example isCapitalParticle(prepare('Jean-Yves Le Drian').tokens[1]) // true ('Le')
 */
export function isCapitalParticle(t: Token | undefined): boolean {
  return !!t && t.kind === 'word' && t.cap && !t.upper && CAPITAL_PARTICLES.has(t.key);
}

const CAPITAL_PARTICLE_WORDS = new NumberedWords(CAPITAL_PARTICLES);

/**
 * `isCapitalParticle(tokens[i])`, asked at every word a name's extent reads: the word number
 * answers first ('Président', 'Macron' are none), without a lookup by the key's string.
 * @example isCapitalParticleAt(prepare('Jean-Yves Le Drian').tokens, 1) // true ('Le')
 */
export function isCapitalParticleAt(tokens: readonly Token[], i: number): boolean {
  if (!CAPITAL_PARTICLE_WORDS.at(tokens, tokenWordNumbers(tokens), i)) return false;
  const t = tokens[i] as Token;
  return t.kind === 'word' && t.cap && !t.upper;
}

/**
 * A capital elision glued to the next name word.
 * @example isNameElision(prepare("Anne L'Huillier").tokens, 1) // true ("L'")
 */
export function isNameElision(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  return !!t && t.kind === 'elision' && t.cap && (t.key === "l'" || t.key === "d'") && !!next && next.start === t.end && isNameWordAt(tokens, i + 1, true);
}

/**
 * Whether a token is on the same line as the one before it.
 * @example sameLine(prepare('Emmanuel\nMacron').tokens[1]) // false
 */
export function sameLine(t: Token | undefined): boolean {
  return !!t && !breaksLine(t);
}
