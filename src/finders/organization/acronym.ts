import { fold } from '../../text/normalize.js';
import type { Token } from '../../text/tokenize.js';

/**
 * Whether a word can be an acronym that a text defines: 'CNSP', 'Cedeao', 'AfD', 'C3N', 'PS'.
 * Capital first, no more than 12 characters, and either two capitals or a short word
 * that is not a plain French word (checked by the caller through the definition itself).
 */
export function looksLikeAcronym(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !t.cap) return false;
  const s = t.text;
  if (s.length < 2 || s.length > 12) return false;
  const capitals = s.replace(/[^\p{Lu}]/gu, '').length;
  return capitals >= 2 || s.length <= 7;
}

/**
 * Whether `acronym` abbreviates the words `words` (Schwartz and Hearst's alignment, 2003):
 * each letter of the acronym, read from the end, is found in the words read from the end, and
 * the first letter starts the first word. Digits are skipped ('C3N').
 * @example abbreviates('CNSP', ['Conseil', 'national', 'pour', 'la', 'sauvegarde', 'de', 'la', 'patrie']) // true
 */
export function abbreviates(acronym: string, words: readonly string[]): boolean {
  const letters = fold(acronym).replace(/[^a-z]/g, '');
  if (letters.length < 2 || words.length === 0) return false;
  const long = words.map((w) => fold(w).replace(/[^a-z' ]/g, '')).join(' ');
  if (long[0] !== letters[0]) return false;
  let li = long.length - 1;
  for (let ai = letters.length - 1; ai >= 0; ai--) {
    const c = letters[ai] as string;
    // The first letter must start a word; the others may be anywhere before the previous match.
    for (;;) {
      if (li < 0) return false;
      const here = long[li];
      const atWordStart = li === 0 || long[li - 1] === ' ' || long[li - 1] === "'";
      if (here === c && (ai > 0 || atWordStart)) break;
      li--;
    }
    li--;
  }
  return true;
}

/**
 * How well the acronym's letters fall on word initials: the share of its letters that start a
 * content word of the long form, in order. 'FMI' on 'Fonds monétaire international' → 1.
 */
export function initialsShare(acronym: string, words: readonly string[]): number {
  const letters = fold(acronym).replace(/[^a-z]/g, '');
  const initials = words.map((w) => fold(w).replace(/[^a-z]/g, '')[0] ?? '').filter(Boolean);
  let k = 0;
  for (const init of initials) if (k < letters.length && init === letters[k]) k++;
  return letters.length ? k / letters.length : 0;
}
