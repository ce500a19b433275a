import type { Token } from '../../text/tokenize.js';
import type { PersonLexicon } from './lexicon.js';
import { givenStrengthAt, listedGivenStrengthAt } from './facts.js';
import { epithetAt, isCapitalParticleAt, isGluedParticleNameAt, isInitial, isNameElision, isNameWordAt, isParticleAt, isRegnal, sameLine } from './shape.js';

/** The tokens of one name candidate. */
export interface NameSpan {
  /** Index of the first token. */
  first: number;
  /** Index after the last token. */
  end: number;
  /** Indices of the words of the name (capitalised words, 'al-Sissi', initials, the regnal number), particles left out. */
  words: number[];
  /** Index of the first 'de', 'du', 'des', 'd'' inside the name, or -1: 'Charles [de] Gaulle'. */
  deAt: number;
  /** Ends with a regnal number: 'Charles III'. */
  regnal: boolean;
  /** How many of the words are initials: 'J. R. D. Tata' has three. */
  initials: number;
  /** Ends with an epithet: 'Alexandre le Grand', 'Pline l'Ancien' (the epithet counts as a word). */
  epithet: boolean;
}

const DE_FAMILY = new Set(['de', 'du', 'des', "d'"]);
const MAX_WORDS = 6;

/**
 * The longest name that starts at token `i`: capitalised words, lower-case particles between
 * them ('Ursula von der Leyen'), capitalised particles before a name word ('Jean-Yves Le
 * Drian'), glued particles ('Abdel Fattah al-Sissi'), elided ones ('Anne L'Huillier'),
 * initials ('J. R. D. Tata', 'Nahel M.') and a regnal number ('Charles III'). Never crosses a
 * line break. A particle does not carry the name over a frequent first name: in 'la Russie de
 * Vladimir Poutine', 'Russie' ends before 'de'.
 *
 * `particleStart` lets the name open on a particle, after a title or a role only:
 * 'M. [de Villepin]', 'Mme [von der Leyen]', 'le général [de Gaulle]', 'M. [al-Soudani]'. It is
 * read only when token `i` is a particle, a capital particle or a glued one ('al-Soudani'), and
 * without it no name opens on one: the person finder reads the name first, as if the cues gave
 * their leave, and the cues only where a name opens.
 * @example nameExtent(prepare('Ursula von der Leyen a dit').tokens, 0, lex, false) // { first: 0, end: 4, words: [0, 3] }
 */
export function nameExtent(tokens: readonly Token[], i: number, lex: PersonLexicon, particleStart: boolean, shout = false): NameSpan | null {
  let j = i;
  let deAt = -1;
  if (particleStart && (isParticleAt(tokens, i) || isCapitalParticleAt(tokens, i))) {
    const k = skipParticles(tokens, i);
    if (k === i || !(isNameWordAt(tokens, k) || isGluedParticleNameAt(tokens, k))) return null;
    // 'la garde des Sceaux de Nicolas Sarkozy': a first name after 'de' opens the name itself.
    if (DE_FAMILY.has((tokens[i] as Token).key) && listedGivenStrengthAt(lex, tokens, k) >= 2 && isNameWordAt(tokens, k + 1, true)) return null;
    if (DE_FAMILY.has((tokens[i] as Token).key)) deAt = i;
    j = k;
  }
  // The name's words are noted in `WORDS` and its span made once, when a name is found: most calls
  // find none ('Le', 'Il', 'Selon' open a sentence), and a span made first, with an array grown word
  // by word, was the person finder's largest allocation (some 150 bytes a call, 7,000 calls a pass
  // over the bench text).
  let n = 0;
  let initials = 0;
  while (j < tokens.length && n < MAX_WORDS) {
    const t = tokens[j] as Token;
    if (j > i && !sameLine(t)) break;
    if (j > i && t.spaceBefore === '' && t.kind !== 'punct' && tokens[j - 1]?.kind !== 'elision') break; // 'Macron»'-style glue ends a name
    if (isInitial(tokens, j)) {
      WORDS[n++] = j;
      initials++;
      j += 2;
      continue;
    }
    if (j > i && isNameElision(tokens, j)) {
      WORDS[n++] = j + 1;
      j += 2;
      continue;
    }
    if (isCapitalParticleAt(tokens, j)) {
      // 'Le' in 'Le Drian' counts only before a name word; 'Le Monde' at the head of a run is
      // left to the cues (a title or a known surname), so a run never opens on it.
      const k = skipParticles(tokens, j);
      if (j === i && !particleStart) return null;
      if (k > j && (isNameWordAt(tokens, k, true) || isGluedParticleNameAt(tokens, k)) && sameLine(tokens[k])) {
        if (DE_FAMILY.has(t.key) && deAt < 0) deAt = j;
        j = k;
        continue;
      }
      break;
    }
    // 'Arthur Rankin Jr.', 'Robert F. Kennedy Jr.': the generation suffix and its period end the name.
    if (j > i && (t.text === 'Jr' || t.text === 'Sr')) {
      WORDS[n++] = j;
      return spanOf(i, tokens[j + 1]?.text === '.' && tokens[j + 1]?.start === t.end ? j + 2 : j + 1, n, deAt, false, initials, false);
    }
    // A word in capitals continues a name only after a first name: 'Emmanuel MACRON', not 'Africa CDC'.
    const upperOk = shout || (j > i && t.end - t.start >= 3 && givenStrengthAt(lex, tokens, i) > 0);
    if (isNameWordAt(tokens, j, upperOk || (j > i && !t.upper)) || (isGluedParticleNameAt(tokens, j) && (j > i || particleStart))) {
      WORDS[n++] = j;
      j++;
      continue;
    }
    if (n > 0 && isRegnal(t) && !(t.end - t.start === 1 && tokens[j + 1]?.text === '.' && tokens[j + 1]?.start === t.end)) {
      WORDS[n++] = j;
      return spanOf(i, j + 1, n, deAt, true, initials, false);
    }
    // 'Alexandre le Grand', 'Pline l'Ancien': an epithet ends the name, like a regnal number.
    const epithet = n > 0 && n <= 2 ? epithetAt(tokens, j) : -1;
    if (epithet > 0) {
      WORDS[n++] = epithet;
      return spanOf(i, epithet + 1, n, deAt, false, initials, true);
    }
    if (n > 0 && isParticleAt(tokens, j)) {
      const k = skipParticles(tokens, j);
      const next = tokens[k];
      if (!next || !sameLine(next) || !(isNameWordAt(tokens, k, true) || isGluedParticleNameAt(tokens, k) || isCapitalParticleAt(tokens, k))) break;
      // 'la Russie de Vladimir Poutine', 'le Canada de Justin Trudeau': a frequent first name after 'de' opens another name.
      if (DE_FAMILY.has(t.key) && listedGivenStrengthAt(lex, tokens, k) >= 2 && isNameWordAt(tokens, k + 1, true) && sameLine(tokens[k + 1])) break;
      // 'le' and 'la' continue a name only after 'de': 'Jean de La Fontaine', not 'Emmanuel Macron la France'.
      if ((t.key === 'le' || t.key === 'la') && tokens[j - 1]?.key !== 'de') break;
      // 'des' only right after a first name ('Pierre des Essarts'), not 'Michel Therrien des Canadiens'.
      if (t.key === 'des' && n > 1) break;
      if (DE_FAMILY.has(t.key) && deAt < 0) deAt = j;
      j = k;
      continue;
    }
    break;
  }
  if (n === 0) return null;
  const last = WORDS[n - 1] as number;
  return spanOf(i, last + (isInitial(tokens, last) ? 2 : 1), n, deAt, false, initials, false);
}

/** The words of the name being read, by token index: `nameExtent` copies them into its span. */
const WORDS: number[] = [0, 0, 0, 0, 0, 0, 0, 0];

/** The span of a name found, its first `n` words from `WORDS`: one literal, one shape for every span. */
function spanOf(first: number, end: number, n: number, deAt: number, regnal: boolean, initials: number, epithet: boolean): NameSpan {
  return { first, end, words: WORDS.slice(0, n), deAt, regnal, initials, epithet };
}

/** Index after a run of at most three particles from `j` ('von der', 'de la', 'ben'). */
function skipParticles(tokens: readonly Token[], j: number): number {
  let k = j;
  while (k < j + 3 && (isParticleAt(tokens, k) || isCapitalParticleAt(tokens, k)) && (k === j || sameLine(tokens[k]))) {
    // A capital particle followed by a name word is itself the start of the family name ('de La Fontaine').
    k++;
  }
  return k;
}
